import { type Browser, type Page } from 'playwright-core';

import { BASE_URL, choose, dialogFocused, eventually, launchBrowser, login, screenshot } from './browser';

describe('the portal in Chromium', () => {
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

  it('should let the demo admin manage teams and reps', async () => {
    await page.goto(BASE_URL);
    await page.getByTestId('login-email').waitFor();
    await screenshot(page, '01-login');

    await login(page, 'admin@salesops.demo', 'wrong-password');
    await eventually(async () => expect(await page.getByTestId('login-error').textContent()).toBeTruthy());

    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-reps').click();
    await page.getByTestId('reps-table').waitFor();
    await page.getByTestId('reps-total').filter({ hasText: '35' }).waitFor();
    await eventually(async () => expect(await page.getByTestId('rep-row').count()).toBeGreaterThan(0));
    await screenshot(page, '02-reps');

    // Create a team.
    const teamName = `Enterprise pod ${Date.now().toString(36)}`;
    await page.getByTestId('nav-teams').click();
    await page.getByTestId('teams-table').waitFor();
    await page.getByTestId('team-create').click();
    await page.getByTestId('team-name').fill(teamName);
    await screenshot(page, '03-team-form');
    await page.getByTestId('form-save').click();
    await page.getByTestId('teams-search').fill(teamName);
    await page.getByTestId('team-row').filter({ hasText: teamName }).waitFor();
    await screenshot(page, '04-teams');

    // Move a rep into it.
    await page.getByTestId('nav-reps').click();
    await page.getByTestId('reps-search').fill('Darcel');
    const row = page.getByTestId('rep-row').filter({ hasText: 'Darcel Schlecht' });
    await row.waitFor();
    await eventually(async () => expect(await page.getByTestId('rep-row').count()).toBe(1));
    await row.getByTestId('rep-move').click();
    await choose(page, 'move-team', teamName);
    await page.getByTestId('move-save').click();
    await page.getByTestId('rep-row').filter({ hasText: teamName }).waitFor();
    await screenshot(page, '05-rep-moved');
    // And back: the other suites share this server and read Darcel in his demo team.
    await row.getByTestId('rep-move').click();
    await choose(page, 'move-team', "Melvin Marxen's team");
    await page.getByTestId('move-save').click();
    await page.getByTestId('rep-row').filter({ hasText: "Melvin Marxen's team" }).waitFor();

    // The API's validation error shows next to the field.
    await page.getByTestId('rep-create').click();
    await dialogFocused(page.getByTestId('rep-name'));
    await page.getByTestId('rep-name').fill('Casey Newhire');
    await page.getByTestId('rep-email').fill('not-an-email');
    await choose(page, 'rep-team', teamName);
    await page.getByTestId('form-save').click();
    await page.getByTestId('error-email').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('error-email').textContent()).toMatch(/email/i),
    );
    await screenshot(page, '06-validation-error');
    await page.getByTestId('form-cancel').click();

    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
    await eventually(async () => expect(new URL(page.url()).pathname).toBe('/login'));
  });

  it('should let the admin archive a team and bring it back', async () => {
    const suffix = Date.now().toString(36);
    const teamName = `Sunset pod ${suffix}`;
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-teams').click();
    await page.getByTestId('team-create').click();
    await page.getByTestId('team-name').fill(teamName);
    await page.getByTestId('form-save').click();
    await page.getByTestId('teams-search').fill(teamName);
    const team = page.getByTestId('team-row').filter({ hasText: teamName });
    await team.getByTestId('team-archive').click();
    await page.getByTestId('confirm-ok').click();
    // Archived, it leaves the list; the toggle shows it again, marked, with a way back.
    await eventually(async () => expect(await team.count()).toBe(0));
    await page.getByTestId('teams-show-archived').click();
    await team.getByTestId('team-archived').waitFor();
    await screenshot(page, '10-team-archived');
    await team.getByTestId('team-unarchive').click();
    await eventually(async () => expect(await team.getByTestId('team-archived').count()).toBe(0));
  });

  it('should show a rep their own profile and keep them out of the admin pages', async () => {
    await login(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
    await page.getByTestId('me-name').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('me-name').textContent()).toContain('Darcel Schlecht'),
    );
    await eventually(async () => expect(await page.getByTestId('nav-reps').count()).toBe(0));
    await eventually(async () => expect(await page.getByTestId('nav-teams').count()).toBe(0));
    await screenshot(page, '07-rep-profile');

    await page.goto(`${BASE_URL}/reps`);
    await page.getByTestId('me-name').waitFor();
    await eventually(async () => expect(new URL(page.url()).pathname).toBe('/me'));
    await eventually(async () => expect(await page.getByTestId('reps-table').count()).toBe(0));

    // The switch offers the other language, named in that language.
    await eventually(async () =>
      expect(await page.getByTestId('lang-switch').textContent()).toContain('한국어'),
    );
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    await screenshot(page, '08-rep-profile-ko');

    // Korean is fetched when chosen; on the next visit it is fetched before the first page, which opens in
    // Korean with nothing shown in English first.
    await page.reload();
    await page.getByTestId('me-name').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await page.locator('so-page-header h1').textContent()).toContain('내 프로필');

    // Each area brings its own texts: another area opened in Korean fetches its Korean before its page shows.
    await page.getByTestId('nav-my-pay').click();
    await eventually(async () => expect(new URL(page.url()).pathname).toBe('/my-pay'));
    await eventually(async () =>
      expect(await page.locator('so-page-header h1').textContent()).toContain('내 보상'),
    );

    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
  });
});
