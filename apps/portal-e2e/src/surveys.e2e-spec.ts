import { type Browser, type Page } from 'playwright-core';

import { choose, eventually, launchBrowser, login, screenshot } from './browser';

const CRM = 'Salesforce Sales Cloud';
const REP_EMAIL = 'darcel.schlecht@salesops.demo';
const REP_NAME = 'Darcel Schlecht';
// The demo's named series: two closed waves, about 30 answers each.
const DEMO_SERIES = /Quarterly (sales )?tool pulse/;

/** How far the page is wider than the screen: the document, or the shell's scrolling content. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      ...[
        document.documentElement,
        ...Array.from(document.querySelectorAll<HTMLElement>('mat-sidenav-content, main')),
      ].map((element) => element.scrollWidth - element.clientWidth),
    ),
  );
}

/**
 * Opens a page from the menu once signed in. The landing page may still be settling its own URL
 * (the dashboard adds its period) and take the navigation back, so the click is tried again.
 */
async function openFromNav(page: Page, navTestId: string, readyTestId: string): Promise<void> {
  await page.getByTestId('logout').waitFor();
  for (let attempt = 0; ; attempt++) {
    await page.getByTestId(navTestId).click();
    try {
      await page.getByTestId(readyTestId).waitFor({ timeout: 5000 });
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

describe('surveys in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const title = `E2E CRM pulse ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  });

  afterEach(() => page.close());

  const surveyRow = (current: Page, text: string | RegExp) =>
    current.getByTestId('survey-row').filter({ hasText: text });

  it('should let an admin build a survey with a preview, publish it, and read a rep’s answers', async () => {
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await openFromNav(page, 'nav-surveys', 'surveys-table');
    await page.getByTestId('survey-new').click();
    await page.locator('[data-testid="survey-form"][data-ready="true"]').waitFor();

    // Details: one tool, named, everyone; it opens now (the default) and closes in two weeks.
    await page.getByTestId('survey-title-input').fill(title);
    await page
      .getByTestId('survey-description')
      .fill('Two minutes on the CRM. Your name is kept with your answers.');
    await choose(page, 'survey-tools', CRM);
    await page.keyboard.press('Escape');
    await page.getByTestId('audience-EVERYONE').click();

    // Four questions: CSAT and NPS about the CRM, a single choice and what they like.
    await page.getByTestId('add-csat').click();
    await page.getByTestId('add-nps').click();
    await page.getByTestId('add-single').click();
    await page.getByTestId('add-text-likes').click();
    const cards = page.getByTestId('question-card');
    await eventually(async () => expect(await cards.count()).toBe(4));
    await eventually(async () =>
      expect(await cards.nth(0).getByTestId('question-prompt').inputValue()).toBe(
        `How satisfied are you with ${CRM}?`,
      ),
    );
    const choice = cards.nth(2);
    await choice.getByTestId('question-prompt').fill('How often do you open it?');
    await choice.getByTestId('option-input').nth(0).fill('Every day');
    await choice.getByTestId('option-input').nth(1).fill('every day');

    // Options that repeat are refused next to the question, before anything is sent.
    await page.getByTestId('survey-save').click();
    await choice.getByTestId('error-question-options').filter({ hasText: 'differ' }).waitFor();
    await eventually(async () => expect(page.url()).toContain('/surveys/new'));
    await choice.getByTestId('option-input').nth(1).fill('Every week');
    await choice.getByTestId('option-add').click();
    await choice.getByTestId('option-input').nth(2).fill('Less often');
    await eventually(async () => expect(await choice.getByTestId('error-question-options').count()).toBe(0));

    // The preview shows the questions as a rep will see them.
    const preview = page.getByTestId('survey-preview');
    await preview.getByTestId('preview-title').filter({ hasText: title }).waitFor();
    const previewQuestions = preview.getByTestId('preview-question');
    await eventually(async () => expect(await previewQuestions.count()).toBe(4));
    await eventually(async () =>
      expect(await previewQuestions.nth(0).getAttribute('data-kind')).toBe('CSAT'),
    );
    await eventually(async () => expect(await previewQuestions.nth(1).locator('.score').count()).toBe(11));
    await eventually(async () => expect(await previewQuestions.nth(2).textContent()).toContain('Less often'));
    // The shell scrolls its content, not the document: back to the top for the builder, then the preview.
    await page.evaluate(() => document.querySelector('mat-sidenav-content')?.scrollTo(0, 0));
    await screenshot(page, '70-survey-builder');
    await previewQuestions.nth(3).scrollIntoViewIfNeeded();
    await screenshot(page, '71-survey-preview');

    // Saved as a draft, then published from the list behind a confirmation.
    await page.getByTestId('survey-save').click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]+\/edit$/);
    await page.getByTestId('survey-notice').filter({ hasText: 'Draft saved' }).waitFor();
    await page.getByTestId('survey-back').click();
    const row = surveyRow(page, title);
    await row.waitFor();
    await eventually(async () => expect(await row.getAttribute('data-status')).toBe('DRAFT'));
    await row.getByTestId('survey-more').click();
    await page.getByTestId('survey-publish').click();
    await eventually(async () =>
      expect(await page.locator('mat-dialog-container').textContent()).toContain('can no longer change'),
    );
    await page.getByTestId('confirm-ok').click();
    await page.locator(`[data-testid="survey-row"][data-status="OPEN"]`).filter({ hasText: title }).waitFor();

    // A rep answers on a phone, from My surveys.
    const rep = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await login(rep, REP_EMAIL, 'demo-pass');
      await rep.getByTestId('nav-toggle').click();
      await rep.getByTestId('nav-my-surveys').click();
      const mine = rep.locator('[data-testid^="my-survey-"]').filter({ hasText: title });
      await mine.waitFor();
      await mine.click();
      await rep.getByTestId('csat-1-4').check();
      await rep.getByTestId('nps-2-9').check();
      await rep.getByTestId('choice-3-0').check();
      await rep.getByTestId('text-4').fill('Pipeline views are quick to filter');
      await rep.getByTestId('survey-submit').click();
      await rep.getByTestId('survey-sent').waitFor();
    } finally {
      await rep.close();
    }

    // The admin sees the answer: 1 response, the CSAT distribution, and who has not answered yet.
    await page.reload();
    await surveyRow(page, title).getByTestId('survey-results').click();
    await page.getByTestId('results-summary').waitFor();
    await page
      .getByTestId('results-responses')
      .filter({ hasText: /^\s*1\s*$/ })
      .waitFor();
    const csat = page.locator('[data-testid="result-question"][data-kind="CSAT"]');
    await eventually(async () =>
      expect(
        await csat.locator('[data-testid="result-bucket"][data-label="4"]').getAttribute('data-count'),
      ).toBe('1'),
    );
    await eventually(async () =>
      expect(
        await csat.locator('[data-testid="result-bucket"][data-label="5"]').getAttribute('data-count'),
      ).toBe('0'),
    );
    await eventually(async () =>
      expect(await csat.getByTestId('result-csat').textContent()).toContain('100%'),
    );
    const nps = page.locator('[data-testid="result-question"][data-kind="NPS"]');
    await eventually(async () => expect(await nps.getByTestId('nps-promoters').textContent()).toContain('1'));
    await eventually(async () =>
      expect(await page.getByTestId('text-group-LIKES').textContent()).toContain(REP_NAME),
    );
    const notAnswered = page.getByTestId('not-answered-row');
    await eventually(async () => expect(await notAnswered.count()).toBeGreaterThan(0));
    await eventually(async () =>
      expect(await page.getByTestId('not-answered-list').textContent()).not.toContain(REP_NAME),
    );
    await eventually(async () => expect(await page.getByTestId('copy-emails').isVisible()).toBe(true));
    await screenshot(page, '72-survey-results');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('nav-toggle').waitFor();
    await page.getByTestId('results-questions').waitFor();
    await eventually(async () => expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0));
    await screenshot(page, '73-survey-results-phone');
  });

  it('should chart the results of the demo pulse survey’s second wave and its trend', async () => {
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await openFromNav(page, 'nav-surveys', 'surveys-table');
    await choose(page, 'survey-status-filter', 'Closed');
    const wave2 = surveyRow(page, DEMO_SERIES).filter({ hasText: 'Wave 2' }).first();
    await wave2.waitFor();
    await wave2.getByTestId('survey-results').click();
    await page.getByTestId('results-questions').waitFor();

    await eventually(async () =>
      expect(Number((await page.getByTestId('results-responses').textContent())?.trim())).toBeGreaterThan(10),
    );
    await eventually(async () =>
      expect(await page.locator('[data-testid="result-question"][data-kind="CSAT"]').count()).toBeGreaterThan(
        0,
      ),
    );
    await page
      .locator('[data-testid="result-question"][data-kind="NPS"]')
      .getByTestId('result-nps-bar')
      .waitFor();
    await page.getByTestId('results-texts').waitFor();
    await page.getByTestId('trend-csat').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('trend-csat').locator('circle').count()).toBeGreaterThanOrEqual(2),
    );
    await page.getByTestId('trend-waves').waitFor();
  });
});
