import { readFileSync } from 'node:fs';

import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, eventually, launchBrowser, login, screenshot } from './browser';

// A rep no other suite gives a routing rule; the test puts the rule back as it found it.
const REP = 'Moses Frase';

interface Rule {
  repId: string;
  weight: number;
  capacityPerMonth: number | null;
}

interface AuditEvent {
  id: string;
  action: string;
  summary: string;
  before: string | null;
  after: string | null;
}

let token: string | null = null;

/** Straight to the API as the admin: the known change the audit page must then show. */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const post = async (body: unknown, bearer?: string) => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: unknown; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  if (!token) {
    const data = (await post({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { email: 'admin@salesops.demo', password: 'demo-admin' } },
    })) as { login: { token: string } };
    token = data.login.token;
  }
  return (await post({ query, variables }, token)) as T;
}

async function repId(): Promise<string> {
  const data = await api<{ reps: { edges: { node: { id: string; name: string } }[] } }>(
    'query($search: String) { reps(first: 1, filter: { search: $search }) { edges { node { id name } } } }',
    { search: 'Moses' },
  );
  const rep = data.reps.edges[0]?.node;
  if (!rep || rep.name !== REP) throw new Error(`${REP} not found`);
  return rep.id;
}

async function ruleOf(id: string): Promise<Rule> {
  const data = await api<{ routingRules: Rule[] }>('{ routingRules { repId weight capacityPerMonth } }');
  return (
    data.routingRules.find((rule) => rule.repId === id) ?? { repId: id, weight: 1, capacityPerMonth: null }
  );
}

function setRule(rule: Rule): Promise<unknown> {
  return api('mutation($input: SetRoutingRuleInput!) { setRoutingRule(input: $input) }', {
    input: { repId: rule.repId, weight: rule.weight, capacityPerMonth: rule.capacityPerMonth },
  });
}

/** The newest audit event of the rep's rule, as the API has it. */
async function latestRuleEvent(id: string): Promise<AuditEvent> {
  const data = await api<{ auditEvents: { edges: { node: AuditEvent }[] } }>(
    'query($filter: AuditEventFilter) { auditEvents(first: 1, filter: $filter) { edges { node { id action summary before after } } } }',
    { filter: { entityType: 'routing_rule', entityId: id, action: 'routing.set_rule' } },
  );
  return data.auditEvents.edges[0].node;
}

/** Waits until the search has answered: every row shown is about `summary`. */
async function searchFor(page: Page, summary: string): Promise<void> {
  await page.getByTestId('audit-search').fill(summary);
  await page.waitForFunction((text) => {
    const rows = Array.from(document.querySelectorAll('[data-testid="audit-summary"]'));
    return (
      rows.length > 0 &&
      rows.every((row) => row.textContent?.includes(text)) &&
      !document.querySelector('mat-progress-bar')
    );
  }, summary);
}

async function hasPageOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [document.documentElement, ...Array.from(document.querySelectorAll('mat-sidenav-content, main'))].some(
      (element) => element.scrollWidth > element.clientWidth + 1,
    ),
  );
}

describe('the audit trail page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let seeded: Rule;
  let event: AuditEvent;

  beforeAll(async () => {
    browser = await launchBrowser();
    const id = await repId();
    seeded = await ruleOf(id);
    // Two known changes, so the second has a recorded state before it: weight 2, then 3.
    await setRule({ ...seeded, weight: 2 });
    await setRule({ ...seeded, weight: 3 });
    event = await latestRuleEvent(id);
  });

  afterAll(async () => {
    // Other suites run on the same database: leave the rep's rule as it was.
    if (seeded) await setRule(seeded);
    await browser.close();
  });

  afterEach(() => page.close());

  it('should let the admin find the change, see before and after, and export the matches', async () => {
    // The API recorded the known change with both states.
    expect(event.summary).toContain(`${REP}: weight 3`);
    expect(JSON.parse(event.before ?? 'null')).toEqual(expect.objectContaining({ weight: 2 }));
    expect(JSON.parse(event.after ?? 'null')).toEqual(expect.objectContaining({ weight: 3 }));

    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row').first().waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('audit-total').textContent()).toMatch(/in total/),
    );

    await searchFor(page, event.summary);
    const row = page.getByTestId('audit-row').first();
    await eventually(async () =>
      expect(await row.getByTestId('audit-action-chip').textContent()).toBe('routing.set_rule'),
    );
    await eventually(async () =>
      expect(await row.getByTestId('audit-actor-name').textContent()).toBe('Sales Ops Admin'),
    );
    await eventually(async () =>
      expect(await row.getByTestId('audit-entity').textContent()).toMatch(/Routing rule/),
    );
    await screenshot(page, '90-audit');

    await row.click();
    const detail = page.getByTestId('audit-detail');
    await detail.waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('audit-detail-summary').textContent()).toBe(event.summary),
    );
    await eventually(async () =>
      expect(await page.getByTestId('audit-detail-changed').textContent()).toMatch(/Changed: .*weight/),
    );
    const changedBefore = page.locator('[data-testid="audit-before-json"] [data-mark="changed"]');
    const changedAfter = page.locator('[data-testid="audit-after-json"] [data-mark="changed"]');
    await eventually(async () => expect(await changedBefore.first().textContent()).toContain('"weight": 2'));
    await eventually(async () => expect(await changedAfter.first().textContent()).toContain('"weight": 3'));
    // Before and after stand side by side on a wide screen.
    await eventually(async () => {
      const beforeBox = await page.getByTestId('audit-before').boundingBox();
      const afterBox = await page.getByTestId('audit-after').boundingBox();
      expect(afterBox?.x ?? 0).toBeGreaterThan((beforeBox?.x ?? 0) + (beforeBox?.width ?? 0) - 1);
    });
    await page.waitForTimeout(300); // the dialog settles
    await screenshot(page, '91-audit-detail');

    // The item's history: every change to this rule, the new one first.
    await page.getByTestId('audit-show-history').click();
    await page.getByTestId('audit-entity-focus').waitFor();
    await page.getByTestId('audit-detail').waitFor({ state: 'detached' });
    await eventually(async () => expect(await page.getByTestId('audit-search').inputValue()).toBe(''));
    await page.waitForFunction(() => !document.querySelector('mat-progress-bar'));
    await eventually(async () =>
      expect(await page.getByTestId('audit-summary').first().textContent()).toContain(event.summary),
    );
    await eventually(async () => {
      const kinds = await page.getByTestId('audit-action-chip').allTextContents();
      expect(new Set(kinds.map((kind) => kind.trim()))).toEqual(new Set(['routing.set_rule']));
    });

    let total = 0;
    await eventually(async () => {
      total = Number((await page.getByTestId('audit-total').textContent())?.replace(/\D/g, ''));
      expect(total).toBeGreaterThanOrEqual(1);
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Time (UTC),Who,User ID,Action,Item type,Item ID,Summary,Before,After');
    expect(lines).toHaveLength(total + 1);
    expect(lines[1]).toContain(event.summary);
    expect(lines[1]).toContain('routing.set_rule');
  });

  it('should fit a phone screen, with the table scrolling inside its panel and the states stacked', async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${BASE_URL}/audit`);
    await page.getByTestId('audit-row').first().waitFor();
    await eventually(async () => expect(await hasPageOverflow(page)).toBe(false));
    await screenshot(page, '92-audit-phone');

    await searchFor(page, event.summary);
    await page.getByTestId('audit-summary').first().click();
    await page.getByTestId('audit-detail').waitFor();
    await eventually(async () => {
      const beforeBox = await page.getByTestId('audit-before').boundingBox();
      const afterBox = await page.getByTestId('audit-after').boundingBox();
      expect(afterBox?.y ?? 0).toBeGreaterThan((beforeBox?.y ?? 0) + (beforeBox?.height ?? 0) - 1);
    });
    await eventually(async () => expect(await hasPageOverflow(page)).toBe(false));
  });

  it('should keep the audit trail from a manager', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await login(page, 'melvin.marxen@salesops.demo', 'demo-pass');
    await page.getByTestId('nav-dashboard').waitFor();
    await eventually(async () => expect(await page.getByTestId('nav-audit').count()).toBe(0));

    await page.goto(`${BASE_URL}/audit`);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await eventually(async () => expect(await page.getByTestId('audit-table').count()).toBe(0));
  });
});
