import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { BASE_URL, eventually, launchBrowser, login, screenshot } from './browser';

const GATE_TEXT =
  "The API explorer is for admins and integrators' API keys. Sign in to the portal as an admin, or paste an API key.";
const REPS_QUERY = '{ reps(first: 3) { totalCount } }';

interface Seen {
  errors: string[];
  violations: string[];
}

/** Everything the context's pages log as an error, and every Content-Security-Policy violation they report. */
async function watch(context: BrowserContext): Promise<Seen> {
  const seen: Seen = { errors: [], violations: [] };
  context.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  context.on('weberror', (error) => seen.errors.push(error.error().message));
  // The browser's own report, which also covers violations it does not log.
  await context.exposeFunction('reportCspViolation', (text: string) => seen.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      void report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`,
      );
    });
  });
  return seen;
}

function cspErrors(seen: Seen): string[] {
  return [
    ...seen.violations,
    ...seen.errors.filter((text) => /Content Security Policy|Refused to/i.test(text)),
  ];
}

/** Types a query into GraphiQL's editor, runs it, and returns the result pane's JSON. */
async function run(
  page: Page,
  query: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  await page.locator('.graphiql-query-editor .CodeMirror').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response .CodeMirror-code');
  await result.filter({ hasText: /"(data|errors)"/ }).waitFor();
  const text = await page
    .locator('.graphiql-response .CodeMirror')
    .evaluate((element) =>
      (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
    );
  return JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
}

async function adminToken(): Promise<string> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { email: 'admin@salesops.demo', password: 'demo-admin' } },
    }),
  });
  return ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
}

async function asAdmin(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<unknown> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: unknown }).data;
}

describe('the API explorer (GraphiQL) in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should open from the portal for an admin, signed in already, and run a query', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const seen = await watch(context);
    page = await context.newPage();
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-api-explorer').waitFor();
    await screenshot(page, '98-api-explorer-nav');

    const [explorer] = await Promise.all([
      context.waitForEvent('page'),
      page.getByTestId('nav-api-explorer').click(),
    ]);
    await explorer.waitForURL((url) => url.pathname === '/graphiql');
    await explorer.locator('.graphiql-container').waitFor();
    await eventually(async () =>
      expect(await explorer.getByTestId('explorer-identity').textContent()).toMatch(
        /^Signed in as .+ \(admin\)$/,
      ),
    );
    await eventually(async () =>
      expect(await explorer.getByTestId('explorer-use-key').textContent()).toBe('Use an API key'),
    );

    const result = await run(explorer, REPS_QUERY);
    expect(result.errors).toBeUndefined();
    expect((result.data?.['reps'] as { totalCount: number }).totalCount).toBeGreaterThan(0);

    // The schema was read: the docs list the root types.
    await explorer.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await explorer.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await screenshot(explorer, '98-api-explorer');

    // GraphiQL's dialogs inject styles of their own; the CSP must let them.
    await explorer.getByRole('button', { name: 'Open settings dialog' }).click();
    await explorer.locator('.graphiql-dialog').waitFor();
    await screenshot(explorer, '98-api-explorer-settings');
    await explorer.keyboard.press('Escape');

    expect(cspErrors(seen)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('should take an API key pasted by an integrator without a portal session, keep it in the tab only, and forget it', async () => {
    const token = await adminToken();
    const name = `E2E explorer ${Date.now()}`;
    const created = (await asAdmin(
      token,
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }',
      {
        input: { name, scopes: ['READ'] },
      },
    )) as { createApiKey: { key: string; apiKey: { id: string } } };
    const key = created.createApiKey.key;
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    try {
      const seen = await watch(context);
      page = await context.newPage();
      await page.goto(`${BASE_URL}/graphiql`);
      await eventually(async () =>
        expect(await page.getByTestId('explorer-gate-text').textContent()).toBe(GATE_TEXT),
      );
      await eventually(async () =>
        expect(await page.getByTestId('explorer-identity').textContent()).toBe('Not signed in'),
      );

      // A mistyped key is caught before it is sent; a well-formed but unknown one is refused by the API.
      await page.getByTestId('explorer-key-input').fill('sok_not-a-key');
      await page.getByTestId('explorer-key-submit').click();
      await eventually(async () =>
        expect(await page.getByTestId('explorer-key-error').textContent()).toMatch(/^That is not an API key/),
      );
      await page.getByTestId('explorer-key-input').fill(`${key.slice(0, -4)}AAAA`);
      await page.getByTestId('explorer-key-submit').click();
      await page
        .getByTestId('explorer-gate-text')
        .getByText(/was not accepted/)
        .waitFor();
      await screenshot(page, '98-api-explorer-key-refused');

      await page.getByTestId('explorer-key-input').fill(key);
      await page.getByTestId('explorer-key-submit').click();
      await page.locator('.graphiql-container').waitFor();
      await eventually(async () =>
        expect(await page.getByTestId('explorer-identity').textContent()).toBe(
          `API key ${key.slice(0, 12)}…`,
        ),
      );
      const result = await run(page, REPS_QUERY);
      expect((result.data?.['reps'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
      await screenshot(page, '98-api-explorer-key');

      // Kept for this tab: a reload keeps it, localStorage never sees it.
      await eventually(async () =>
        expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(key.slice(13)),
      );
      await page.reload();
      await page.locator('.graphiql-container').waitFor();
      await eventually(async () =>
        expect(await page.getByTestId('explorer-identity').textContent()).toBe(
          `API key ${key.slice(0, 12)}…`,
        ),
      );

      // "Use another key" offers the form, and Cancel goes back to the explorer as it was.
      await page.getByTestId('explorer-use-key').click();
      await page.getByTestId('explorer-key-input').waitFor();
      await page.getByTestId('explorer-key-cancel').click();
      await page.locator('.graphiql-container').waitFor();

      await page.getByTestId('explorer-forget-key').click();
      await page.getByTestId('explorer-gate-text').waitFor();
      await eventually(async () =>
        expect(await page.getByTestId('explorer-gate-text').textContent()).toBe(GATE_TEXT),
      );
      await eventually(async () =>
        expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(key.slice(13)),
      );

      expect(cspErrors(seen)).toEqual([]);
      // The refused key's 403 is the only error the browser logs.
      expect(seen.errors.filter((text) => !/status of 403/.test(text))).toEqual([]);
    } finally {
      await context.close();
      await asAdmin(token, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', {
        id: created.createApiKey.apiKey.id,
      });
    }
  });

  it('should show a rep the plain gate, with the way back to the portal', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const seen = await watch(context);
    page = await context.newPage();
    await login(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
    await page.getByTestId('nav-me').waitFor();
    await eventually(async () => expect(await page.getByTestId('nav-api-explorer').count()).toBe(0));

    await page.goto(`${BASE_URL}/graphiql`);
    await eventually(async () =>
      expect(await page.getByTestId('explorer-gate-text').textContent()).toBe(GATE_TEXT),
    );
    await eventually(async () =>
      expect(await page.getByTestId('explorer-identity').textContent()).toBe(
        'Signed in as Darcel Schlecht (rep)',
      ),
    );
    await eventually(async () =>
      expect(await page.getByTestId('explorer-portal-link').getAttribute('href')).toBe('/'),
    );
    // GraphiQL was not even loaded for them.
    await eventually(async () => expect(await page.locator('.graphiql-container').count()).toBe(0));
    await eventually(async () => expect(await page.evaluate(() => 'GraphiQL' in window)).toBe(false));
    await screenshot(page, '98-api-explorer-gate');

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, '98-api-explorer-gate-phone');
    await eventually(async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= 390)).toBe(true),
    );

    await page.getByTestId('explorer-portal-link').click();
    await page.waitForURL((url) => url.pathname !== '/graphiql');
    expect(cspErrors(seen)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
