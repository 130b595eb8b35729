import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, eventually, launchBrowser, login, screenshot } from './browser';

const DEMO_CSV = resolve(__dirname, '../../../data/crm-sales-opportunities/sales_pipeline.csv');
const HEADER = 'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value';

describe('the pipeline and performance pages in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let tempDir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    tempDir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  });

  afterAll(async () => {
    rmSync(tempDir, { recursive: true, force: true });
    await browser.close();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  });

  afterEach(() => page.close());

  async function runImport(file: string): Promise<void> {
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-progress').waitFor();
    // The outcome shows once the upload has answered and the status left RUNNING.
    await page
      .getByTestId('import-status')
      .filter({ hasNotText: /Running/ })
      .waitFor({ timeout: 90_000 });
  }

  it('should import the demo deals again without changing them, list a rejected row, and show them on the dashboard and comparison pages', async () => {
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('import-start').waitFor();
    await screenshot(page, '11-imports');

    await runImport(DEMO_CSV);
    await eventually(async () =>
      expect(await page.getByTestId('import-status').textContent()).toContain('Succeeded'),
    );
    await eventually(async () =>
      expect(await page.getByTestId('count-rowsRead').textContent()).toBe('8,800'),
    );
    await eventually(async () =>
      expect(await page.getByTestId('count-unchanged').textContent()).toBe('8,800'),
    );
    await eventually(async () => expect(await page.getByTestId('count-rejected').textContent()).toBe('0'));
    await eventually(async () =>
      expect(await page.getByTestId('import-progress').getAttribute('aria-valuenow')).toBe('100'),
    );
    await page.waitForTimeout(400); // the bar animates to its new width
    await screenshot(page, '12-import-succeeded');

    const bad = join(tempDir, 'bad-deals.csv');
    writeFileSync(
      bad,
      `${HEADER}\n1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054\nZZBAD001,Moses Frase,GTXPro,Cancity,Negotiation,2017-01-02,,\n`,
    );
    await runImport(bad);
    await page.getByTestId('rejection-row').first().waitFor();
    await eventually(async () => expect(await page.getByTestId('count-rejected').textContent()).toBe('1'));
    await eventually(async () => expect(await page.getByTestId('count-unchanged').textContent()).toBe('1'));
    // One row stored, one refused: said as such, not as a success.
    await eventually(async () =>
      expect(await page.getByTestId('import-status').textContent()).toContain('Partly imported'),
    );
    await eventually(async () => expect(await page.getByTestId('rejection-row').count()).toBe(1));
    await eventually(async () =>
      expect(await page.getByTestId('rejection-line').textContent()).toContain('3'),
    );
    await eventually(async () =>
      expect(await page.getByTestId('rejection-reason').textContent()).toMatch(/Negotiation/),
    );
    await eventually(async () =>
      expect(await page.getByTestId('import-job-row').count()).toBeGreaterThanOrEqual(2),
    );
    await page.waitForTimeout(400);
    await screenshot(page, '13-import-rejections');

    // The same refusal in Korean: the reason is worded from its key and facts, the CRM's value kept as is.
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    await page.getByTestId('import-job-row').first().click();
    await eventually(async () =>
      expect((await page.getByTestId('rejection-reason').textContent())?.trim()).toBe(
        'deal_stage의 "Negotiation"은(는) 영업 프로세스의 단계가 아닙니다',
      ),
    );
    await screenshot(page, '13-import-rejections-ko');
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    // What the imported deals show: the dashboard for FY2017-Q3, then the comparison page.
    await page.goto(`${BASE_URL}/dashboard?period=FY2017-Q3`);
    await page.getByTestId('period-range').filter({ hasText: /2017/ }).waitFor();
    await page.getByTestId('tree-row').filter({ hasText: 'Central' }).waitFor();
    await page.getByTestId('funnel-step').first().waitFor();
    await screenshot(page, '14-import-then-dashboard-fy2017-q3');
    await page.goto(`${BASE_URL}/comparison?period=FY2017-Q3`);
    await page.getByTestId('cmp-row').filter({ hasText: 'Darcel Schlecht' }).waitFor();
    await screenshot(page, '15-import-then-comparison-fy2017-q3');
  });

  it('should rank the reps of a quarter and list the deals', async () => {
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-performance').click();
    await page.getByTestId('leaderboard-row').first().waitFor();
    await page.getByTestId('period-key').fill('FY2017-Q3');
    await page.getByTestId('period-range').filter({ hasText: /2017/ }).waitFor();
    const leader = page.getByTestId('leaderboard-row').first();
    await leader.filter({ hasText: 'Darcel Schlecht' }).waitFor();
    await eventually(async () =>
      expect(await leader.getByTestId('leaderboard-rank').textContent()).toContain('1'),
    );
    await screenshot(page, '14-leaderboard');

    await page.getByTestId('nav-deals').click();
    await page.getByTestId('deals-table').waitFor();
    await page.getByTestId('deal-row').first().waitFor();
    await eventually(async () => expect(await page.getByTestId('deal-row').count()).toBe(20));
    await page.getByTestId('deals-total').filter({ hasText: '8,800' }).waitFor();
    await screenshot(page, '16-deals');
  });

  it('should fit the leaderboard on a phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await login(phone, 'admin@salesops.demo', 'demo-admin');
      await phone.getByTestId('user-name').waitFor({ state: 'attached' });
      await phone.goto(`${BASE_URL}/performance`);
      await phone.getByTestId('leaderboard-row').first().waitFor();
      // Nothing but the table (which scrolls inside its panel) may be wider than the screen.
      await eventually(async () =>
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390),
      );
      await screenshot(phone, '15-leaderboard-phone');
    } finally {
      await phone.close();
    }
  });

  it('should show a rep only their own performance', async () => {
    await login(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
    await page.getByTestId('nav-performance').click();
    // One rep, one row: the figures the cards do not show come as a list, not a one-row table.
    await page.getByTestId('my-figures').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('my-figures-team').textContent()).toContain('Darcel Schlecht'),
    );
    expect(await page.getByTestId('leaderboard-table').count()).toBe(0);
    expect(await page.getByTestId('my-figures').count()).toBe(1);
    await eventually(async () => expect(await page.getByTestId('nav-deals').count()).toBe(0));
    await screenshot(page, '17-my-performance');
  });
});
