import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { goalCell } from './goal-fixtures';
import { buildGridRows, type CellEdit } from './goal-grid';
import { type Grid } from './goal-grid-source';
import { deleteConfirmation, discardConfirmation, leaveConfirmation } from './goals-confirm';

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

  it('should name the subject, period, metric and target when asking before deleting a goal', () => {
    const rows = buildGridRows(
      [{ id: 'east', name: 'East', parentId: null }],
      [{ id: 'r1', name: 'Anna Able', teamId: 'east' }],
      [
        goalCell({
          teamId: 'east',
          metric: 'DEALS_WON',
          periodKey: 'FY2017-Q2',
          target: '1200',
          currency: null,
        }),
        goalCell({ repId: 'r1', metric: 'DEALS_WON', periodKey: 'FY2017-Q2', target: '12', currency: null }),
      ],
    );
    const grid: Grid = {
      period: 'FY2017-Q2',
      metric: 'DEALS_WON',
      teamId: null,
      rows,
      currency: 'USD',
      actuals: new Map(),
    };

    expect(deleteConfirmation(i18n(), rows[0], grid)).toEqual({
      title: 'Delete the goal of East?',
      text:
        'The Deals won goal of East for FY2017-Q2 (target 1,200) is deleted for good. ' +
        'A goal inside a closed pay period stays as it was paid and cannot be deleted.',
      confirmLabel: 'Delete',
      cancelLabel: 'Cancel',
      danger: true,
    });
    expect(deleteConfirmation(i18n(), rows[1], grid).text).toContain(
      'Deals won goal of Anna Able for FY2017-Q2 (target 12)',
    );
  });
});
