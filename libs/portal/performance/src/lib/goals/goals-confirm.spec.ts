import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';
import { type CellEdit } from './goal-grid';
import { discardConfirmation, leaveConfirmation } from './goals-confirm';

function edit(period: string, metric: CellEdit['metric']): CellEdit {
  return {
    kind: 'rep',
    id: 'r1',
    name: 'Anna',
    period,
    metric,
    text: '1',
    baseVersion: null,
    baseUnits: null,
  };
}

describe('goals confirmations', () => {
  beforeEach(() => localStorage.clear());

  function i18n(): I18nService {
    const service = TestBed.inject(I18nService);
    service.setLang('en');
    return service;
  }

  it('should count the unsaved cells when asking before leaving', () => {
    expect(leaveConfirmation(i18n(), 3)).toEqual({
      title: 'Leave without saving?',
      text: 'Unsaved goal changes: 3. Leaving drops them.',
      confirmLabel: 'Leave',
      cancelLabel: 'Keep editing',
      danger: true,
    });
  });

  it("should name the first edit's period and metric when asking before switching away", () => {
    const data = discardConfirmation(i18n(), [edit('FY2017', 'DEALS_WON'), edit('FY2018', 'WON_REVENUE')]);

    expect(data.text).toBe('Unsaved changes for FY2017 · Deals won: 2. Switching drops them.');
    expect(data).toMatchObject({
      confirmLabel: 'Discard changes',
      cancelLabel: 'Keep editing',
      danger: true,
    });
  });
});
