import { TestBed } from '@angular/core/testing';
import { type GoalCellFragment, GoalGridGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { firstValueFrom, of } from 'rxjs';
import { fiscalCalendarAnswer } from '../pay-periods/pay-period-fixtures';
import { goalCell } from './goal-fixtures';
import { findStandIn, MyGoalsComponent } from './my-goals.component';

/** The rep's goals by period key; any other period has none. */
function answering(byPeriod: Readonly<Record<string, readonly GoalCellFragment[]>>) {
  return jest.fn(({ variables }: { variables: { period: string } }) =>
    of({ data: { goals: byPeriod[variables.period] ?? [] } }),
  );
}

const mine = (periodKey: string, target = '100000.00') =>
  goalCell({ id: `g-${periodKey}`, repId: 'r1', periodKey, target, actual: '25000.00' });

async function render(goals: GoalCellFragment[], period: string, fetch: jest.Mock) {
  TestBed.configureTestingModule({
    providers: [
      { provide: GoalGridGQL, useValue: { fetch } },
      fiscalCalendarAnswer({ startMonth: 1, currentYear: 'FY2026' }),
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(MyGoalsComponent);
  fixture.componentRef.setInput('goals', goals);
  fixture.componentRef.setInput('period', period);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const texts = (testId: string) =>
    Array.from(element.querySelectorAll(`[data-testid="${testId}"]`)).map((n) => n.textContent?.trim());
  return { element, texts };
}

const asked = (fetch: jest.Mock) => fetch.mock.calls.map(([{ variables }]) => variables.period as string);

describe('MyGoalsComponent', () => {
  it('should show the goals of the period asked for, without looking elsewhere, when there are some', async () => {
    const fetch = answering({});
    const { texts } = await render([mine('FY2017')], 'FY2017', fetch);

    expect(texts('my-goal-card')).toHaveLength(1);
    expect(texts('my-goal-period')).toEqual([]);
    expect(texts('my-goals-note')).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should show the quarter goals of a year with no goal of its own, each card naming its quarter', async () => {
    const fetch = answering({
      'FY2017-Q3': [mine('FY2017-Q3')],
      'FY2017-Q4': [mine('FY2017-Q4', '80000.00')],
    });
    const { texts } = await render([], 'FY2017', fetch);

    expect(texts('my-goals-note')).toEqual([
      'No goal is set for the whole of FY2017; here are your goals for its quarters.',
    ]);
    expect(texts('my-goal-period')).toEqual(['FY2017-Q3', 'FY2017-Q4']);
    expect(texts('my-goal-target')).toEqual(['of $100,000', 'of $80,000']);
    expect(texts('my-goals-empty')).toEqual([]);
  });

  it('should show the latest year with goals of theirs, quarters included, when the year asked for has none', async () => {
    const fetch = answering({
      FY2025: [mine('FY2025')],
      'FY2025-Q2': [mine('FY2025-Q2')],
      FY2019: [mine('FY2019')],
    });
    const { texts } = await render([], 'FY2017', fetch);

    expect(texts('my-goals-note')).toEqual([
      'No goals are set for you in FY2017. Your latest goals are in FY2025:',
    ]);
    expect(texts('my-goal-period')).toEqual(['FY2025', 'FY2025-Q2']);
    // From the year after the current one backwards, stopping at the first year with goals.
    expect(asked(fetch)).toContain('FY2027');
    expect(asked(fetch)).toContain('FY2025-Q4');
    expect(asked(fetch)).not.toContain('FY2024');
  });

  it('should say there are none when the rep has no goal in any year near', async () => {
    const fetch = answering({});
    const { texts } = await render([], 'FY2017', fetch);

    expect(texts('my-goals-empty')).toEqual(['No goals are set for you in FY2017.']);
    expect(texts('my-goal-card')).toEqual([]);
  });
});

describe('findStandIn', () => {
  it('should look for the latest year straight away when the period asked for is not a year', async () => {
    const fetch = answering({ 'FY2026-Q1': [mine('FY2026-Q1')] });
    const gql = { fetch } as unknown as GoalGridGQL;

    const found = await firstValueFrom(findStandIn(gql, '2017-03', 'FY2026'));

    expect(found).toEqual({ kind: 'latest', year: 'FY2026', goals: [mine('FY2026-Q1')] });
    expect(asked(fetch)[0]).toBe('FY2027');
  });

  it('should skip the year asked for when it searches, having found it empty', async () => {
    const fetch = answering({});
    const gql = { fetch } as unknown as GoalGridGQL;

    expect(await firstValueFrom(findStandIn(gql, 'FY2020', 'FY2026'))).toBeNull();
    expect(asked(fetch).filter((period) => period === 'FY2020')).toEqual([]);
    expect(asked(fetch).filter((period) => period === 'FY2020-Q1')).toHaveLength(1);
    expect(asked(fetch)).toContain('FY2016');
    expect(asked(fetch)).not.toContain('FY2015');
  });
});
