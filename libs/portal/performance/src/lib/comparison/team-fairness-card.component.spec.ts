import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { teamFairness } from './comparison-fixtures';
import { type TeamFairness } from './comparison-model';
import { TeamFairnessCardComponent } from './team-fairness-card.component';

async function render(team: TeamFairness) {
  const fixture = TestBed.createComponent(TeamFairnessCardComponent);
  fixture.componentRef.setInput('team', team);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return (testId: string) => element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;
}

describe('TeamFairnessCardComponent', () => {
  beforeEach(() => localStorage.clear());

  it('should say how far the leads fell from the routing weights when the reps weigh differently', async () => {
    const text = await render(teamFairness('West', 0.2, 0.2, { weightGap: 0.183, weighted: true }));
    expect(text('cmp-weight-gap')).toBe(
      'Against the lead routing weights: 18.3% of the leads would have to go to other reps for each rep to get their weighted share.',
    );
  });

  it('should say the weights were followed when almost no lead is out of place', async () => {
    const text = await render(teamFairness('West', 0.2, 0.2, { weightGap: 0.02, weighted: true }));
    expect(text('cmp-weight-gap')).toBe(
      'Leads followed the lead routing weights: each rep got about their weighted share.',
    );
  });

  it('should leave the weights out when every rep weighs the same, as the Gini already says how even it was', async () => {
    const text = await render(teamFairness('West', 0.3, 0.3, { weightGap: 0.21, weighted: false }));
    expect(text('cmp-weight-gap')).toBeNull();
    expect(text('cmp-fairness-reading')).not.toBeNull();
  });

  it('should word the gap in Korean', async () => {
    await TestBed.inject(I18nService).setLang('ko');
    const text = await render(teamFairness('West', 0.2, 0.2, { weightGap: 0.25, weighted: true }));
    expect(text('cmp-weight-gap')).toBe(
      '리드 배분 가중치 대비: 담당자마다 가중치만큼 받으려면 리드의 25%가 다른 담당자에게 가야 합니다.',
    );
  });
});
