import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, eventually, launchBrowser, login, screenshot } from './browser';

/** The API's own answer, to check the pages against real figures rather than constants. */
async function api<T>(query: string, variables: object = {}): Promise<T> {
  const call = async (body: object, token?: string) => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data as Record<string, unknown>;
  };
  const { login: session } = await call({
    query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }',
    variables: { input: { email: 'admin@salesops.demo', password: 'demo-admin' } },
  });
  return (await call({ query, variables }, (session as { token: string }).token)) as T;
}

const total = async (page: Page) =>
  Number(((await page.getByTestId('deals-total').textContent()) ?? '').replace(/[^0-9]/g, ''));

describe('trends, drill-down to deals and the rep page in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('dash-tree').waitFor();
  });

  afterEach(() => page.close());

  it("should draw the year's trend on the dashboard and open the deals behind a month's wins", async () => {
    const { performanceTrend } = await api<{
      performanceTrend: { points: { period: { key: string }; dealsWon: number }[] };
    }>('{ performanceTrend(period: "FY2017") { points { period { key } dealsWon } } }');
    const may = performanceTrend.points.find((point) => point.period.key === '2017-05');
    expect(may?.dealsWon).toBeGreaterThan(0);

    await page.goto(`${BASE_URL}/dashboard?period=FY2017-Q2`);
    const trend = page.getByTestId('dash-trend');
    await eventually(async () => expect(await trend.locator('[data-testid="trend-bar"]').count()).toBe(12));
    expect(await trend.locator('[data-testid="trend-bar"].selected').count()).toBe(3);
    await screenshot(page, 'insight-dashboard-trend');

    // Weeks: every ISO week that overlaps FY2017.
    await trend.getByTestId('trend-grain').getByText('Weeks').click();
    await eventually(async () => expect(await trend.locator('[data-testid="trend-bar"]').count()).toBe(53));
    await trend.getByTestId('trend-grain').getByText('Months').click();
    await eventually(async () => expect(await trend.locator('[data-testid="trend-bar"]').count()).toBe(12));

    // The figures underneath: May's wins link to exactly May's won deals.
    await trend.getByTestId('trend-figures').locator('summary').click();
    const mayRow = trend.getByTestId('trend-row').filter({ hasText: '2017-05' });
    await mayRow.getByTestId('trend-won-link').click();
    await page.getByTestId('drill-down').waitFor();
    await eventually(async () => expect(await total(page)).toBe(may?.dealsWon));
    const chips = await page.getByTestId('drill-chip').allInnerTexts();
    expect(chips).toEqual(['Won', 'Closed May 1, 2017 – May 31, 2017']);
    await screenshot(page, 'insight-drill-down-month');

    await page.getByTestId('drill-clear').click();
    await eventually(async () => expect(await page.getByTestId('drill-down').count()).toBe(0));
    expect(new URL(page.url()).search).toBe('');
  });

  it("should go from a comparison card's funnel step to the deals behind it", async () => {
    const { repComparison } = await api<{
      repComparison: {
        rows: {
          performance: { repId: string; repName: string };
          funnel: { won: number; lost: number; stuckDeals: number };
        }[];
      };
    }>(
      '{ repComparison(period: "FY2017-Q2") { rows { performance { repId repName } funnel { won lost stuckDeals } } } }',
    );
    const darcel = repComparison.rows.find((row) => row.performance.repName === 'Darcel Schlecht');
    expect(darcel).toBeDefined();

    // Cards show for 2 to 4 picked reps.
    const other = repComparison.rows.find((row) => row !== darcel) as NonNullable<typeof darcel>;
    await page.goto(
      `${BASE_URL}/comparison?period=FY2017-Q2&reps=${darcel?.performance.repId},${other.performance.repId}`,
    );
    const card = page.getByTestId('cmp-card').filter({ hasText: 'Darcel Schlecht' });
    await card.getByTestId('cmp-card-deals').waitFor();
    await screenshot(page, 'insight-comparison-card-links');
    await card.getByTestId('cmp-deals-lost').click();
    await page.getByTestId('drill-down').waitFor();
    await eventually(async () => expect(await total(page)).toBe(darcel?.funnel.lost));
    await eventually(async () =>
      expect(await page.getByTestId('drill-chip').allInnerTexts()).toEqual([
        'Rep: Darcel Schlecht',
        'Lost before Jul 1, 2017',
      ]),
    );
    // A lost deal shows what was at stake (the product's list price), struck through, not $0.
    await page.getByTestId('lost-list-price').first().waitFor();
    await screenshot(page, 'insight-drill-down-lost');
  });

  it("should go from a count of a team's dashboard funnel to exactly the deals behind it", async () => {
    const { teams } = await api<{ teams: { edges: { node: { id: string; name: string } }[] } }>(
      '{ teams(first: 50) { edges { node { id name } } } }',
    );
    const central = teams.edges.find((edge) => edge.node.name === 'Central')?.node as { id: string };
    const { stageConversion } = await api<{
      stageConversion: { steps: { stageName: string; lostHere: number; openHere: number }[] };
    }>(
      'query($teamId: ID) { stageConversion(period: "FY2017-Q1", teamId: $teamId) { steps { stageName lostHere openHere } } }',
      {
        teamId: central.id,
      },
    );
    const step = stageConversion.steps.find((s) => s.lostHere > 0) as { stageName: string; lostHere: number };
    expect(step).toBeDefined();

    await page.goto(`${BASE_URL}/dashboard?period=FY2017-Q1&team=${central.id}`);
    await page.getByTestId('dash-scope-name').filter({ hasText: 'Central' }).waitFor();
    const bar = page.getByTestId('funnel-step').filter({ hasText: step.stageName });
    await eventually(async () =>
      expect(
        Number(((await bar.getByTestId('funnel-lost').textContent()) ?? '').replace(/[^0-9]/g, '')),
      ).toBe(step.lostHere),
    );
    await screenshot(page, 'insight-dashboard-funnel-links');
    await bar.getByTestId('funnel-lost').click();
    await page.getByTestId('drill-down').waitFor();
    await eventually(async () => expect(await total(page)).toBe(step.lostHere));
    await eventually(async () =>
      expect(await page.getByTestId('drill-chip').allInnerTexts()).toEqual([
        'Central: whoever was in it on the engage date',
        'In the book on Apr 1, 2017: engaged before it, or not yet',
        `Stopped at ${step.stageName} and lost, by the start of that day`,
      ]),
    );
    await screenshot(page, 'insight-drill-down-funnel-step');
  });

  it("should show a rep's page from the leaderboard: goals, trend, the team comparison and the deals behind it", async () => {
    await page.goto(`${BASE_URL}/performance`);
    await page.getByTestId('leaderboard-rep-link').filter({ hasText: 'Darcel Schlecht' }).click();
    await eventually(async () => expect(new URL(page.url()).pathname).toMatch(/^\/reps\/[0-9a-f-]{36}$/));
    await page.locator('h1').filter({ hasText: 'Darcel Schlecht' }).waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('rep-trend').locator('[data-testid="trend-bar"]').count()).toBe(12),
    );
    await page.getByTestId('rep-compare').getByTestId('cmp-card-deals').waitFor();
    await eventually(async () => expect(await page.getByTestId('rep-deal').count()).toBeGreaterThan(0));
    await screenshot(page, 'insight-rep-page');

    const closedLink = page.getByTestId('rep-closed-deals');
    const shown = Number(((await closedLink.textContent()) ?? '').replace(/[^0-9]/g, ''));
    await closedLink.click();
    await page.getByTestId('drill-down').waitFor();
    await eventually(async () => expect(await total(page)).toBe(shown));
  });

  it('should say plainly when a rep page names nobody the caller may see', async () => {
    await page.goto(`${BASE_URL}/reps/00000000-0000-4000-8000-000000000000`);
    await page.getByTestId('rep-not-found').waitFor();
    await screenshot(page, 'insight-rep-not-found');
  });
});
