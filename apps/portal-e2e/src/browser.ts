import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const BASE_URL = process.env['E2E_BASE_URL'] as string;
const OUTPUT_DIR = process.env['E2E_OUTPUT_DIR'] ?? 'test-output/portal-e2e';

const browsers = new Set<Browser>();

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  browsers.add(browser);
  browser.on('disconnected', () => browsers.delete(browser));
  return browser;
}

/**
 * Called by the test environment (environment.ts) when a test fails, while its pages are still open:
 * photographs each one and says where it was and which errors it showed.
 */
async function recordFailure(testName: string): Promise<string[]> {
  const pages = [...browsers].flatMap((browser) => browser.contexts().flatMap((context) => context.pages()));
  const slug = testName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80);
  const notes: string[] = [];
  for (const [index, page] of pages.entries()) {
    const name = `failed-${slug}-${index + 1}`;
    await screenshot(page, name).catch(() => undefined);
    const errors = await page
      .locator('[role="alert"], mat-error, .mat-mdc-form-field-error')
      .allInnerTexts()
      .catch(() => []);
    const shown = errors.map((text) => text.trim()).filter(Boolean);
    notes.push(
      `  ${page.url()} (${name}.png)${shown.length ? `; errors shown: ${shown.join(' | ').slice(0, 300)}` : ''}`,
    );
  }
  return notes;
}
(globalThis as { __e2eOnFailure?: typeof recordFailure }).__e2eOnFailure = recordFailure;

/**
 * Runs an assertion again until it passes or the time is up, like Playwright's `toPass()`. A read such as
 * `textContent()` or `count()` answers at once, while a page may still be rendering, or may still show its
 * last answer while the next one loads (`keptWhileLoading`): read once, it can catch the page mid-change.
 */
export async function eventually(assertion: () => Promise<unknown>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Waits until the Material dialog holding `field` has taken the focus. A dialog focuses its first field only
 * when its opening animation ends; typing into another field before then can land in the first one instead
 * (`fill()` focuses its field, then types into whatever has the focus).
 */
export async function dialogFocused(field: Locator): Promise<void> {
  const dialog = await field.locator('xpath=ancestor::mat-dialog-container').elementHandle();
  try {
    await field.page().waitForFunction((element) => !!element?.contains(document.activeElement), dialog);
  } finally {
    await dialog?.dispose();
  }
}

/** A GraphQL call from the test itself, to arrange data without the UI; throws on any error. */
export async function gql<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Where a screenshot of that name goes (for a screenshot of one element: `locator.screenshot({ path })`). */
export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return join(OUTPUT_DIR, `${name}.png`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`), fullPage: true });
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Opens a Material select by its test id and picks the option with the given text. */
export async function choose(page: Page, testId: string, optionText: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: optionText, exact: true }).click();
}
