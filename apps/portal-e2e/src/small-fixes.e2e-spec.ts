import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, eventually, gql, launchBrowser, login } from './browser';

const OUTPUT_DIR = process.env['E2E_OUTPUT_DIR'] ?? 'test-output/portal-e2e';

/**
 * The page's whole content: the shell scrolls inside mat-sidenav-content, so a full-page shot would stop
 * at the window; the window grows to the content first, then the shot is taken and the size restored.
 */
async function pageShot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 860 };
  const height = await page.locator('mat-sidenav-content').evaluate((content) => content.scrollHeight);
  await page.setViewportSize({
    width: size.width,
    height: Math.max(size.height, Math.min(height + 80, 4000)),
  });
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });
  await page.setViewportSize(size);
}

/** How far the window and the shell's scroll container reach past their width (0 when nothing does). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const over = (element: Element | null) => (element ? element.scrollWidth - element.clientWidth : 0);
    return Math.max(over(document.scrollingElement), over(document.querySelector('mat-sidenav-content')));
  });
}

/** Signs in and waits for the shell, so a goto afterwards is not raced by the sign-in's own redirect. */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await login(page, email, password);
  await page.getByTestId('logout').waitFor();
}

describe('small fixes in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  afterEach(() => page.close());

  describe('a page for other roles', () => {
    beforeEach(async () => {
      page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    });

    it('should tell a rep why they were brought to their profile, once', async () => {
      await signIn(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
      await page.goto(`${BASE_URL}/reps`);
      await page.getByTestId('me-name').waitFor();
      expect(new URL(page.url()).pathname).toBe('/me');
      const notice = page.locator('mat-snack-bar-container');
      await eventually(async () =>
        expect(await notice.textContent()).toContain(
          'That page is for admins and managers; you were brought to your profile.',
        ),
      );
      await pageShot(page, 'small-01-rep-refused-1280');

      // A reload of the profile does not say it again.
      await page.reload();
      await page.getByTestId('me-name').waitFor();
      await page.waitForTimeout(500);
      expect(await notice.count()).toBe(0);
    });

    it('should tell a manager why an admin page brought them to the dashboard', async () => {
      await signIn(page, 'melvin.marxen@salesops.demo', 'demo-pass');
      await page.goto(`${BASE_URL}/audit`);
      await eventually(async () => expect(new URL(page.url()).pathname).toBe('/dashboard'));
      await eventually(async () =>
        expect(await page.locator('mat-snack-bar-container').textContent()).toContain(
          'That page is for admins; you were brought to the dashboard.',
        ),
      );
    });

    it('should say it in Korean when Korean is chosen, on a phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript(() => localStorage.setItem('salesops.lang', 'ko'));
      await signIn(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
      await page.goto(`${BASE_URL}/api-keys`);
      await page.getByTestId('me-name').waitFor();
      await eventually(async () =>
        expect(await page.locator('mat-snack-bar-container').textContent()).toContain(
          '그 페이지는 관리자 전용입니다. 내 프로필로 이동했습니다.',
        ),
      );
      expect(await sidewaysOverflow(page)).toBe(0);
      await pageShot(page, 'small-02-rep-refused-ko-390');
    });
  });

  describe('the reps page', () => {
    beforeEach(async () => {
      page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      // Rows as a real team has them: every rep with a hire date, every third deactivated (so its row
      // offers Reactivate and Erase, the widest set). Rewritten in the browser: the shared data stays.
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== 'Reps') return route.continue();
        const response = await route.fetch();
        const json = (await response.json()) as {
          data: { reps: { edges: { node: { hireDate: string | null; active: boolean } }[] } };
        };
        json.data.reps.edges.forEach(({ node }, i) => {
          node.hireDate = '2019-11-28';
          if (i % 3 === 1) node.active = false;
        });
        return route.fulfill({ response, json });
      });
      await signIn(page, 'admin@salesops.demo', 'demo-admin');
      await page.goto(`${BASE_URL}/reps`);
      await page.getByTestId('rep-row').first().waitFor();
      await eventually(async () => expect(await page.getByTestId('rep-row').count()).toBe(20));
    });

    it('should show every action of every row in full at 1280 px', async () => {
      await eventually(async () =>
        expect(await page.getByTestId('rep-reactivate').count()).toBeGreaterThan(0),
      );
      const hidden = await page.evaluate(() => {
        const scroller = document.querySelector('.table-scroll') as HTMLElement;
        const bounds = scroller.getBoundingClientRect();
        return Array.from(document.querySelectorAll<HTMLElement>('[data-testid="rep-row"] button'))
          .filter((button) => {
            const box = button.getBoundingClientRect();
            return box.left < bounds.left || box.right > bounds.right + 0.5;
          })
          .map((button) => button.textContent?.trim());
      });
      expect(hidden).toEqual([]);
      expect(await page.locator('.table-scroll').evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0);
      await pageShot(page, 'small-03-reps-1280');
    });

    it("should offer each row's actions in a menu on a phone, with nothing wider than the screen", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      const trigger = page.getByTestId('rep-row').nth(1).getByTestId('rep-actions');
      await trigger.waitFor();
      const box = await trigger.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(390);
      expect(await sidewaysOverflow(page)).toBe(0);
      await pageShot(page, 'small-04-reps-390');

      await trigger.click();
      const menu = page.locator('.mat-mdc-menu-panel');
      await menu.getByTestId('rep-reactivate').waitFor();
      expect(await menu.locator('[mat-menu-item]').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Edit'), expect.stringContaining('Erase')]),
      );
      await page.screenshot({ path: join(OUTPUT_DIR, 'small-05-reps-menu-390.png') });
      await menu.getByTestId('rep-move').click();
      await page.getByTestId('move-team').waitFor();
    });
  });

  describe("a rep's own pages on a phone", () => {
    beforeEach(async () => {
      page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    });

    it('should not scroll sideways on the profile or on my performance', async () => {
      // A long address without a break, as some company formats make them.
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== 'Rep') return route.continue();
        const response = await route.fetch();
        const json = (await response.json()) as { data: { rep: { email: string } } };
        json.data.rep.email = 'darcelfrancisschlechtvanderberg@enterprisesalesdivision.example.com';
        return route.fulfill({ response, json });
      });
      await signIn(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
      await page.getByTestId('me-name').waitFor();
      await eventually(async () =>
        expect(await page.locator('.email').textContent()).toContain('vanderberg'),
      );
      expect(await sidewaysOverflow(page)).toBe(0);
      await pageShot(page, 'small-06-me-390');

      await page.goto(`${BASE_URL}/performance`);
      await page.getByTestId('logout').waitFor();
      await page.getByTestId('my-figures').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await sidewaysOverflow(page)).toBe(0);
      // Nothing inside the page scrolls sideways either: the rep's one row is a list, not a 10-column table.
      const scrolling = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main *'))
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
          .map((el) => el.tagName),
      );
      expect(scrolling).toEqual([]);
      expect(await page.getByTestId('leaderboard-table').count()).toBe(0);
      await pageShot(page, 'small-07-my-performance-390');
    });
  });

  describe('My goals', () => {
    beforeEach(async () => {
      page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    });

    it('should take a rep from a year without their goals to their latest quarter in it, say so, and offer the others', async () => {
      // Every demo rep has goals for FY2017 and its quarters. The year's own goals are answered away here (the
      // API cannot create a rep's login), so the page meets a rep with quarter goals only; the rest is real.
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as {
          operationName?: string;
          variables?: { period?: string };
        } | null;
        if (body?.operationName !== 'GoalGrid' || body.variables?.period !== 'FY2017')
          return route.continue();
        return route.fulfill({ json: { data: { goals: [] } } });
      });
      // A goal in a quarter whose pay period is open (the demo closes 2017's), to go to with one click.
      const { login: admin } = await gql<{ login: { token: string } }>(
        'mutation { login(input: { email: "admin@salesops.demo", password: "demo-admin" }) { token } }',
      );
      const { reps } = await gql<{ reps: { edges: { node: { id: string } }[] } }>(
        'query { reps(first: 1, filter: { search: "cecily.lampkin@salesops.demo" }) { edges { node { id } } } }',
        {},
        admin.token,
      );
      await gql(
        'mutation($input: SetGoalInput!) { setGoal(input: $input) { id } }',
        { input: { repId: reps.edges[0].node.id, period: 'FY2020-Q1', metric: 'DEALS_WON', target: '12' } },
        admin.token,
      );

      await signIn(page, 'cecily.lampkin@salesops.demo', 'demo-pass');
      await page.goto(`${BASE_URL}/goals`);
      await page.getByTestId('my-goals-note').waitFor();
      expect(await page.getByTestId('my-goals-note').textContent()).toContain(
        'No goals are set for you in FY2017, so this shows FY2017-Q4, which has some.',
      );
      expect(await page.getByTestId('period-key').inputValue()).toBe('FY2017-Q4');
      await eventually(async () => expect(await page.getByTestId('my-goal-card').count()).toBeGreaterThan(0));
      const shortcuts = await page.getByTestId('my-goals-period').allTextContents();
      expect(shortcuts.map((text) => text.trim())).toEqual(
        expect.arrayContaining(['FY2020-Q1', 'FY2017-Q3', 'FY2017-Q1']),
      );
      expect(shortcuts.map((text) => text.trim())).not.toContain('FY2017-Q4');
      await pageShot(page, 'small-08-my-goals-moved');

      await page.getByTestId('my-goals-period').filter({ hasText: 'FY2020-Q1' }).click();
      await eventually(async () =>
        expect(await page.getByTestId('period-key').inputValue()).toBe('FY2020-Q1'),
      );
      await eventually(async () =>
        expect(await page.getByTestId('my-goal-target').allTextContents()).toEqual(['of 12']),
      );
      expect(await page.getByTestId('my-goals-note').count()).toBe(0);
    });
  });
});
