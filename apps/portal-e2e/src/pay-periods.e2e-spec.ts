import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, eventually, launchBrowser, login, screenshot } from './browser';

// Closing is final (there is no reopen), and every spec shares one server. FY2016 (in the demo deals)
// and FY2015 (before them) are years no other spec writes goals into, so closing a month there cannot
// break another spec. The database may keep months closed by earlier runs, so each test closes the
// first month of its year still open.
const CLOSE_YEAR = 'FY2016';
const CONFLICT_YEAR = 'FY2015';
const REP = 'Darcel Schlecht';

interface PayPeriod {
  period: string;
  type: string;
  closable: boolean;
}

/** A GraphQL call from the test itself, to arrange data without the UI. */
async function gql<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function adminToken(): Promise<string> {
  const { login: admin } = await gql<{ login: { token: string } }>(
    'mutation { login(input: { email: "admin@salesops.demo", password: "demo-admin" }) { token } }',
  );
  return admin.token;
}

/** The first month of the fiscal year that has ended and is still open. */
async function openMonth(fiscalYear: string, token: string): Promise<string> {
  const { payPeriods } = await gql<{ payPeriods: PayPeriod[] }>(
    'query($fy: String!) { payPeriods(fiscalYear: $fy) { period type closable } }',
    { fy: fiscalYear },
    token,
  );
  const month = payPeriods.find((period) => period.type === 'MONTH' && period.closable);
  if (!month) throw new Error(`Every month of ${fiscalYear} is closed already: run against a fresh database`);
  return month.period;
}

/** Horizontal overflow of the page in pixels (0 when nothing sticks out). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('the pay periods page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const run = Date.now();

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  });

  afterEach(() => page.close());

  const table = (current: Page, fiscalYear: string) =>
    current.locator(`[data-testid="pay-periods-table"][data-fiscal-year="${fiscalYear}"]`);
  const row = (current: Page, period: string) =>
    current.locator(`[data-testid="pay-period-row"][data-period="${period}"]`);

  it('should let an admin close an ended month for good, then show its goals locked on the goals page', async () => {
    // Arranged through the API: the month to close, with a goal inside it.
    const token = await adminToken();
    const month = await openMonth(CLOSE_YEAR, token);
    const { reps } = await gql<{ reps: { edges: { node: { id: string } }[] } }>(
      'query { reps(first: 1, filter: { search: "darcel.schlecht@salesops.demo" }) { edges { node { id } } } }',
      {},
      token,
    );
    const target = 100_000 + (run % 50_000);
    await gql(
      'mutation($input: SetGoalInput!) { setGoal(input: $input) { id } }',
      {
        input: { repId: reps.edges[0].node.id, period: month, metric: 'WON_REVENUE', target: String(target) },
      },
      token,
    );

    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-pay-periods').click();
    // Pay periods belong with compensation.
    await page.waitForURL((url) => url.pathname === '/compensation/pay-periods');
    // It opens on this fiscal year when it has goals, closed periods or deals, else on the latest year with
    // deals (the demo's FY2017), and then says why.
    const thisYear = `FY${new Date().getFullYear()}`;
    let shown = '';
    await eventually(async () => {
      shown = await page.getByTestId('fiscal-year').inputValue();
      expect([thisYear, 'FY2017']).toContain(shown);
      await table(page, shown).waitFor({ timeout: 1_000 });
    });
    if (shown !== thisYear)
      expect(await page.getByTestId('pay-periods-fallback').textContent()).toContain('FY2017');

    // FY2017: the year, its quarters and its months, first to last day.
    await page.getByTestId('fiscal-year').fill('FY2017');
    await table(page, 'FY2017').waitFor();
    await eventually(async () => expect(await page.getByTestId('pay-period-row').count()).toBe(17));
    await eventually(async () =>
      expect(await row(page, 'FY2017-Q3').getByTestId('pay-period-dates').textContent()).toContain(
        'Jul 1, 2017 – Sep 30, 2017',
      ),
    );
    await eventually(async () =>
      expect(await row(page, '2017-02').getByTestId('pay-period-dates').textContent()).toContain(
        'Feb 1, 2017 – Feb 28, 2017',
      ),
    );
    await screenshot(page, '55-pay-periods-fy2017');

    // One year back, the month to close, with its goal counted.
    await page.getByTestId('fiscal-year-prev').click();
    await table(page, CLOSE_YEAR).waitFor();
    const monthRow = row(page, month);
    await eventually(async () =>
      expect(Number(await monthRow.getByTestId('pay-period-goals').textContent())).toBeGreaterThanOrEqual(1),
    );
    await monthRow.getByTestId('pay-period-close').click();

    // The dialog says it is final and how many goals it locks, and waits for the admin to confirm.
    await page.getByTestId('close-final').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('close-final').textContent()).toContain('cannot be undone'),
    );
    await eventually(async () =>
      expect(await page.getByTestId('close-goals').textContent()).toMatch(/goals? lies? wholly inside it/),
    );
    await eventually(async () => expect(await page.getByTestId('close-confirm').isDisabled()).toBe(true));
    await page.waitForTimeout(300); // the dialog settles
    await screenshot(page, '56-pay-period-close-dialog');
    await page.getByTestId('close-understood').click();
    await page.getByTestId('close-confirm').click();
    await page.getByTestId('close-confirm').waitFor({ state: 'detached' });

    // Closed in place, with the lock, when and by whom; nothing left to close.
    await monthRow.locator('[data-testid="pay-period-status"][data-status="CLOSED"]').waitFor();
    await eventually(async () =>
      expect(await monthRow.locator('[data-testid="pay-period-status"] svg').count()).toBe(1),
    );
    await eventually(async () =>
      expect(await monthRow.getByTestId('pay-period-closed').textContent()).toContain('by '),
    );
    await eventually(async () => expect(await monthRow.getByTestId('pay-period-close').count()).toBe(0));
    await screenshot(page, '57-pay-periods-closed');

    // The goals page: the month is locked, the grid read-only, the goal still shown.
    await page.getByTestId('nav-goals').click();
    await page.getByTestId('goals-table').waitFor();
    await page.getByTestId('period-key').fill(month);
    await page.locator(`[data-testid="goals-table"][data-period="${month}"][data-locked="true"]`).waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('goals-locked').textContent()).toContain(
        `${month} is a closed pay period: its goals are locked.`,
      ),
    );
    const cell = page.getByTestId('goal-rep-row').filter({ hasText: REP }).getByTestId('goal-target');
    await eventually(async () => expect(await cell.inputValue()).toBe(target.toLocaleString('en-US')));
    await eventually(async () => expect(await cell.getAttribute('readonly')).not.toBeNull());
    await eventually(async () => {
      const readOnly = await page
        .locator('input[data-testid="goal-target"]')
        .evaluateAll((inputs) => inputs.every((input) => (input as HTMLInputElement).readOnly));
      expect(readOnly).toBe(true);
    });
    await eventually(async () => expect(await page.getByTestId('goals-save-bar').count()).toBe(0));
    await eventually(async () => expect(await page.getByTestId('copy-from-previous').count()).toBe(0));
    await eventually(async () =>
      expect(await page.getByTestId('goals-locked-link').getAttribute('href')).toBe(
        `/compensation/pay-periods?fy=${CLOSE_YEAR}`,
      ),
    );
    await screenshot(page, '58-goals-locked');
  });

  it('should fit a phone and show in the dialog that someone else closed the period meanwhile', async () => {
    const token = await adminToken();
    const month = await openMonth(CONFLICT_YEAR, token);

    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    // The address from before pay periods moved to compensation still works, with its year.
    await page.goto(`${BASE_URL}/pay-periods?fy=FY2017`);
    await page.waitForURL(
      (url) => url.pathname === '/compensation/pay-periods' && url.search === '?fy=FY2017',
    );
    await table(page, 'FY2017').waitFor();
    await eventually(async () => expect(await overflow(page)).toBeLessThanOrEqual(0));
    await screenshot(page, '59-pay-periods-phone');

    await page.getByTestId('fiscal-year').fill(CONFLICT_YEAR);
    await table(page, CONFLICT_YEAR).waitFor();
    await row(page, month).getByTestId('pay-period-close').click();
    await page.getByTestId('close-understood').click();
    // Another admin closes it first.
    await gql(
      'mutation($period: String!) { closePayPeriod(input: { period: $period }) { period } }',
      { period: month },
      token,
    );
    await page.getByTestId('close-confirm').click();
    const banner = page.locator('mat-dialog-container').getByTestId('error-banner');
    await banner.waitFor();
    await eventually(async () => expect(await banner.textContent()).toContain(`${month} is closed already`));
    await eventually(async () => expect(await page.getByTestId('close-confirm').isDisabled()).toBe(true));
    await eventually(async () => expect(await overflow(page)).toBeLessThanOrEqual(0));
    await screenshot(page, '59-pay-period-close-error-phone');

    // The list behind has caught up: the month shows closed.
    await page.getByTestId('close-cancel').click();
    await row(page, month).locator('[data-testid="pay-period-status"][data-status="CLOSED"]').waitFor();
  });

  it('should keep pay periods from managers', async () => {
    await login(page, 'melvin.marxen@salesops.demo', 'demo-pass');
    await page.getByTestId('nav-goals').waitFor();
    await eventually(async () => expect(await page.getByTestId('nav-pay-periods').count()).toBe(0));
    await page.goto(`${BASE_URL}/compensation/pay-periods`);
    await page.waitForURL((url) => url.pathname === '/dashboard');
  });
});
