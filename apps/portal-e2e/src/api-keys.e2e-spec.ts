import { type Browser, type Locator, type Page } from 'playwright-core';

import { BASE_URL, eventually, launchBrowser, login, screenshot } from './browser';

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** What an integration does: a GraphQL request with the key as its bearer token. */
async function callWithKey(
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer;
}

/** Revokes the active keys of this name, as the admin, straight through the API. */
async function revokeAsAdmin(keyName: string): Promise<void> {
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as { data: Record<string, unknown> }).data;
  };
  const login = (await post('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email: 'admin@salesops.demo', password: 'demo-admin' },
  })) as { login: { token: string } };
  const keys = (await post('{ apiKeys { id name active } }', {}, login.login.token)) as {
    apiKeys: { id: string; name: string; active: boolean }[];
  };
  for (const key of keys.apiKeys.filter((k) => k.name === keyName && k.active)) {
    await post('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.id }, login.login.token);
  }
}

const READ_REPS = '{ reps(first: 1) { totalCount } }';
const CREATE_TEAM = 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }';

async function hasPageOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [document.documentElement, ...Array.from(document.querySelectorAll('mat-sidenav-content, main'))].some(
      (element) => element.scrollWidth > element.clientWidth + 1,
    ),
  );
}

/** The table row of the key with this name. */
function rowOf(page: Page, name: string): Locator {
  return page
    .getByTestId('api-key-row')
    .filter({ has: page.getByTestId('api-key-row-name').getByText(name, { exact: true }) });
}

describe('the API keys page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  // A name of its own on every run: the suite must pass on a fresh database and on a used one.
  const name = `E2E integration ${Date.now()}`;
  let secret = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    // Should a step fail before the revoke, the key must not stay usable in a shared database.
    if (secret && !(await callWithKey(secret, READ_REPS)).errors) await revokeAsAdmin(name);
  });

  afterEach(() => page.close());

  it('should create a read-only key shown once, which reads, may not write, and stops when revoked', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-api-keys').click();
    await page.waitForURL((url) => url.pathname === '/api-keys');
    await page.getByTestId('api-keys-counts').waitFor();

    // A new key with READ only: READ is checked already.
    await page.getByTestId('api-key-new').click();
    await page.getByTestId('api-key-name').fill(name);
    await eventually(async () =>
      expect(await page.getByTestId('api-key-scope-READ').locator('input').isChecked()).toBe(true),
    );
    for (const scope of ['WRITE_ORG', 'WRITE_PIPELINE', 'WRITE_GOALS', 'WRITE_TOOLS']) {
      await eventually(async () =>
        expect(await page.getByTestId(`api-key-scope-${scope}`).locator('input').isChecked()).toBe(false),
      );
    }
    await page.getByTestId('form-save').click();

    // The secret, this once, with the warning and a curl line for this portal.
    await page.getByTestId('api-key-secret').waitFor();
    await eventually(async () => {
      secret = ((await page.getByTestId('api-key-secret').textContent()) ?? '').trim();
      expect(secret).toMatch(/^sok_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    });
    await eventually(async () =>
      expect(await page.getByTestId('api-key-copy-warning').textContent()).toContain(
        'it will not be shown again',
      ),
    );
    await eventually(async () =>
      expect(await page.getByTestId('api-key-curl').textContent()).toContain(
        `curl -H "Authorization: Bearer ${secret}" -H "content-type: application/json"`,
      ),
    );
    await eventually(async () =>
      expect(await page.getByTestId('api-key-curl').textContent()).toContain(
        `${new URL(BASE_URL).origin}/graphql`,
      ),
    );
    await page.getByTestId('api-key-copy').click();
    // Copied, or, where the browser refuses the clipboard, selected for Ctrl+C.
    await page
      .getByTestId('api-key-copy-status')
      .filter({ hasText: /Copied|selected/ })
      .waitFor();
    await page.waitForTimeout(300); // the dialog settles
    await screenshot(page, '96-api-key-created');

    // The integration uses the key: it reads, and may not write outside its scopes.
    const read = await callWithKey(secret, READ_REPS);
    expect(read.errors).toBeUndefined();
    expect((read.data?.['reps'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
    const write = await callWithKey(secret, CREATE_TEAM, { input: { name: `${name} team` } });
    expect(write.data?.['createTeam'] ?? null).toBeNull();
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(write.errors?.[0]?.message).toContain('WRITE_ORG');

    // Neither Escape nor "Done" closes the panel before the copy is confirmed.
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await page.getByTestId('api-key-secret').count()).toBe(1));
    await eventually(async () => expect(await page.getByTestId('api-key-done').isDisabled()).toBe(true));
    await page.getByTestId('api-key-confirm-copied').click();
    await page.getByTestId('api-key-done').click();
    await page.getByTestId('api-key-created').waitFor({ state: 'detached' });

    // The list has the key, never its secret; after a reload its last use shows.
    const row = rowOf(page, name);
    await row.waitFor();
    await eventually(async () =>
      expect(await row.getByTestId('api-key-row-prefix').textContent()).toBe(secret.slice(0, 12)),
    );
    await eventually(async () =>
      expect(await row.getByTestId('api-key-scope-chip').allTextContents()).toEqual(['Read everything']),
    );
    await eventually(async () =>
      expect(await row.getByTestId('api-key-row-status').textContent()).toBe('Active'),
    );
    await page.reload();
    await rowOf(page, name).waitFor();
    await eventually(async () =>
      expect(await rowOf(page, name).getByTestId('api-key-row-last-used').textContent()).not.toMatch(/Never/),
    );
    await eventually(async () => expect(await page.content()).not.toContain(secret.slice(13)));
    await screenshot(page, '95-api-keys');

    // Revoke, after confirming; the key then answers UNAUTHENTICATED.
    await rowOf(page, name).getByTestId('api-key-revoke').click();
    await page.getByTestId('confirm-ok').click();
    await rowOf(page, name).getByTestId('api-key-row-status').getByText('Revoked', { exact: true }).waitFor();
    await eventually(async () =>
      expect(await rowOf(page, name).getByTestId('api-key-revoke').count()).toBe(0),
    );
    await eventually(async () =>
      expect(await rowOf(page, name).getAttribute('class')).toContain('inactive-row'),
    );
    const refused = await callWithKey(secret, READ_REPS);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Hiding the inactive keys hides it.
    await page.getByTestId('api-keys-hide-inactive').locator('button').click();
    await rowOf(page, name).waitFor({ state: 'detached' });
    await page.getByTestId('api-keys-hide-inactive').locator('button').click();
    await rowOf(page, name).waitFor();
  });

  it('should fit a phone screen, the table scrolling inside its panel', async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${BASE_URL}/api-keys`);
    await rowOf(page, name).waitFor();
    await eventually(async () => expect(await hasPageOverflow(page)).toBe(false));
    await screenshot(page, '97-api-keys-phone');

    // The new key dialog fits too, and Cancel leaves without creating anything.
    await page.getByTestId('api-key-new').click();
    await page.getByTestId('api-key-name').waitFor();
    await eventually(async () => expect(await hasPageOverflow(page)).toBe(false));
    await eventually(async () => {
      const box = await page.locator('mat-dialog-container').boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    });
    await page.getByTestId('form-cancel').click();
    await page.getByTestId('api-key-name').waitFor({ state: 'detached' });
  });

  it('should keep the API keys from a manager', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await login(page, 'melvin.marxen@salesops.demo', 'demo-pass');
    await page.getByTestId('nav-dashboard').waitFor();
    await eventually(async () => expect(await page.getByTestId('nav-api-keys').count()).toBe(0));
    await page.goto(`${BASE_URL}/api-keys`);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await eventually(async () => expect(await page.getByTestId('api-key-new').count()).toBe(0));
  });
});
