import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  DashboardFunnelGQL,
  type DashboardFunnelQuery,
  DashboardTeamRepsGQL,
  DashboardTeamsGQL,
  type DashboardTeamsQuery,
  FiscalCalendarGQL,
  PerformanceTrendGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { downloadCsv } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { type RepRow, type TeamRow } from './dashboard-model';
import { DashboardPageComponent } from './dashboard-page.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

const usd = (amount: string) => ({ amount, minor: amount.replace('.', ''), currency: 'USD' });

function team(
  teamId: string,
  parentId: string | null,
  name: string,
  won: string,
  over: Partial<TeamRow> = {},
): TeamRow {
  return {
    teamId,
    parentId,
    name,
    reps: 2,
    dealsWon: 3,
    dealsLost: 1,
    winRate: 0.75,
    openDeals: 4,
    attainment: null,
    pipelineCoverage: null,
    wonRevenue: usd(won),
    openPipeline: usd('500.00'),
    weightedPipeline: usd('200.00'),
    wonRevenueTarget: null,
    ...over,
  };
}

function rep(repId: string, repName: string, teamName: string, won: string): RepRow {
  return {
    rank: 1,
    repId,
    repName,
    teamId: `team:${teamName}`,
    teamName,
    active: true,
    dealsWon: 1,
    dealsLost: 0,
    winRate: 1,
    salesCycleDays: 12,
    openDeals: 1,
    attainment: 0.5,
    pipelineCoverage: 1.5,
    wonRevenueTarget: usd('200.00'),
    wonRevenue: usd(won),
    avgDealSize: usd(won),
    openPipeline: usd('150.00'),
    weightedPipeline: usd('50.00'),
  };
}

const TEAMS: DashboardTeamsQuery['teamPerformance'] = [
  team('east', null, 'East', '1000.00', {
    wonRevenueTarget: usd('2000.00'),
    attainment: 0.5,
    pipelineCoverage: 1,
  }),
  team('west', null, 'West', '3000.00'),
  team('alpha', 'east', 'Alpha team', '1000.00'),
];

const FUNNEL: DashboardFunnelQuery['stageConversion'] = {
  period: { key: 'FY2017-Q3', end: '2017-10-01' },
  deals: 10,
  won: 3,
  lost: 4,
  steps: [
    {
      stageId: 's1',
      stageName: 'Prospecting',
      position: 1,
      entered: 10,
      advanced: 8,
      conversionRate: 0.8,
      lostHere: 1,
      openHere: 1,
    },
    {
      stageId: 's2',
      stageName: 'Engaging',
      position: 2,
      entered: 8,
      advanced: 3,
      conversionRate: 0.375,
      lostHere: 3,
      openHere: 2,
    },
  ],
};

interface Mocks {
  teams: jest.Mock;
  reps: jest.Mock;
  funnel: jest.Mock;
  trend: jest.Mock;
}

/** A year of months with nothing in them: what the dashboard asks for is what these tests check. */
function emptyTrend(variables: { period: string; repId: string | null; teamId: string | null }) {
  const money = { amount: '0.00', minor: '0', currency: 'USD' };
  const months = Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')}`);
  return {
    performanceTrend: {
      subject: { kind: variables.repId ? 'REP' : 'TEAM', id: variables.repId ?? variables.teamId, name: 'x' },
      grain: 'MONTH',
      periodTarget: null,
      points: months.map((key, i) => ({
        period: { key, start: `${key}-01`, end: i === 11 ? '2018-01-01' : `${months[i + 1]}-01` },
        wonRevenue: money,
        dealsWon: 0,
        dealsLost: 0,
        winRate: null,
        newPipeline: money,
        openDeals: 0,
        openPipeline: money,
        wonRevenueTarget: null,
        attainment: null,
      })),
    },
  };
}

async function setup(url: string, overrides: Partial<Mocks> = {}) {
  const mocks: Mocks = {
    teams: jest.fn(({ variables }) =>
      of({
        data: {
          period: { key: variables.period, type: 'QUARTER', start: '2017-07-01', end: '2017-10-01' },
          teamPerformance: TEAMS,
        },
      }),
    ),
    reps: jest.fn(() =>
      of({ data: { leaderboard: { rows: [rep('r1', 'Anna Snelling', 'Alpha team', '600.00')] } } }),
    ),
    funnel: jest.fn(() => of({ data: { stageConversion: FUNNEL } })),
    trend: jest.fn(({ variables }) => of({ data: emptyTrend(variables) })),
    ...overrides,
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'dashboard', component: DashboardPageComponent }]),
      { provide: DashboardTeamsGQL, useValue: { fetch: mocks.teams } },
      { provide: DashboardTeamRepsGQL, useValue: { fetch: mocks.reps } },
      { provide: DashboardFunnelGQL, useValue: { fetch: mocks.funnel } },
      { provide: PerformanceTrendGQL, useValue: { fetch: mocks.trend } },
      {
        provide: FiscalCalendarGQL,
        useValue: { fetch: () => of({ data: { fiscalCalendar: { startMonth: 1, currentYear: 'FY2027' } } }) },
      },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  const harness = await RouterTestingHarness.create(url);
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const stable = async () => {
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  return { harness, element, mocks, stable };
}

const texts = (element: HTMLElement, testId: string) =>
  Array.from(element.querySelectorAll(`[data-testid="${testId}"]`)).map((node) =>
    node.textContent?.replace(/\s+/g, ' ').trim(),
  );

const text = (element: HTMLElement, testId: string) => texts(element, testId)[0];

function clickIn(element: HTMLElement, rowText: string, testId: string): void {
  const row = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="tree-row"]')).find((node) =>
    node.textContent?.includes(rowText),
  );
  const target = row?.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!target) throw new Error(`${testId} in ${rowText} not found`);
  target.click();
}

describe('DashboardPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(downloadCsv).mockClear();
  });

  it('should open the period of the URL and show the top-level teams with the totals of everything', async () => {
    const { element, mocks } = await setup('/dashboard?period=FY2017-Q3');

    expect(mocks.teams).toHaveBeenCalledWith(expect.objectContaining({ variables: { period: 'FY2017-Q3' } }));
    expect(texts(element, 'tree-name')).toEqual(['East', 'West']);
    expect(texts(element, 'tree-won')).toEqual(['$1,000', '$3,000']);
    expect(text(element, 'dash-scope-name')).toBe('All teams');
    expect(text(element, 'kpi-won-revenue')).toContain('$4,000');
    // West has no goal, so there is no honest attainment of everything.
    expect(text(element, 'kpi-no-goal')).toContain('Goals set for 1 of 2 top-level teams');
    expect(text(element, 'tree-no-goal')).toContain('No goal');
    expect(element.querySelector('[data-testid="tree-attainment"] .pct')?.textContent?.trim()).toBe('50%');
    expect(mocks.funnel).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017-Q3', teamId: null, repId: null } }),
    );
    expect(texts(element, 'funnel-stage')).toEqual(['Prospecting', 'Engaging', 'Won']);
    expect(texts(element, 'funnel-conversion')).toEqual(['80% went on (8)', '37.5% went on (3)']);
    expect(text(element, 'funnel-weakest')).toBe('biggest drop');
    // Each count opens the deals behind it: the company's book at the period's end, deals with a rep only.
    const hrefs = (testId: string) =>
      Array.from(element.querySelectorAll<HTMLAnchorElement>(`a[data-testid="${testId}"]`)).map((a) =>
        decodeURIComponent(a.getAttribute('href') ?? ''),
      );
    expect(hrefs('funnel-lost')).toEqual([
      '/deals?assigned=true&bookAt=2017-10-01&funnelStage=s1&funnelOutcome=LOST_HERE',
      '/deals?assigned=true&bookAt=2017-10-01&funnelStage=s2&funnelOutcome=LOST_HERE',
    ]);
    expect(hrefs('funnel-entered')).toEqual([
      '/deals?assigned=true&bookAt=2017-10-01&funnelStage=s1&funnelOutcome=ENTERED',
      '/deals?assigned=true&bookAt=2017-10-01&funnelStage=s2&funnelOutcome=ENTERED',
      '/deals?assigned=true&bookAt=2017-10-01&statusAt=WON',
    ]);
    expect(hrefs('funnel-open')[1]).toBe(
      '/deals?assigned=true&bookAt=2017-10-01&funnelStage=s2&funnelOutcome=OPEN_HERE',
    );
  });

  it('should fall back to the default year and write the period into the URL when the URL has none', async () => {
    const { mocks } = await setup('/dashboard');

    expect(mocks.teams).toHaveBeenCalledWith(expect.objectContaining({ variables: { period: 'FY2017' } }));
    expect(TestBed.inject(Router).url).toBe('/dashboard?period=FY2017');
  });

  it('should load a team’s reps when it is expanded and show them one level deeper', async () => {
    const { element, mocks, stable } = await setup('/dashboard?period=FY2017-Q3');

    clickIn(element, 'East', 'tree-toggle');
    await stable();
    expect(texts(element, 'tree-name')).toEqual(['East', 'Alpha team', 'West']);

    clickIn(element, 'Alpha team', 'tree-toggle');
    await stable();

    expect(mocks.reps).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017-Q3', teamId: 'alpha', first: 500 } }),
    );
    expect(texts(element, 'tree-name')).toEqual(['East', 'Alpha team', 'Anna Snelling', 'West']);
    const levels = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="tree-row"]')).map(
      (row) => `${row.dataset['kind']}:${row.dataset['level']}`,
    );
    expect(levels).toEqual(['team:0', 'team:1', 'rep:2', 'team:0']);
  });

  it('should focus the cards and the funnel on a team when it is selected, and keep it in the URL', async () => {
    const { element, mocks, stable } = await setup('/dashboard?period=FY2017-Q3');

    clickIn(element, 'East', 'tree-name');
    await stable();

    expect(text(element, 'dash-scope-name')).toBe('East');
    expect(text(element, 'kpi-won-revenue')).toContain('$1,000');
    expect(text(element, 'kpi-won-revenue')).toContain('Goal $2,000');
    expect(text(element, 'kpi-attainment')).toContain('50%');
    expect(text(element, 'kpi-coverage')).toContain('1×');
    expect(mocks.funnel).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017-Q3', teamId: 'east', repId: null } }),
    );
    expect(TestBed.inject(Router).url).toBe('/dashboard?period=FY2017-Q3&team=east');
    // A team's funnel counts a deal by who was in the team on its engage date; so does the list it opens.
    expect(
      decodeURIComponent(element.querySelector('a[data-testid="funnel-lost"]')?.getAttribute('href') ?? ''),
    ).toBe(
      '/deals?teamId=east&teamMembership=ON_ENGAGE_DATE&assigned=true&bookAt=2017-10-01&funnelStage=s1&funnelOutcome=LOST_HERE',
    );
    // The trend draws the team's fiscal year, the quarter's months highlighted.
    expect(mocks.trend).toHaveBeenLastCalledWith(
      expect.objectContaining({
        variables: { period: 'FY2017', grain: 'MONTH', repId: null, teamId: 'east' },
      }),
    );
    expect(element.querySelectorAll('[data-testid="trend-bar"]')).toHaveLength(12);
    expect(element.querySelectorAll('[data-testid="trend-bar"].selected')).toHaveLength(3);

    element.querySelector<HTMLElement>('[data-testid="dash-scope-clear"]')?.click();
    await stable();
    expect(text(element, 'dash-scope-name')).toBe('All teams');
  });

  it('should drop a team from the URL that the caller cannot see', async () => {
    const { element, mocks } = await setup('/dashboard?period=FY2017-Q3&team=gone');

    expect(text(element, 'dash-scope-name')).toBe('All teams');
    expect(element.querySelector('[data-testid="dash-scope-clear"]')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/dashboard?period=FY2017-Q3');
    expect(mocks.funnel).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017-Q3', teamId: null, repId: null } }),
    );
  });

  it('should show the funnel of one rep when a rep is selected', async () => {
    const { element, mocks, stable } = await setup('/dashboard?period=FY2017-Q3&team=alpha');
    clickIn(element, 'East', 'tree-toggle');
    await stable();
    clickIn(element, 'Alpha team', 'tree-toggle');
    await stable();

    clickIn(element, 'Anna Snelling', 'tree-name');
    await stable();

    expect(text(element, 'dash-scope-name')).toBe('Anna Snelling');
    expect(text(element, 'kpi-won-revenue')).toContain('$600');
    expect(mocks.funnel).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017-Q3', teamId: null, repId: 'r1' } }),
    );
    expect(mocks.trend).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017', grain: 'MONTH', repId: 'r1', teamId: null } }),
    );
  });

  it('should say when a team’s reps cannot be loaded and offer to try again', async () => {
    const reps = jest.fn(() =>
      throwError(() => new Error('Http failure response for /graphql: 0 Unknown Error')),
    );
    const { element, stable } = await setup('/dashboard?period=FY2017-Q3', { reps });

    clickIn(element, 'West', 'tree-toggle');
    await stable();

    expect(text(element, 'tree-status')).toContain('The reps of this team could not be loaded.');
    element.querySelector<HTMLElement>('[data-testid="tree-retry"]')?.click();
    await stable();
    expect(reps).toHaveBeenCalledTimes(2);
  });

  it('should show the API’s error in a banner when the teams cannot be loaded', async () => {
    const teams = jest.fn(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
          }),
      ),
    );
    const { element } = await setup('/dashboard?period=FY2017-Q3', { teams });

    expect(element.querySelector('[data-testid="error-banner"]')).not.toBeNull();
    expect(texts(element, 'tree-row')).toEqual([]);
  });

  it('should say so when there are no teams and no deals', async () => {
    const teams = jest.fn(() =>
      of({
        data: {
          period: { key: 'FY2017', type: 'YEAR', start: '2017-01-01', end: '2018-01-01' },
          teamPerformance: [],
        },
      }),
    );
    const funnel = jest.fn(() =>
      of({
        data: {
          stageConversion: {
            period: { key: 'FY2017-Q3', end: '2017-10-01' },
            deals: 0,
            won: 0,
            lost: 0,
            steps: [],
          },
        },
      }),
    );
    const { element } = await setup('/dashboard', { teams, funnel });

    expect(text(element, 'dash-empty')).toContain('There are no teams to show yet.');
    expect(text(element, 'funnel-empty')).toBe('No deals in this scope and period.');
    expect(element.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')?.disabled).toBe(true);
  });

  it('should export every team and every team’s reps with their level, loading the reps not yet shown', async () => {
    const reps = jest.fn(({ variables }: { variables: { teamId: string } }) =>
      of({
        data: {
          leaderboard: {
            rows:
              variables.teamId === 'west'
                ? [rep('r2', 'Ben Wu', 'West', '3000.00')]
                : [rep('r1', 'Anna Snelling', 'Alpha team', '600.00')],
          },
        },
      }),
    );
    const { element, stable } = await setup('/dashboard?period=FY2017-Q3', { reps });

    element.querySelector<HTMLElement>('[data-testid="export-csv"]')?.click();
    await stable();

    expect(reps).toHaveBeenCalledTimes(3);
    expect(downloadCsv).toHaveBeenCalledTimes(1);
    const [fileName, csv] = jest.mocked(downloadCsv).mock.calls[0];
    expect(fileName).toBe('dashboard-FY2017-Q3.csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Level,Type,Name,Under,Reps,Won revenue,Goal,Attainment,Won,Lost,Win rate,Open deals,Open pipeline,Weighted,Coverage,Currency',
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual([
      '0,Team,East,',
      '1,Team,Alpha team,East',
      '2,Rep,Anna Snelling,East / Alpha team',
      '0,Team,West,',
      '1,Rep,Ben Wu,West',
    ]);
    expect(lines[1]).toBe('0,Team,East,,2,1000.00,2000.00,0.5,3,1,0.75,4,500.00,200.00,1,USD');
  });
});
