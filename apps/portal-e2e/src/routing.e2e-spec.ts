import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, choose, dialogFocused, eventually, launchBrowser, login, screenshot } from './browser';

// A rep no other suite changes; the test puts their rule back as it found it.
const REP = 'Anna Snelling';
const REASON = 'E2E offsite';

interface Rule {
  repId: string;
  repName: string;
  weight: number;
  capacityPerMonth: number | null;
  absences: { id: string; reason: string | null }[];
}

/** Straight to the API as the admin, to read and restore the seeded rule whatever the UI did. */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: unknown; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  const login = (await post({
    query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
    variables: { input: { email: 'admin@salesops.demo', password: 'demo-admin' } },
  })) as { login: { token: string } };
  return (await post({ query, variables }, login.login.token)) as T;
}

async function ruleOf(name: string): Promise<Rule> {
  const data = await api<{ routingRules: Rule[] }>(
    '{ routingRules { repId repName weight capacityPerMonth absences { id reason } } }',
  );
  const rule = data.routingRules.find((r) => r.repName === name);
  if (!rule) throw new Error(`${name} has no routing rule`);
  return rule;
}

describe('the lead routing page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let seeded: Rule;

  beforeAll(async () => {
    browser = await launchBrowser();
    seeded = await ruleOf(REP);
  });

  afterAll(async () => {
    // Other suites run on the same database: leave the rep as seeded even if a step failed.
    const now = await ruleOf(REP);
    await api('mutation($input: SetRoutingRuleInput!) { setRoutingRule(input: $input) }', {
      input: { repId: seeded.repId, weight: seeded.weight, capacityPerMonth: seeded.capacityPerMonth },
    });
    for (const absence of now.absences.filter((a) => a.reason === REASON)) {
      await api('mutation($id: ID!) { removeAbsence(id: $id) }', { id: absence.id });
    }
    await browser.close();
  });

  afterEach(() => page.close());

  it('should let the admin change a rep weight and cap, add and remove an absence and read the decisions', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-routing').click();
    await page.getByTestId('routing-table').waitFor();
    await eventually(async () => expect(await page.getByTestId('routing-row').count()).toBeGreaterThan(1));
    await page.getByTestId('decisions-section').waitFor();
    await screenshot(page, '40-routing');

    await page.getByTestId('routing-search').fill('anna snel');
    const row = page.getByTestId('routing-row').filter({ hasText: REP });
    await row.waitFor();
    await eventually(async () => expect(await page.getByTestId('routing-row').count()).toBe(1));
    const shareBefore = (await row.getByTestId('routing-share').textContent())?.trim() ?? '';

    // Weight and cap: the form refuses what the API would, then saves whole numbers.
    await row.getByTestId('routing-edit').click();
    await dialogFocused(page.getByTestId('rule-weight'));
    await page.getByTestId('rule-weight').fill('2.5');
    await page.getByTestId('rule-capacity').fill('-1');
    await page.getByTestId('rule-save').click();
    await eventually(async () =>
      expect(await page.getByTestId('error-weight').textContent()).toMatch(/whole number/i),
    );
    await eventually(async () =>
      expect(await page.getByTestId('error-capacityPerMonth').textContent()).toMatch(/whole number/i),
    );
    await page.getByTestId('rule-weight').fill('5');
    await page.getByTestId('rule-capacity').fill('40');
    await eventually(async () =>
      expect(await page.getByTestId('rule-share-preview').textContent()).toMatch(/%/),
    );
    await page.getByTestId('rule-save').click();
    await row.getByTestId('routing-weight').filter({ hasText: '5' }).waitFor();
    await eventually(async () => expect(await row.getByTestId('routing-cap').textContent()).toBe('40'));
    await row.getByTestId('routing-load-bar').waitFor();
    await eventually(async () =>
      expect((await row.getByTestId('routing-share').textContent())?.trim()).not.toBe(shareBefore),
    );

    // An absence: the last day may not come before the first.
    const year = new Date().getUTCFullYear() + 1;
    await row.getByTestId('routing-add-absence').click();
    await dialogFocused(page.getByTestId('absence-start'));
    await page.getByTestId('absence-start').fill(`${year}-07-10`);
    await page.getByTestId('absence-end').fill(`${year}-07-06`);
    await page.getByTestId('absence-save').click();
    await eventually(async () =>
      expect(await page.getByTestId('error-endsOn').textContent()).toMatch(/on or after/i),
    );
    await page.getByTestId('absence-start').fill(`${year}-07-06`);
    await page.getByTestId('absence-end').fill(`${year}-07-10`);
    await page.getByTestId('absence-reason').fill(REASON);
    await page.getByTestId('absence-save').click();
    const chip = row.getByTestId('absence-chip').filter({ hasText: REASON });
    await chip.waitFor();
    await eventually(async () => expect(await chip.textContent()).toContain(`Jul 6, ${year}`));
    await page.waitForTimeout(300); // the snack bar settles
    await screenshot(page, '41-routing-absence');

    // Removing asks first.
    await chip.getByTestId('absence-remove').click();
    await page.getByTestId('confirm-ok').click();
    await chip.waitFor({ state: 'detached' });

    // The decision log, filtered to the rep; the seeded data may have none yet.
    await choose(page, 'decisions-rep-filter', REP);
    await page
      .getByTestId('decisions-section')
      .locator('[data-testid="decision-row"], [data-testid="decisions-empty"]')
      .first()
      .waitFor();
    await eventually(async () => {
      const reasons = await page.getByTestId('decision-reason').allTextContents();
      for (const reason of reasons) expect(reason.trim()).not.toBe('');
    });

    // Back to the seeded rule through the page: empty cap means no cap.
    await row.getByTestId('routing-edit').click();
    await dialogFocused(page.getByTestId('rule-weight'));
    await page.getByTestId('rule-weight').fill(String(seeded.weight));
    await page
      .getByTestId('rule-capacity')
      .fill(seeded.capacityPerMonth === null ? '' : String(seeded.capacityPerMonth));
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-save').waitFor({ state: 'detached' });
    // The table reloads after the save: wait for the seeded share to come back.
    const exactly = new RegExp(`^\\s*${shareBefore.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    await row.getByTestId('routing-share').filter({ hasText: exactly }).waitFor();
    await eventually(async () =>
      expect(await row.getByTestId('routing-cap').textContent()).toBe(
        seeded.capacityPerMonth === null ? 'No cap' : String(seeded.capacityPerMonth),
      ),
    );
    const restored = await ruleOf(REP);
    expect([restored.weight, restored.capacityPerMonth]).toEqual([seeded.weight, seeded.capacityPerMonth]);
  });

  it('should fit a phone screen without the page scrolling sideways', async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${BASE_URL}/routing`);
    await page.getByTestId('routing-table').waitFor();
    await page.getByTestId('decisions-section').waitFor();
    await eventually(async () => {
      const overflow = await page.evaluate(() =>
        [
          document.documentElement,
          ...Array.from(document.querySelectorAll('mat-sidenav-content, main')),
        ].some((element) => element.scrollWidth > element.clientWidth + 1),
      );
      expect(overflow).toBe(false);
    });
    await screenshot(page, '42-routing-phone');
  });
});
