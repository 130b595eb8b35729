import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { RepComparisonGQL, type RepComparisonQuery, TeamOptionsGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { comparisonRow, outlier, signal, teamFairness } from './comparison-fixtures';
import { ComparisonPageComponent } from './comparison-page.component';

const ROWS = [
  comparisonRow({
    id: 'darcel',
    name: 'Darcel Schlecht',
    won: '373218.00',
    leads: 249,
    funnel: { leads: 588, qualified: 477, won: 255, lost: 139, qualificationRate: 0.8112, closeRate: 0.6472 },
    outliers: [outlier('won revenue', 'HIGH', 5.08, { value: 373218, teamMedian: 108983, teamSize: 6 })],
  }),
  comparisonRow({
    id: 'marty',
    name: 'Marty Freudenburg',
    won: '99464.00',
    leads: 92,
    funnel: {
      leads: 210,
      qualified: 156,
      won: 83,
      lost: 40,
      qualificationRate: 0.7429,
      closeRate: 0.6748,
      stuckDeals: 3,
      weakestStep: 'QUALIFYING',
      weakestStepReason: 'Qualifies 74% of leads against a team median of 81%',
      teamQualificationRate: 0.8112,
    },
    flags: ['3 open deals engaged more than 264 days ago (twice the team median)'],
    signals: [signal('STUCK_DEALS', { deals: 3, threshold: 264 })],
  }),
  comparisonRow({
    id: 'carl',
    name: 'Carl Lin',
    team: 'West',
    won: '0.00',
    winRate: null,
    leads: 0,
    funnel: { leads: 0, qualified: 0, won: 0, lost: 0, qualificationRate: null, closeRate: null },
    outliers: [outlier('deals won', 'LOW', -4.41, { value: 0, teamMedian: 42.5, teamSize: 6 })],
  }),
  comparisonRow({ id: 'zane', name: 'Zane Levy', team: 'West', won: '95370.00', leads: 107 }),
];

function answer(rows = ROWS): { data: RepComparisonQuery } {
  return {
    data: {
      repComparison: {
        period: { key: 'FY2017-Q3', type: 'QUARTER', start: '2017-07-01', end: '2017-10-01' },
        rows,
        fairness: [teamFairness('East', 0.152, 0.105), teamFairness('West', 0.373, 0.457)],
      },
    },
  };
}

function setup(options: { query?: Record<string, string>; fetch?: jest.Mock } = {}) {
  const fetch = options.fetch ?? jest.fn(() => of(answer()));
  const navigate = jest.fn().mockResolvedValue(true);
  TestBed.configureTestingModule({
    providers: [
      { provide: RepComparisonGQL, useValue: { fetch } },
      {
        provide: TeamOptionsGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                teams: {
                  totalCount: 1,
                  pageInfo: { endCursor: null, hasNextPage: false },
                  edges: [{ node: { id: 't1', name: 'East', parentId: null } }],
                },
              },
            }),
        },
      },
      { provide: Router, useValue: { navigate } },
      {
        provide: ActivatedRoute,
        useValue: { snapshot: { queryParamMap: convertToParamMap(options.query ?? {}) } },
      },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch, navigate };
}

async function render() {
  const fixture = TestBed.createComponent(ComparisonPageComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string) => all(testId).map((el) => el.textContent?.replace(/\s+/g, ' ').trim());
  const settle = () => fixture.whenStable();
  return { fixture, element, all, text, settle };
}

describe('ComparisonPageComponent', () => {
  beforeEach(() => localStorage.clear());

  it('should fetch every rep of the period and list them ranked by won revenue with their signals', async () => {
    const { fetch } = setup({ query: { period: 'FY2017-Q3' } });
    const { text, all } = await render();

    expect(fetch).toHaveBeenCalledWith({
      variables: { period: 'FY2017-Q3', teamId: null },
      fetchPolicy: 'network-only',
    });
    expect(text('cmp-rep-name')).toEqual(['Darcel Schlecht', 'Marty Freudenburg', 'Zane Levy', 'Carl Lin']);
    expect(text('cmp-rank')).toEqual(['1', '2', '3', '4']);
    const outliers = all('cmp-outlier');
    expect(outliers.map((el) => el.dataset['direction'])).toEqual(['HIGH', 'LOW']);
    expect(outliers[0].classList).toContain('high');
    expect(outliers[1].classList).toContain('low');
    expect(outliers[0].textContent).toContain('Won revenue');
    expect(outliers[0].getAttribute('aria-label')).toBe('High Won revenue');
    expect(text('cmp-flag')).toEqual(['⚑ Flags: 1']);
    expect(text('cmp-weakest')).toEqual(['Qualifying']);
    expect(text('cmp-sum-high')[0]).toContain('1');
    expect(text('cmp-sum-low')[0]).toContain('1');
    expect(text('cmp-sum-flagged')[0]).toContain('Stuck deals: 3');
    expect(text('period-range')).toEqual(['Jul 1, 2017 – Sep 30, 2017']);
  });

  it('should word the reasons in Korean from the API figures, not show its English sentences', async () => {
    setup();
    await TestBed.inject(I18nService).setLang('ko');
    const { all, text, settle } = await render();
    all('cmp-expand')[0].click();
    all('cmp-expand')[1].click();
    await settle();

    const reasons = [...text('cmp-outlier-reason'), ...text('cmp-flag-text'), ...text('cmp-weakest-reason')];
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toContain('East 중앙값');
    expect(reasons[1]).toContain('264일 넘게 진행 중인 열린 거래');
    expect(reasons[2]).toContain('팀 중앙값 81.1%');
    for (const reason of reasons) expect(reason).not.toMatch(/robust deviations|open deals|Qualifies/);
  });

  it('should say a rep had no activity, and which KPIs were not judged and why, instead of "in line"', async () => {
    const idle = (kpi: string) => ({ kpi, reason: 'NO_ACTIVITY' as const, closedDeals: 0, needed: 0 });
    const rows = [
      comparisonRow({
        id: 'idle',
        name: 'Carl Lin',
        notJudged: [idle('won revenue'), idle('deals won'), idle('win rate')],
      }),
      comparisonRow({
        id: 'few',
        name: 'Zane Levy',
        notJudged: [{ kpi: 'win rate', reason: 'FEW_DEALS', closedDeals: 3, needed: 5 }],
        outliers: [
          outlier('win rate', 'LOW', -10, { value: 0.3, teamMedian: 0.632, teamSize: 5, closedDeals: 100 }),
        ],
      }),
    ];
    setup({ fetch: jest.fn(() => of(answer(rows))) });
    const { all, text, settle } = await render();
    expect(text('cmp-no-activity')).toEqual(['No activity']);
    all('cmp-expand')[0].click();
    all('cmp-expand')[1].click();
    await settle();
    expect(text('cmp-not-judged')).toEqual([
      'No deal engaged or closed in the period: not compared with the team.',
      'Win rate not judged: 3 closed deals, 5 needed.',
    ]);
    expect(text('cmp-outlier-reason')[0]).toContain(
      'Win rate 30% over 100 closed deals is more than 10 standard deviations below what the rest of the East’s 63.2% would give',
    );
    expect(all('cmp-detail')[0].textContent).not.toContain('In line');
  });

  it('should show the reasons as text when a row is expanded, so they read without hovering', async () => {
    setup();
    const { all, text, settle } = await render();
    expect(all('cmp-detail')).toHaveLength(0);

    all('cmp-expand')[0].click();
    all('cmp-expand')[1].click();
    await settle();

    expect(text('cmp-outlier-reason')[0]).toContain('5.1 robust deviations above the East median');
    expect(text('cmp-flag-text')[0]).toContain(
      'Open deals engaged more than 264 days ago (twice the team median): 3',
    );
    expect(text('cmp-weakest-reason')[0]).toContain(
      'Qualifies 74.3% of leads against a team median of 81.1%',
    );
    expect(text('cmp-detail-luck')[0]).toBe(
      'Leads this period: 249 (team median 170.5). Team’s lead split: even.',
    );
    expect(all('cmp-expand')[0].getAttribute('aria-expanded')).toBe('true');

    all('cmp-expand')[0].click();
    await settle();
    expect(all('cmp-detail')).toHaveLength(1);
  });

  it('should put picked reps side by side with funnels against the team medians, at most four', async () => {
    const { navigate } = setup();
    const { all, text, settle } = await render();
    expect(text('cmp-compare-hint')[0]).toContain('Tick 2 to 4 reps');

    const pick = async (index: number) => {
      all('cmp-select')[index].querySelector('input')?.click();
      await settle();
    };
    await pick(0);
    expect(text('cmp-compare-hint')[0]).toContain('one more');
    await pick(1);

    expect(text('cmp-card-name')).toEqual(['Darcel Schlecht', 'Marty Freudenburg']);
    expect(all('cmp-funnel')).toHaveLength(2);
    expect(all('cmp-funnel-step')).toHaveLength(6);
    // East medians from the two reps: qualification (0.811 + 0.743) / 2, close (0.647 + 0.675) / 2.
    expect(text('cmp-funnel-team')[0]).toBe('Team median 77.7%');
    const weakest = all('cmp-funnel-step').filter((el) => el.classList.contains('weakest'));
    expect(weakest.map((el) => el.dataset['step'])).toEqual(['QUALIFIED']);
    expect(text('cmp-card-weakest')).toEqual([
      'No step below the team median.',
      'Weakest step: Qualifying Qualifies 74.3% of leads against a team median of 81.1%',
    ]);
    expect(text('cmp-card-luck')[0]).toContain('Team’s lead split: even');
    expect(navigate).toHaveBeenLastCalledWith(
      [],
      expect.objectContaining({
        queryParams: expect.objectContaining({ reps: 'darcel,marty' }),
        replaceUrl: true,
      }),
    );

    await pick(2);
    await pick(3);
    expect(all('cmp-card')).toHaveLength(4);

    all('cmp-card-remove')[0].click();
    await settle();
    expect(text('cmp-card-name')).toEqual(['Marty Freudenburg', 'Zane Levy', 'Carl Lin']);
  });

  it('should refuse a fifth pick', async () => {
    const rows = [...ROWS, comparisonRow({ id: 'extra', name: 'Extra Rep', won: '1.00' })];
    setup({ query: { reps: 'darcel,marty,carl,zane' }, fetch: jest.fn(() => of(answer(rows))) });
    const { all } = await render();

    expect(all('cmp-card')).toHaveLength(4);
    const boxes = all('cmp-select').map((el) => el.querySelector('input') as HTMLInputElement);
    expect(boxes.filter((box) => box.disabled)).toHaveLength(1);
    expect(boxes.filter((box) => box.checked)).toHaveLength(4);
  });

  it('should read each team’s lead split in plain words next to its Gini', async () => {
    setup();
    const { text } = await render();

    expect(text('cmp-fairness-name')).toEqual(['East', 'West']);
    expect(text('cmp-gini-leads')).toEqual(['Leads: even (0.152)', 'Leads: uneven (0.373)']);
    expect(text('cmp-gini-value')).toEqual(['Lead value: even (0.105)', 'Lead value: uneven (0.457)']);
    expect(text('cmp-fairness-reading')[1]).toContain('Lead counts differ a lot');
  });

  it('should rank worst first and narrow to reps with signals', async () => {
    setup();
    const { element, text, settle } = await render();

    element.querySelector<HTMLButtonElement>('[data-testid="cmp-order-worst"] button')?.click();
    await settle();
    expect(text('cmp-rep-name')).toEqual(['Carl Lin', 'Zane Levy', 'Marty Freudenburg', 'Darcel Schlecht']);
    expect(text('cmp-rank')).toEqual(['4', '3', '2', '1']);

    element.querySelector<HTMLInputElement>('[data-testid="cmp-only-signals"] input')?.click();
    await settle();
    expect(text('cmp-rep-name')).toEqual(['Carl Lin', 'Marty Freudenburg', 'Darcel Schlecht']);
  });

  it('should say so when the period has no reps', async () => {
    setup({ fetch: jest.fn(() => of(answer([]))) });
    const { text, all } = await render();

    expect(text('cmp-empty')).toEqual(['No reps in this period and team.']);
    expect(all('cmp-row')).toHaveLength(0);
    expect((all('export-csv')[0] as HTMLButtonElement).disabled).toBe(true);
  });

  it('should show the API error in the banner and fetch again on retry', async () => {
    const fetch = jest
      .fn()
      .mockReturnValueOnce(
        throwError(
          () =>
            new CombinedGraphQLErrors({
              errors: [{ message: 'Period key FY17 is not valid', extensions: { code: 'BAD_USER_INPUT' } }],
            }),
        ),
      )
      .mockReturnValue(of(answer()));
    setup({ fetch });
    const { element, text, all, settle } = await render();

    expect(text('error-banner')[0]).toContain('Period key FY17 is not valid');
    expect(all('cmp-empty')).toHaveLength(0);

    element.querySelector<HTMLButtonElement>('[data-testid="error-banner"] button')?.click();
    await settle();
    expect(all('error-banner')).toHaveLength(0);
    expect(all('cmp-row')).toHaveLength(4);
  });

  it('should start from the period, team and ranking in the query string', async () => {
    const { fetch } = setup({ query: { period: '2017-03', team: 't1', rank: 'LEADS', order: 'worst' } });
    const { text } = await render();

    expect(fetch).toHaveBeenCalledWith({
      variables: { period: '2017-03', teamId: 't1' },
      fetchPolicy: 'network-only',
    });
    expect(text('cmp-rep-name')).toEqual(['Carl Lin', 'Marty Freudenburg', 'Zane Levy', 'Darcel Schlecht']);
  });

  it('should ignore a malformed period in the query string', async () => {
    const { fetch } = setup({ query: { period: 'FY17', rank: 'NOPE' } });
    await render();
    expect(fetch).toHaveBeenCalledWith({
      variables: { period: 'FY2017', teamId: null },
      fetchPolicy: 'network-only',
    });
  });
});
