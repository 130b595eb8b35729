import { type Browser, type Locator, type Page } from 'playwright-core';

import {
  BASE_URL,
  choose,
  dialogFocused,
  eventually,
  gql,
  launchBrowser,
  login,
  screenshot,
} from './browser';

// 2019 is outside the demo deals and no other spec writes goals there. The database may keep goals
// from earlier runs, so every value here is unique to this run and nothing assumes a cell is empty.
const PERIOD = 'FY2019-Q3';
const NEXT_PERIOD = 'FY2019-Q4';
const TEAM = "Melvin Marxen's team";
const REP_A = 'Darcel Schlecht';
const REP_B = 'Gladys Colclough';

/** Whole dollars as the grid's inputs show them: 1250000 -> "1,250,000". */
function grouped(dollars: number): string {
  return dollars.toLocaleString('en-US');
}

/** An amount in cents as the grid's inputs show it: 66000330 -> "660,003.30", 66000300 -> "660,003". */
function inputText(amountCents: number): string {
  const dollars = grouped(Math.floor(amountCents / 100));
  const rest = amountCents % 100;
  return rest === 0 ? dollars : `${dollars}.${String(rest).padStart(2, '0')}`;
}

/** Cents of a shown amount: "$1,250,000.50 not given to reps" -> 125000050. */
function cents(text: string): number {
  const match = /[\d,]+(\.\d{1,2})?/.exec(text);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Math.round(Number(match[0].replace(/,/g, '')) * 100);
}

describe('the goals page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const run = Date.now();
  // Distinct per run, so a save always changes the stored values.
  const base = 200_000 + (run % 50_000);
  const targets = { team: base * 3, repA: base, repB: base + 1_000 };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  });

  afterEach(() => page.close());

  const grid = (current: Page, period: string) =>
    current.locator(`[data-testid="goals-table"][data-period="${period}"][data-ready="true"]`);
  const teamRow = (current: Page, name: string) =>
    current.getByTestId('goal-team-row').filter({ hasText: name });
  const repRow = (current: Page, name: string) =>
    current.getByTestId('goal-rep-row').filter({ hasText: name });
  const target = (row: Locator) => row.getByTestId('goal-target');

  async function openPeriod(current: Page, period: string): Promise<void> {
    await current.getByTestId('period-key').fill(period);
    await grid(current, period).waitFor();
  }

  async function setCell(row: Locator, value: string): Promise<void> {
    await target(row).fill(value);
    await target(row).press('Tab');
  }

  it('should let an admin edit goals in the grid, save them together and copy them forward', async () => {
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-goals').click();
    await page.getByTestId('goals-table').waitFor();
    await choose(page, 'goals-metric', 'Won revenue');
    await openPeriod(page, PERIOD);

    // Three cells, one save.
    await setCell(teamRow(page, TEAM), grouped(targets.team));
    await setCell(repRow(page, REP_A), String(targets.repA));
    await setCell(repRow(page, REP_B), `${grouped(targets.repB)}.50`);
    await page.getByTestId('goals-change-count').filter({ hasText: '3 unsaved changes' }).waitFor();
    await eventually(async () =>
      expect(await target(repRow(page, REP_A)).getAttribute('class')).toContain('changed'),
    );
    await page.getByTestId('goals-save').click();
    await page.getByTestId('goals-save-bar').waitFor({ state: 'detached' });

    // They are stored: a reload shows them.
    await page.reload();
    await page.getByTestId('goals-table').waitFor();
    await openPeriod(page, PERIOD);
    await eventually(async () =>
      expect(await target(teamRow(page, TEAM)).inputValue()).toBe(grouped(targets.team)),
    );
    await eventually(async () =>
      expect(await target(repRow(page, REP_A)).inputValue()).toBe(grouped(targets.repA)),
    );
    await eventually(async () =>
      expect(await target(repRow(page, REP_B)).inputValue()).toBe(`${grouped(targets.repB)}.50`),
    );

    // The team goal against the sum of its reps' goals.
    const team = teamRow(page, TEAM);
    await eventually(async () => {
      const repSum = cents((await team.getByTestId('goal-rep-sum').textContent()) ?? '');
      const gapText = (await team.getByTestId('goal-gap').textContent()) ?? '';
      expect(repSum).toBeGreaterThanOrEqual(targets.repB * 100 + 50);
      const gap = targets.team * 100 - repSum;
      if (gap === 0) expect(gapText).toContain('All given to reps');
      else {
        expect(gapText).toContain(gap > 0 ? 'not given to reps' : "more in reps' goals");
        expect(cents(gapText)).toBe(Math.abs(gap));
      }
    });
    await screenshot(page, '50-goals-grid');

    // A bad value is refused on its cell and nothing is sent.
    await setCell(repRow(page, REP_A), '999');
    await setCell(repRow(page, REP_B), '12abc');
    await page.getByTestId('goals-save').click();
    await page.getByTestId('goals-save-error').waitFor();
    await eventually(async () =>
      expect(await repRow(page, REP_B).getByTestId('goal-error').textContent()).toContain('Digits only'),
    );
    await eventually(async () => expect(await repRow(page, REP_A).getByTestId('goal-error').count()).toBe(0));
    await screenshot(page, '51-goals-error');
    await page.getByTestId('goals-discard').click();
    await page.reload();
    await page.getByTestId('goals-table').waitFor();
    await openPeriod(page, PERIOD);
    await eventually(async () =>
      expect(await target(repRow(page, REP_A)).inputValue()).toBe(grouped(targets.repA)),
    );

    // Someone else changes a goal meanwhile: the save is refused on that cell, and Reload shows theirs.
    const theirs = targets.repB + 5;
    const answer = await page.evaluate(
      async ({ period, name, value }) => {
        const session = JSON.parse(localStorage.getItem('salesops.session') ?? '{}') as { token: string };
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
        const post = async (query: string, variables: object) =>
          (
            await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
          ).json();
        const list = await post(
          'query($p: String!) { goals(period: $p, metric: WON_REVENUE) { repId subjectName } }',
          {
            p: period,
          },
        );
        const goal = list.data.goals.find((g: { subjectName: string }) => g.subjectName === name);
        return post('mutation($input: SetGoalInput!) { setGoal(input: $input) { target } }', {
          input: { repId: goal.repId, period, metric: 'WON_REVENUE', target: String(value) },
        });
      },
      { period: PERIOD, name: REP_B, value: theirs },
    );
    expect(answer.errors).toBeUndefined();
    await setCell(repRow(page, REP_B), String(targets.repB + 7));
    await page.getByTestId('goals-save').click();
    await repRow(page, REP_B).getByTestId('goal-error').waitFor();
    await eventually(async () =>
      expect(await repRow(page, REP_B).getByTestId('goal-error').textContent()).toContain('someone else'),
    );
    await page.getByTestId('goals-reload').click();
    await page.getByTestId('goals-save-bar').waitFor({ state: 'detached' });
    await grid(page, PERIOD).waitFor();
    await eventually(async () =>
      expect(await target(repRow(page, REP_B)).inputValue()).toBe(grouped(theirs)),
    );

    // Bulk: copy the quarter to the next one, +10%. Goals already there (earlier runs) stay.
    await page.getByTestId('goals-bulk').click();
    await page.getByTestId('bulk-copy').click();
    await dialogFocused(page.getByTestId('copy-percent'));
    await eventually(async () => expect(await page.getByTestId('copy-to').inputValue()).toBe(NEXT_PERIOD));
    await page.getByTestId('copy-percent').fill('10');
    await page.getByTestId('copy-summary').filter({ hasText: '+10%' }).waitFor();
    await page.getByTestId('copy-apply').click();
    let written = 0;
    let skipped = 0;
    await eventually(async () => {
      const result = (await page.getByTestId('bulk-result').textContent()) ?? '';
      [written, skipped] = (result.match(/\d+/g) ?? []).slice(-2).map(Number);
      expect(written + skipped).toBeGreaterThanOrEqual(3);
    });
    await page.getByTestId('copy-open').click();
    await grid(page, NEXT_PERIOD).waitFor();
    await eventually(async () => expect(await target(teamRow(page, TEAM)).inputValue()).not.toBe(''));
    if (written > 0 && skipped === 0) {
      // A fresh period: the copy is the source changed by 10%, to the cent.
      await eventually(async () =>
        expect(await target(teamRow(page, TEAM)).inputValue()).toBe(inputText(targets.team * 110)),
      );
    }
  });

  it('should show a rep their own goal read-only on a phone', async () => {
    // Arranged through the API, so this test stands alone.
    const { login: admin } = await gql<{ login: { token: string } }>(
      'mutation { login(input: { email: "admin@salesops.demo", password: "demo-admin" }) { token } }',
    );
    const { reps } = await gql<{ reps: { edges: { node: { id: string } }[] } }>(
      'query { reps(first: 1, filter: { search: "darcel.schlecht@salesops.demo" }) { edges { node { id } } } }',
      {},
      admin.token,
    );
    const mine = base + 42;
    await gql(
      'mutation($input: SetGoalInput!) { setGoal(input: $input) { id } }',
      {
        input: { repId: reps.edges[0].node.id, period: PERIOD, metric: 'WON_REVENUE', target: String(mine) },
      },
      admin.token,
    );

    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${BASE_URL}/goals`);
    await page.getByTestId('period-key').fill(PERIOD);
    const card = page.getByTestId('my-goal-card').filter({ hasText: 'Won revenue' });
    await card.waitFor();
    await eventually(async () =>
      expect(await card.getByTestId('my-goal-target').textContent()).toContain(`of $${grouped(mine)}`),
    );
    await eventually(async () =>
      expect(await page.locator('input[data-testid="goal-target"]').count()).toBe(0),
    );
    await eventually(async () => expect(await page.getByTestId('goals-save').count()).toBe(0));
    await eventually(async () => expect(await page.getByTestId('goals-bulk').count()).toBe(0));
    await eventually(async () => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
    await screenshot(page, '52-goals-rep-phone');
  });
});
