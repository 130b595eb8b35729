import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, eventually, launchBrowser, login, screenshot } from './browser';

// The demo deals end in December 2017, so the page starts as of 2018-01-01 and "next quarter" is FY2018-Q1,
// a quarter no pay period has closed. The database may keep calls and goals from earlier runs: every amount
// here is unique to this run, and nothing assumes a row is empty.
const PERIOD = 'FY2018-Q1';
const TEAM = "Melvin Marxen's team";
const REP = 'Darcel Schlecht';
const REP_LOGIN = ['darcel.schlecht@salesops.demo', 'demo-pass'] as const;
const MANAGER_LOGIN = ['melvin.marxen@salesops.demo', 'demo-pass'] as const;

const DESKTOP = { width: 1280, height: 860 };
const NARROW = { width: 390, height: 844 };

/** Whole dollars as the pages show them: 1250000 -> "1,250,000". */
const grouped = (dollars: number) => dollars.toLocaleString('en-US');

/** Signs in and waits until the portal has left the login page, so a `goto` after it is signed in. */
async function signIn(page: Page, [email, password]: readonly [string, string]): Promise<void> {
  await login(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('the forecasting pages in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const run = Date.now();
  const repCommit = 150_000 + (run % 40_000);
  const adjusted = repCommit - 12_000;
  const suggested = 170_000 + (run % 30_000);

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  afterEach(() => page?.close());

  async function openForecasts(current: Page): Promise<void> {
    await current.getByTestId('nav-forecasts').click();
    await current.getByTestId('forecast-view').waitFor();
  }

  it('should show a team’s forecast by every method with the proof, and switch the method drawn', async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, MANAGER_LOGIN);
    await openForecasts(page);

    await eventually(async () =>
      expect(await page.getByTestId('forecast-title').textContent()).toContain(`${TEAM} · ${PERIOD}`),
    );
    const cards = page.getByTestId('method-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(6);
    // The recommended method comes first, and the page says how far to trust it in words.
    expect(await cards.first().getByTestId('method-recommended').count()).toBe(1);
    const reading = (await page.getByTestId('forecast-reading').first().textContent()) ?? '';
    expect(reading).toMatch(/most accurate|no method beats the naive baselines|too little history/);
    await page.getByTestId('accuracy-table').waitFor();
    expect(await page.getByTestId('accuracy-row').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid="fan-chart"] path.history').getAttribute('d')).toMatch(/^M/);
    await screenshot(page, 'forecast-team');

    // Another method: the chart now draws that one.
    const naive = page.locator('[data-testid="method-card"][data-method="NAIVE"]');
    await naive.click();
    await eventually(async () => expect(await naive.getAttribute('aria-pressed')).toBe('true'));
    expect(page.url()).toContain(`period=${PERIOD}`);
    await screenshot(page, 'forecast-method-switched');

    // The budget of the fiscal year by quarter.
    await page.getByRole('tab', { name: 'Budget' }).click();
    await page.getByTestId('budget-table').waitFor();
    expect(await page.getByTestId('budget-row').count()).toBe(5);
    await screenshot(page, 'forecast-budget');
  });

  it('should let a rep submit a call and the manager adjust it with a note', async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, REP_LOGIN);
    await page.getByTestId('nav-my-forecast').click();
    await page.getByTestId('call-form').waitFor();
    await eventually(async () => expect(await page.getByTestId('my-call').textContent()).toContain(PERIOD));
    await page.getByTestId('call-commit').fill(String(repCommit));
    await page.getByTestId('call-best').fill(String(repCommit + 20_000));
    await page.getByTestId('call-submit').click();
    await eventually(async () =>
      expect(await page.getByTestId('my-in-force').textContent()).toContain(`commit $${grouped(repCommit)}`),
    );
    expect(await page.getByTestId('my-call-row').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'forecast-rep-call');
    await page.close();

    page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, MANAGER_LOGIN);
    await openForecasts(page);
    await page.getByRole('tab', { name: 'Calls' }).click();
    const repRow = page.getByTestId('call-row').filter({ hasText: REP });
    await eventually(async () =>
      expect(await repRow.getByTestId('call-commit-in-force').textContent()).toContain(grouped(repCommit)),
    );
    await repRow.getByTestId('call-edit').click();
    await page.getByTestId('call-commit').fill(String(adjusted));
    // A note is required for an adjustment: the form says so instead of sending.
    await page.getByTestId('call-submit').click();
    await page.getByTestId('call-invalid').waitFor();
    await screenshot(page, 'forecast-adjust-needs-note');
    await page.getByTestId('call-note').fill(`Two deals slipped (run ${run})`);
    await page.getByTestId('call-submit').click();
    await page.getByTestId('call-editor').waitFor({ state: 'detached' });
    await eventually(async () =>
      expect(await repRow.getByTestId('call-commit-in-force').textContent()).toContain(grouped(adjusted)),
    );
    expect(await repRow.getByTestId('call-adjusted').textContent()).toContain(
      `Two deals slipped (run ${run})`,
    );
    await screenshot(page, 'forecast-manager-adjusted');
  });

  it('should accept suggested goals in bulk and show them in the goals grid', async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, MANAGER_LOGIN);
    await openForecasts(page);
    await page.getByRole('tab', { name: 'Goal suggestions' }).click();
    await page.getByTestId('suggest-table').waitFor();
    const repRow = page.getByTestId('suggest-row').filter({ hasText: REP });
    // Only this rep, with a target of our own.
    await page.getByRole('button', { name: 'Tick none' }).click();
    await repRow.getByTestId('suggest-target').fill(String(suggested));
    await eventually(async () =>
      expect(await page.getByTestId('suggest-accept').textContent()).toContain('Accept 1 as goals'),
    );
    await screenshot(page, 'forecast-suggestions');
    await page.getByTestId('suggest-accept').click();
    await page.getByTestId('suggest-saved').waitFor();

    await page.getByTestId('suggest-open-goals').click();
    const grid = page.locator(`[data-testid="goals-table"][data-period="${PERIOD}"][data-ready="true"]`);
    await grid.waitFor();
    const target = page.getByTestId('goal-rep-row').filter({ hasText: REP }).getByTestId('goal-target');
    await eventually(async () => expect(await target.inputValue()).toBe(grouped(suggested)));
    await screenshot(page, 'forecast-goals-grid');
  });

  it('should fit a narrow screen and word its empty and error states', async () => {
    page = await browser.newPage({ viewport: NARROW });
    await signIn(page, MANAGER_LOGIN);
    await page.goto(`${BASE_URL}/forecasts`);
    await page.getByTestId('forecast-view').waitFor();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'forecast-narrow');
    await page.getByRole('tab', { name: 'Calls' }).click();
    await page.getByTestId('calls-table').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'forecast-narrow-calls');

    // A period the API cannot forecast (long over as of the day): the page says why, with a retry.
    await page.goto(`${BASE_URL}/forecasts?period=FY2016-Q1&asOf=2018-01-01`);
    await page.getByTestId('forecast-error').waitFor();
    await screenshot(page, 'forecast-error');
    await page.close();

    page = await browser.newPage({ viewport: NARROW });
    await signIn(page, REP_LOGIN);
    await page.goto(`${BASE_URL}/my-forecast`);
    await page.getByTestId('call-form').waitFor();
    await page.getByTestId('my-accuracy-empty').or(page.getByTestId('my-accuracy')).waitFor();
    await page.getByTestId('my-in-force').waitFor();
    await page.getByTestId('my-guide').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'my-forecast-narrow');
  });
});
