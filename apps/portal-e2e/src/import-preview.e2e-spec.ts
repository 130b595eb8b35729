import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { parseCsv } from '@salesops/domain';
import { type Browser, type Page } from 'playwright-core';

import { eventually, launchBrowser, login, screenshot } from './browser';

// Another CRM's export: two-digit day-first years, its own stage names and column names, extra columns.
const TWO_DIGIT = resolve(__dirname, '../../api/src/testing/fixtures/two-digit-years.csv');

describe('an import of another CRM, previewed before anything is stored, in Chromium', () => {
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

  /**
   * Picks an option of a Material select from the keyboard: an empty select's label lies over it, so a
   * click there lands on the label. Waits for the panel to close before the next step.
   */
  async function choose(testId: string, option: string): Promise<void> {
    await page.getByTestId(testId).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: option, exact: true }).click();
    await page.locator('.cdk-overlay-backdrop').waitFor({ state: 'detached' });
  }

  const text = async (testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

  it('should check the dates against the file and preview the import, storing nothing', async () => {
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('import-file').setInputFiles(TWO_DIGIT);
    await page.getByTestId('import-format-mapped').click();
    await choose('map-stage', 'pipeline_stage');
    await choose('map-account', 'organization');
    await choose('map-engageDate', 'add_time');
    await choose('map-closeDate', 'won_time');
    await page.getByTestId('stage-pair-add').click();
    await page.getByTestId('stage-value-0').fill('lead in');
    await choose('stage-name-0', 'Prospecting');
    await page.getByTestId('stage-pair-add').click();
    await page.getByTestId('stage-value-1').fill('qualified');
    await choose('stage-name-1', 'Engaging');

    // ISO dates, the default, read none of the file's dates: said, with the layouts that would.
    await eventually(async () =>
      expect(await text('date-check')).toContain('are not written like 2017-03-31'),
    );
    expect(await text('date-check')).toContain('31-03-17 · 17-03-31');
    await choose('map-dateFormat', '31-03-17');
    // Day first or year first: the file alone cannot say, and the form says so.
    await eventually(async () => expect(await text('date-check')).toContain('more than one layout'));
    await screenshot(page, 'import-01-mapping-dates');
    await page.getByTestId('map-createAccounts').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-01-mapping-missing');

    await page.getByTestId('import-preview').click();
    await eventually(async () => expect(await text('import-dry-run')).toBe('Preview'), 30_000);
    await eventually(async () => expect(await text('import-status')).toBe('Some rows would be refused'));
    expect(await text('count-inserted')).toBe('5');
    expect(await text('count-rejected')).toBe('3');
    // Closed the day before it was added: stored and flagged, not refused.
    expect((await text('count-flagged')).trim()).toBe('1');
    await eventually(async () =>
      expect(await text('preview-flagged')).toContain('Closed before engaged: 1 (first lines 7)'),
    );
    // The first rows as they would be stored: 20-10-16 is 20 October 2016.
    await eventually(async () => expect(await page.getByTestId('preview-row').count()).toBe(5));
    expect(await text('preview-engage')).toContain('Oct 20, 2016');
    expect(await page.getByTestId('preview-group').count()).toBe(7);
    expect((await text('preview-group')).trim()).toBe(
      'owner "Nobody Known" is not a known rep: 2 rows (lines 5, 9)',
    );
    // A row with four problems lists all four.
    const four = page.getByTestId('rejection-row').filter({ hasText: 'Hoverboard' });
    await expect(four.locator('li').count()).resolves.toBe(4);
    await page.getByTestId('preview-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-02-preview');

    // The refused rows as a file: the export's own columns and cells, then the line and every problem.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')).filter((row) =>
      row.some((cell) => cell !== ''),
    );
    const original = parseCsv(readFileSync(TWO_DIGIT, 'utf8'));
    expect(rows[0]).toEqual([...original[0], 'Line', 'Problems']);
    expect(rows[1].slice(0, original[0].length)).toEqual(original[4]);
    expect(rows[1].at(-1)).toContain('; ');

    // The names it does not know, mapped from the preview into the mapping: a stage and a rep.
    expect(await text('unknown-names')).toContain('Rep "Nobody Known", rows refused: 2');
    await choose('unknown-stage-negotiation', 'Engaging');
    await page.getByTestId('unknown-rep-Nobody Known').fill('Moses');
    await page.getByRole('option').filter({ hasText: 'Moses Frase' }).first().click();
    await eventually(async () => expect(await text('rep-names')).toContain('Nobody Known → Moses Frase'));
    expect(await page.getByTestId('stage-value-2').inputValue()).toBe('negotiation');
    await page.getByTestId('unknown-names').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-03-unknown-names');
    await page.getByTestId('import-preview').click();
    // Line 9 now has a rep; lines 4 and 5 still have other problems.
    await eventually(async () => expect(await text('count-inserted')).toBe('6'), 30_000);
    expect(await text('count-rejected')).toBe('2');

    // One click would import the same file; the suites share one database, so this one stores nothing
    // (the API's import-preview spec imports after a preview and finds the same counts).
    expect(await page.getByTestId('import-commit').isVisible()).toBe(true);

    // The next export of the same CRM: the mapping of an earlier import, in one pick.
    await page.reload();
    await page.getByTestId('import-file').setInputFiles(TWO_DIGIT);
    await page.getByTestId('import-format-mapped').click();
    await page.getByTestId('import-reuse').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option').filter({ hasText: 'two-digit-years.csv' }).first().click();
    await page.locator('.cdk-overlay-backdrop').waitFor({ state: 'detached' });
    await eventually(async () => expect(await text('map-stage')).toContain('pipeline_stage'));
    expect(await page.getByTestId('stage-value-1').inputValue()).toBe('qualified');
    expect(await text('map-dateFormat')).toContain('31-03-17');
    await page.getByTestId('import-preview').click();
    await eventually(async () => expect(await text('count-inserted')).toBe('6'), 30_000);
    expect(await text('count-rejected')).toBe('2');
    await screenshot(page, 'import-04-reused-mapping');
  });

  it("should preview a team's org from a file, storing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'org-import-'));
    const file = join(dir, 'people.csv');
    writeFileSync(
      file,
      'Full name,Manager,Office\nAda Lovelace,Grace Hopper,Nordics\nAlan Turing,Grace Hopper,Nordics\n,Grace Hopper,Nordics\n',
    );
    try {
      await login(page, 'admin@salesops.demo', 'demo-admin');
      await page.getByTestId('nav-reps').click();
      await page.getByTestId('org-import-open').click();
      await page.getByTestId('org-file').setInputFiles(file);
      await eventually(async () => expect(await text('org-map-rep')).toContain('Full name'));
      expect(await text('org-map-region')).toContain('Office');
      await page.getByTestId('org-email-domain').fill('nordic.test');
      await page.getByTestId('org-preview').click();
      await eventually(async () =>
        expect(await text('org-result')).toContain('Would create: 2 reps, 2 teams, 1 manager logins'),
      );
      expect(await text('org-refused')).toContain('Line 4: rep is empty');
      await screenshot(page, 'import-05-org-preview');
      // Preview only: the suites share one database and count its reps.
      await page.getByTestId('form-cancel').click();
      await page.getByTestId('reps-search').fill('Lovelace');
      await eventually(async () => expect(await text('reps-total')).toContain('0'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
