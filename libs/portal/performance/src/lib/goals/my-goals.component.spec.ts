import { TestBed } from '@angular/core/testing';
import { type GoalCellFragment } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';

import { goalCell } from './goal-fixtures';
import { type GoalPeriodOption } from './goal-periods';
import { MyGoalsComponent } from './my-goals.component';

const mine = (periodKey: string, target = '100000.00') =>
  goalCell({ id: `g-${periodKey}`, repId: 'r1', periodKey, target, actual: '25000.00' });
const option = (periodKey: string): GoalPeriodOption => ({
  periodKey,
  start: '2017-01-01',
  end: '2017-04-01',
});

async function render(
  goals: GoalCellFragment[],
  period: string,
  periods: GoalPeriodOption[] = [],
  movedFrom: string | null = null,
) {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(MyGoalsComponent);
  fixture.componentRef.setInput('goals', goals);
  fixture.componentRef.setInput('period', period);
  fixture.componentRef.setInput('periods', periods);
  fixture.componentRef.setInput('movedFrom', movedFrom);
  const picked: string[] = [];
  fixture.componentInstance.pick.subscribe((key) => picked.push(key));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const nodes = (testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const texts = (testId: string) => nodes(testId).map((n) => n.textContent?.trim());
  return { texts, nodes, picked };
}

describe('MyGoalsComponent', () => {
  it('should show one card per goal of the period, with what is achieved, the target and what is left', async () => {
    const { texts } = await render([mine('FY2017-Q3')], 'FY2017-Q3', [option('FY2017-Q3')]);

    expect(texts('my-goal-card')).toHaveLength(1);
    expect(texts('my-goal-actual')).toEqual(['$25,000']);
    expect(texts('my-goal-target')).toEqual(['of $100,000']);
    expect(texts('my-goal-attainment')[0]).toContain('25%');
    expect(texts('my-goal-remaining')).toEqual(['$75,000 to go']);
    expect(texts('my-goals-note')).toEqual([]);
    // The period shown is not offered as a shortcut to itself.
    expect(texts('my-goals-periods')).toEqual([]);
  });

  it('should say why it shows another period than the one the page was opened on', async () => {
    const { texts } = await render([mine('FY2017-Q3')], 'FY2017-Q3', [option('FY2017-Q3')], 'FY2017');

    expect(texts('my-goals-note')).toEqual([
      'No goals are set for you in FY2017, so this shows FY2017-Q3, which has some.',
    ]);
  });

  it('should say there are none and offer the periods that have goals of the rep, newest first, each one click away', async () => {
    const { texts, nodes, picked } = await render([], 'FY2019', [
      option('FY2018'),
      option('FY2017-Q3'),
      option('FY2017-Q1'),
    ]);

    expect(texts('my-goals-empty')).toEqual(['No goals are set for you in FY2019.']);
    expect(texts('my-goals-period')).toEqual(['FY2018', 'FY2017-Q3', 'FY2017-Q1']);
    nodes('my-goals-period')[1].click();
    expect(picked).toEqual(['FY2017-Q3']);
  });

  it('should say only that there are none when the rep has no goal anywhere', async () => {
    const { texts } = await render([], 'FY2017');

    expect(texts('my-goals-empty')).toEqual(['No goals are set for you in FY2017.']);
    expect(texts('my-goals-periods')).toEqual([]);
    expect(texts('my-goal-card')).toEqual([]);
  });

  it('should offer at most 12 other periods', async () => {
    const many = Array.from({ length: 20 }, (_, i) => option(`2017-${String(i + 1).padStart(2, '0')}`));
    const { texts } = await render([], 'FY2016', many);

    expect(texts('my-goals-period')).toHaveLength(12);
    expect(texts('my-goals-period')[0]).toBe('2017-01');
  });
});
