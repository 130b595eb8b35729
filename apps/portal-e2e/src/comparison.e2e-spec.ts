import { type Browser, type Page } from 'playwright-core';

import { eventually, launchBrowser, login, screenshot } from './browser';

// Values from the seeded demo data for FY2017-Q3 (checked against the API). Reps the other suites
// move between teams (Darcel Schlecht) are only used for what does not depend on their team.
const PERIOD_RANGE = 'Jul 1, 2017 – Sep 30, 2017';

describe('the rep comparison in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  });

  afterEach(() => page.close());

  const row = (p: Page, name: string) => p.getByTestId('cmp-row').filter({ hasText: name });

  it('should explain outliers and flags, compare two reps side by side and show lead fairness', async () => {
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-comparison').click();
    await page.getByTestId('cmp-row').first().waitFor();

    await page.getByTestId('period-key').fill('FY2017-Q3');
    await page.getByTestId('period-range').filter({ hasText: PERIOD_RANGE }).waitFor();
    // Ranked by won revenue: the quarter's leader first, with the exact figure.
    const first = page.getByTestId('cmp-row').first();
    await first.filter({ hasText: 'Darcel Schlecht' }).filter({ hasText: '$373,218' }).waitFor();
    await eventually(async () => expect(await first.getByTestId('cmp-rank').textContent()).toContain('1'));
    await eventually(async () => expect(await page.getByTestId('cmp-row').count()).toBe(35));

    // Carl Lin engaged and closed nothing this quarter: not a low outlier, but "no activity", said so.
    const carl = row(page, 'Carl Lin');
    await carl.getByTestId('cmp-no-activity').waitFor();
    await eventually(async () => expect(await carl.getByTestId('cmp-outlier').count()).toBe(0));
    await carl.getByTestId('cmp-expand').click();
    await page
      .getByTestId('cmp-not-judged')
      .filter({ hasText: 'No deal engaged or closed in the period: not compared with the team.' })
      .waitFor();
    // Darcel Schlecht's quarter stands out in his team, explained in words.
    await row(page, 'Darcel Schlecht').getByTestId('cmp-expand').click();
    const reason = page
      .getByTestId('cmp-outlier-reason')
      .filter({ hasText: "above the Melvin Marxen's team median" })
      .first();
    await reason.waitFor();
    await eventually(async () =>
      expect(await reason.textContent()).toMatch(
        /Won revenue \$373,218 is ([\d.]+|more than 10) robust deviations above/,
      ),
    );

    // A red flag reads in words too: Markita Hansen has deals stuck for twice the team median.
    const markita = row(page, 'Markita Hansen');
    await eventually(async () =>
      expect(await markita.getByTestId('cmp-flag').textContent()).toContain('Flags: 1'),
    );
    await markita.getByTestId('cmp-expand').click();
    await page
      .getByTestId('cmp-flag-text')
      .filter({ hasText: /Open deals engaged more than \d+ days ago \(twice the team median\): 3/ })
      .waitFor();
    await screenshot(page, '30-comparison');

    // Two reps side by side: funnels against their team medians, the weakest step with its reason.
    await row(page, 'Donn Cantrell').getByTestId('cmp-select').locator('input').check();
    await markita.getByTestId('cmp-select').locator('input').check();
    const cards = page.getByTestId('cmp-card');
    await cards.nth(1).waitFor();
    await eventually(async () => expect(await cards.count()).toBe(2));
    await eventually(async () =>
      expect(await cards.getByTestId('cmp-card-name').allTextContents()).toEqual([
        'Donn Cantrell',
        'Markita Hansen',
      ]),
    );
    const donn = cards.first();
    await eventually(async () => expect(await donn.getByTestId('cmp-funnel-step').count()).toBe(3));
    await eventually(async () => expect(await donn.getByTestId('cmp-funnel-marker').count()).toBe(2));
    await eventually(async () =>
      expect(await donn.getByTestId('cmp-card-weakest').textContent()).toMatch(
        /Wins (59\.[5-9]|60(\.[0-4])?)% of closed deals against a team median of (63\.[5-9]|64(\.[0-4])?)%/,
      ),
    );
    await eventually(async () =>
      expect(await donn.locator('[data-testid="cmp-funnel-step"].weakest').getAttribute('data-step')).toBe(
        'WON',
      ),
    );
    await eventually(async () =>
      expect(await donn.getByTestId('cmp-card-won').textContent()).toContain('$160,284'),
    );
    let shared = '';
    await eventually(async () => {
      shared = page.url();
      expect(new URL(shared).searchParams.get('period')).toBe('FY2017-Q3');
      expect(new URL(shared).searchParams.get('reps')?.split(',')).toHaveLength(2);
    });
    await page.getByTestId('cmp-jump').click();
    await page.getByTestId('cmp-compare').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, '31-comparison-side-by-side');

    // How evenly each team's leads were shared, in words next to the Gini.
    const fairness = page.getByTestId('cmp-fairness-team');
    await eventually(async () => expect(await fairness.count()).toBeGreaterThanOrEqual(6));
    await eventually(async () =>
      expect(
        await fairness
          .filter({ hasText: "Dustin Brinkmann's team" })
          .getByTestId('cmp-gini-leads')
          .textContent(),
      ).toMatch(/even \(0\.152\)/),
    );
    await eventually(async () =>
      expect(
        await fairness.filter({ hasText: "Cara Losch's team" }).getByTestId('cmp-gini-leads').textContent(),
      ).toMatch(/uneven \(0\.373\)/),
    );

    // The shared link opens the same comparison on a phone, without the page scrolling sideways.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await login(phone, 'admin@salesops.demo', 'demo-admin');
      await phone.getByTestId('user-name').waitFor({ state: 'attached' });
      await phone.goto(shared);
      await phone.getByTestId('cmp-card').nth(1).waitFor();
      await phone.getByTestId('period-range').filter({ hasText: PERIOD_RANGE }).waitFor();
      await row(phone, 'Darcel Schlecht').getByTestId('cmp-expand').click();
      await phone.getByTestId('cmp-outlier-reason').first().waitFor();
      await eventually(async () =>
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390),
      );
      // The reason wraps inside the screen instead of running off with the wide table.
      await eventually(async () => {
        const box = await phone.getByTestId('cmp-outlier-reason').first().boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      });
      await screenshot(phone, '32-comparison-phone');
    } finally {
      await phone.close();
    }
  });
});
