import { readFileSync } from 'node:fs';

import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, choose, eventually, launchBrowser, login, screenshot } from './browser';

interface TeamFigures {
  readonly teamId: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly wonRevenue: { readonly amount: string; readonly currency: string };
}

/** The API's own answer, to check the page against real figures rather than constants. */
async function teamPerformance(email: string, password: string, period: string): Promise<TeamFigures[]> {
  const call = async (query: string, variables: object, token?: string) => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, unknown>;
  };
  const { login: session } = await call('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email, password },
  });
  const data = await call(
    'query ($period: String!) { teamPerformance(period: $period) { teamId name parentId wonRevenue { amount currency } } }',
    { period },
    (session as { token: string }).token,
  );
  return data['teamPerformance'] as TeamFigures[];
}

/** As the portal shows money in English: whole units, e.g. `$1,053,202`. */
function money(value: { amount: string; currency: string }): string {
  const format = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  // Intl reads decimal text exactly (ES2023); the typings only know numbers.
  return (format.format as unknown as (amount: string) => string)(value.amount);
}

const rows = (page: Page, kind: 'team' | 'rep', level?: number) =>
  page.locator(
    `[data-testid="tree-row"][data-kind="${kind}"]${level === undefined ? '' : `[data-level="${level}"]`}`,
  );

const rowNamed = (page: Page, name: string) =>
  page
    .getByTestId('tree-row')
    .filter({ has: page.getByTestId('tree-name').getByText(name, { exact: true }) });

describe('the performance dashboard in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  });

  afterEach(() => page.close());

  it('should open on the dashboard for the admin and show every region, team and rep of a quarter', async () => {
    const teams = await teamPerformance('admin@salesops.demo', 'demo-admin', 'FY2017-Q3');
    // Other suites may add top-level teams to the shared database; the three demo regions are always there.
    const roots = teams.filter((team) => team.parentId === null);
    const regions = ['Central', 'East', 'West'].map(
      (name) => roots.find((team) => team.name === name) as TeamFigures,
    );
    expect(regions.every(Boolean)).toBe(true);

    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('dash-tree').waitFor();
    await eventually(async () => expect(new URL(page.url()).pathname).toBe('/dashboard'));

    // The picker: Quarter keeps the year (FY2017-Q1), two steps on is Q3.
    await choose(page, 'period-type', 'Quarter');
    await page.getByTestId('period-next').click();
    await page.getByTestId('period-next').click();
    await eventually(async () => expect(await page.getByTestId('period-key').inputValue()).toBe('FY2017-Q3'));
    await page.getByTestId('period-range').filter({ hasText: 'Jul 1, 2017 – Sep 30, 2017' }).waitFor();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('period')).toBe('FY2017-Q3'));

    // The three regions with the API's won revenue of the quarter.
    for (const region of regions) {
      await rowNamed(page, region.name)
        .getByTestId('tree-won')
        .filter({ hasText: money(region.wonRevenue) })
        .waitFor();
    }
    await eventually(async () => expect(await rows(page, 'team', 0).count()).toBe(roots.length));
    await eventually(async () =>
      expect(await page.getByTestId('dash-scope-name').textContent()).toBe('All teams'),
    );
    await page
      .locator('[data-testid="dash-funnel"][aria-busy="false"]')
      .getByTestId('funnel-step')
      .first()
      .waitFor();
    await screenshot(page, '20-dashboard-fy2017-q3');

    // Down the tree: a region, then one of its teams, to its reps.
    const central = regions[0];
    const centralTeams = teams
      .filter((team) => team.parentId === central.teamId)
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(centralTeams.length).toBeGreaterThan(0);
    await rowNamed(page, 'Central').getByTestId('tree-toggle').click();
    for (const team of centralTeams) await rowNamed(page, team.name).waitFor();
    await eventually(async () => expect(await rows(page, 'team', 1).count()).toBe(centralTeams.length));

    const team = centralTeams[0];
    await rowNamed(page, team.name).getByTestId('tree-toggle').click();
    await rows(page, 'rep', 2).first().waitFor();
    await eventually(async () => expect(await rows(page, 'rep', 2).count()).toBeGreaterThan(0));

    // Selecting the team focuses the cards and the funnel on it.
    await rowNamed(page, team.name).getByTestId('tree-name').click();
    await page.getByTestId('dash-scope-name').filter({ hasText: team.name }).waitFor();
    await page
      .getByTestId('kpi-won-revenue')
      .filter({ hasText: money(team.wonRevenue) })
      .waitFor();
    await page
      .locator('[data-testid="dash-funnel"][aria-busy="false"]')
      .filter({ hasText: team.name })
      .waitFor();
    await page.getByTestId('funnel-won').waitFor();
    await eventually(async () => expect(await page.getByTestId('funnel-step').count()).toBeGreaterThan(0));
    await eventually(async () => expect(new URL(page.url()).searchParams.get('team')).toBe(team.teamId));
    // The shell scrolls its content area, so a taller window shows the cards, the tree and the funnel at once.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await screenshot(page, '21-dashboard-team-expanded');
    await page.setViewportSize({ width: 1280, height: 860 });

    // The export: every team and rep, with its level in the tree.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('dashboard-FY2017-Q3.csv');
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0].startsWith('Level,Type,Name,Under,Reps,Won revenue')).toBe(true);
    expect(lines.filter((line) => line.startsWith('0,Team,'))).toHaveLength(roots.length);
    expect(lines.filter((line) => /^\d+,Team,/.test(line))).toHaveLength(teams.length);
    expect(lines.filter((line) => /^\d+,Rep,/.test(line)).length).toBeGreaterThanOrEqual(35);
    const centralLine = lines.find((line) => line.startsWith('0,Team,Central,,'));
    expect(centralLine?.split(',')[5]).toBe(central.wonRevenue.amount);
  });

  it('should open the period named in the URL and fit a phone screen', async () => {
    const teams = await teamPerformance('admin@salesops.demo', 'demo-admin', 'FY2017-Q3');
    const west = teams.find((team) => team.name === 'West' && team.parentId === null) as TeamFigures;

    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('dash-tree').waitFor();
    await page.goto(`${BASE_URL}/dashboard?period=FY2017-Q3`);
    await eventually(async () => expect(await page.getByTestId('period-key').inputValue()).toBe('FY2017-Q3'));
    await rowNamed(page, 'West')
      .getByTestId('tree-won')
      .filter({ hasText: money(west.wonRevenue) })
      .waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await rowNamed(page, 'West').getByTestId('tree-toggle').click();
    await rows(page, 'team', 1).first().waitFor();
    await page
      .locator('[data-testid="dash-funnel"][aria-busy="false"]')
      .getByTestId('funnel-step')
      .first()
      .waitFor();
    await eventually(async () => {
      const overflow = await page.evaluate(() => {
        const wide = (element: Element) => element.scrollWidth - element.clientWidth;
        const main = document.querySelector('main');
        return { page: wide(document.documentElement), main: main ? wide(main) : 0 };
      });
      expect(overflow).toEqual({ page: 0, main: 0 });
    });
    await page.setViewportSize({ width: 390, height: 2400 });
    await screenshot(page, '22-dashboard-phone');
  });

  it('should show a manager only their own team', async () => {
    const teams = await teamPerformance('melvin.marxen@salesops.demo', 'demo-pass', 'FY2017-Q3');
    expect(teams.map((team) => team.name)).toEqual(["Melvin Marxen's team"]);

    await login(page, 'melvin.marxen@salesops.demo', 'demo-pass');
    await page.getByTestId('dash-tree').waitFor();
    await eventually(async () => expect(new URL(page.url()).pathname).toBe('/dashboard'));
    await page.getByTestId('period-key').fill('FY2017-Q3');
    await rowNamed(page, "Melvin Marxen's team")
      .getByTestId('tree-won')
      .filter({ hasText: money(teams[0].wonRevenue) })
      .waitFor();

    await eventually(async () => expect(await rows(page, 'team').count()).toBe(1));
    await eventually(async () =>
      expect(await page.getByTestId('dash-tree').textContent()).not.toContain('Central'),
    );
    // A single team opens by itself on its reps.
    await rows(page, 'rep', 1).first().waitFor();
    await page.getByTestId('funnel-step').first().waitFor();
  });
});
