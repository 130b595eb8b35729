import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetRoutingRuleGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { RoutingRuleDialogComponent, type RoutingRuleDialogData } from './routing-rule-dialog.component';

const DATA: RoutingRuleDialogData = {
  rule: {
    repId: 'r1',
    repName: 'Anna Snelling',
    repActive: true,
    weight: 1,
    capacityPerMonth: 20,
    routedThisMonth: 0,
    absences: [],
  },
  othersWeight: 3,
};

function setup(mutate: jest.Mock = jest.fn(() => of({ data: { setRoutingRule: true } })), data = DATA) {
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
      { provide: SetRoutingRuleGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { mutate, close };
}

async function render() {
  const fixture = TestBed.createComponent(RoutingRuleDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  const type = async (testId: string, value: string) => {
    input(testId).value = value;
    input(testId).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const text = (testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;
  const save = async () => {
    (element.querySelector('[data-testid="rule-save"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    await fixture.whenStable();
  };
  return { fixture, input, type, text, save };
}

describe('RoutingRuleDialogComponent', () => {
  it('should start from the current rule and preview the share of leads as the weight changes', async () => {
    setup();
    const { input, type, text } = await render();

    expect(input('rule-weight').value).toBe('1');
    expect(input('rule-capacity').value).toBe('20');
    expect(text('rule-share-preview')).toBe('With this weight: 25% of new leads');

    await type('rule-weight', '3');
    expect(text('rule-share-preview')).toBe('With this weight: 50% of new leads');
    await type('rule-weight', '0');
    expect(text('rule-share-preview')).toBe('With this weight the rep gets no new leads.');
    await type('rule-weight', '2.5');
    expect(text('rule-share-preview')).toBeNull();
  });

  it('should refuse what the API would refuse without calling it', async () => {
    const { mutate } = setup();
    const { type, text, save } = await render();

    await type('rule-weight', '1.5');
    await type('rule-capacity', '-2');
    await save();
    expect(text('error-weight')).toBe('Enter a whole number');
    expect(text('error-capacityPerMonth')).toBe('Enter a whole number');

    await type('rule-weight', '101');
    await type('rule-capacity', '100001');
    await save();
    expect(text('error-weight')).toBe('Between 0 and 100');
    expect(text('error-capacityPerMonth')).toBe('Between 0 and 100000');

    await type('rule-weight', '');
    await save();
    expect(text('error-weight')).toBe('Required');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('should save an empty cap as no cap and close with what was saved', async () => {
    const { mutate, close } = setup();
    const { type, save } = await render();

    await type('rule-weight', ' 4 ');
    await type('rule-capacity', '');
    await save();

    expect(mutate).toHaveBeenCalledWith({
      variables: { input: { repId: 'r1', weight: 4, capacityPerMonth: null } },
    });
    expect(close).toHaveBeenCalledWith({ weight: 4, capacityPerMonth: null });
  });

  it('should show the API field errors next to their fields and the rest in the banner', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'weight: weight must not be greater than 100',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              { field: 'weight', message: 'weight must not be greater than 100' },
              { field: 'repId', message: 'is not a rep' },
            ],
          },
        },
      ],
    });
    const { close } = setup(jest.fn(() => throwError(() => error)));
    const { text, save, fixture } = await render();

    await save();

    expect(text('error-weight')).toBe('weight must not be greater than 100');
    const banner = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="error-banner"]');
    expect(banner?.textContent).toContain('is not a rep');
    expect(close).not.toHaveBeenCalled();
  });

  it('should tell that an inactive rep gets no leads', async () => {
    setup(undefined, { ...DATA, rule: { ...DATA.rule, repActive: false } });
    const { text } = await render();
    expect(text('rule-inactive-note')).toContain('inactive');
    expect(text('rule-share-preview')).toBe('With this weight the rep gets no new leads.');
  });
});
