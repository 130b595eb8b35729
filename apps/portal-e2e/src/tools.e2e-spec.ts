import { type Browser, type Page } from 'playwright-core';

import {
  BASE_URL,
  dialogFocused,
  eventually,
  gql,
  launchBrowser,
  login,
  screenshot,
  screenshotPath,
} from './browser';

async function tokenOf(email: string, password: string): Promise<string> {
  const { login: session } = await gql<{ login: { token: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email, password } },
  );
  return session.token;
}

interface SurveyRow {
  id: string;
  wave: number;
  version: number;
  tools: { name: string }[];
  questions: { id: string; kind: string; toolId: string | null; options: string[] }[];
}
const SURVEY_FIELDS = 'id wave version tools { name } questions { id kind toolId options }';
const CRM = 'Salesforce Sales Cloud';

describe('the tool inventory and scorecard in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  afterEach(() => page.close());

  it('should let the admin read the inventory, add a tool, give it seats and read the scorecard', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-tools').click();
    await page.getByTestId('tools-table').waitFor();

    // The demo CRM renews in 62 days: inside the 90-day window, so it carries the flag.
    const salesforce = page.getByTestId('tool-row').filter({ hasText: 'Salesforce Sales Cloud' });
    await salesforce.getByTestId('renewal-flag').waitFor();
    await eventually(async () =>
      expect(await salesforce.getByTestId('renewal-flag').textContent()).toMatch(/Renews in \d+ days/),
    );
    await eventually(async () =>
      expect(await page.getByTestId('tools-spend').first().textContent()).toMatch(/^\$[\d,]+$/),
    );
    await screenshot(page, '60-tools-inventory');

    // Add a tool: a cost with three decimals is refused next to the field.
    const name = `E2E Gong ${Date.now().toString(36)}`;
    await page.getByTestId('tool-create').click();
    await dialogFocused(page.getByTestId('tool-name'));
    await page.getByTestId('tool-name').fill(name);
    await page.getByTestId('tool-vendor').fill('Gong');
    await page.getByTestId('tool-cost').fill('12.345');
    await page.getByTestId('tool-seats-input').fill('10');
    await page.getByTestId('tool-renewal').fill('2030-03-31');
    await page.getByTestId('tool-add-link').click();
    await page.getByTestId('tool-link').fill('https://www.gong.io/');
    await page.getByTestId('form-save').click();
    await page.getByTestId('error-costPerSeat').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('error-costPerSeat').textContent()).toMatch(/2 decimals/),
    );
    await screenshot(page, '61-tools-edit');

    // A taken name comes back from the API and shows next to the name.
    await page.getByTestId('tool-cost').fill('45.50');
    await page.getByTestId('tool-name').fill('Salesforce Sales Cloud');
    await page.getByTestId('form-save').click();
    await page.getByTestId('error-name').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('error-name').textContent()).toMatch(/exists already/),
    );

    await page.getByTestId('tool-name').fill(name);
    await page.getByTestId('form-save').click();
    await page.getByTestId('tool-name').waitFor({ state: 'detached' });
    await page.getByTestId('tools-search').fill(name);
    const row = page.getByTestId('tool-row').filter({ hasText: name });
    await row.waitFor();
    await eventually(async () => expect(await row.getByTestId('tool-seats-used').textContent()).toBe('0'));
    await eventually(async () => expect(await row.textContent()).toContain('$45.50'));

    // Two seats for two reps.
    await row.getByTestId('tool-seats').click();
    await page.getByTestId('seat-holders-empty').waitFor();
    await page.getByTestId('seat-rep-option').nth(1).waitFor();
    await page.getByTestId('seat-rep-option').nth(0).locator('input[type="checkbox"]').check();
    await page.getByTestId('seat-rep-option').nth(1).locator('input[type="checkbox"]').check();
    await page.getByTestId('seat-assign').click();
    await page.getByTestId('seats-message').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('seats-message').textContent()).toContain('Gave 2 seats'),
    );
    await page.getByTestId('seat-holder').nth(1).waitFor();
    await page.getByTestId('seats-summary').filter({ hasText: '2 of 10 seats in use' }).waitFor();
    await page.getByTestId('seats-close').click();
    await page.getByTestId('seats-dialog').waitFor({ state: 'detached' });
    await row.getByTestId('tool-seats-used').filter({ hasText: /^2$/ }).waitFor();
    await eventually(async () => expect(await row.getByTestId('tool-seats-bought').textContent()).toBe('10'));

    // The scorecard: Highspot's users are unhappy and its seats idle, so it is not a keeper.
    await page.getByTestId('nav-scorecard').click();
    const highspot = page.getByTestId('scorecard-card').filter({ hasText: 'Highspot' });
    await highspot.waitFor();
    await eventually(async () =>
      expect(await highspot.getByTestId('scorecard-signal').getAttribute('data-signal')).not.toBe('KEEP'),
    );
    await eventually(async () =>
      expect(await highspot.getByTestId('scorecard-reason').count()).toBeGreaterThan(0),
    );
    // The tools that need a decision come first.
    await eventually(async () =>
      expect(await page.getByTestId('scorecard-signal').first().getAttribute('data-signal')).not.toBe('KEEP'),
    );
    await screenshot(page, '62-tools-scorecard');
  });

  it('should draw a wave still open as provisional, and keep the verdict on the closed waves', async () => {
    const admin = await tokenOf('admin@salesops.demo', 'demo-admin');
    const signalOf = async () => {
      const { toolScorecard } = await gql<{ toolScorecard: { tool: { name: string }; signal: string }[] }>(
        '{ toolScorecard { tool { name } signal } }',
        {},
        admin,
      );
      return toolScorecard.find((card) => card.tool.name === CRM)?.signal;
    };
    const before = await signalOf();
    // A new wave of the latest closed survey about the CRM, open now, and one unhappy answer in it.
    const { surveys } = await gql<{ surveys: SurveyRow[] }>(
      `{ surveys(status: CLOSED) { ${SURVEY_FIELDS} } }`,
      {},
      admin,
    );
    const latest = surveys
      .filter((survey) => survey.tools.some((tool) => tool.name === CRM))
      .sort((a, b) => b.wave - a.wave)[0];
    // The trend is in closing order, and other specs add waves about the CRM (one closes in two weeks): the new
    // wave closes a day after the last of them, at least a week from now, so it is the trend's last.
    const { surveys: every } = await gql<{ surveys: { closesAt: string; tools: { name: string }[] }[] }>(
      '{ surveys { closesAt tools { name } } }',
      {},
      admin,
    );
    const closesAt = Math.max(
      Date.now() + 7 * 86_400_000,
      ...every
        .filter((survey) => survey.tools.some((tool) => tool.name === CRM))
        .map((survey) => Date.parse(survey.closesAt) + 86_400_000),
    );
    const { newSurveyWave: wave } = await gql<{ newSurveyWave: SurveyRow }>(
      `mutation($input: NewSurveyWaveInput!) { newSurveyWave(input: $input) { ${SURVEY_FIELDS} } }`,
      {
        input: {
          fromSurveyId: latest.id,
          opensAt: new Date(Date.now() - 3_600_000).toISOString(),
          closesAt: new Date(closesAt).toISOString(),
        },
      },
      admin,
    );
    await gql(
      'mutation($input: SurveyVersionInput!) { publishSurvey(input: $input) { status } }',
      { input: { id: wave.id, expectedVersion: wave.version } },
      admin,
    );
    const answers = wave.questions.map((question) => {
      if (question.kind === 'CSAT') return { questionId: question.id, score: 1 };
      if (question.kind === 'NPS') return { questionId: question.id, score: 0 };
      if (question.kind === 'TEXT') return { questionId: question.id, text: 'Too slow to load a deal' };
      return { questionId: question.id, choices: question.options.slice(0, 1) };
    });
    const rep = await tokenOf('darcel.schlecht@salesops.demo', 'demo-pass');
    await gql(
      'mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { answered } }',
      { input: { surveyId: wave.id, answers } },
      rep,
    );
    expect(await signalOf()).toBe(before);

    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, 'admin@salesops.demo', 'demo-admin');
    await page.getByTestId('nav-scorecard').click();
    const card = page.getByTestId('scorecard-card').filter({ hasText: CRM });
    await card.waitFor();
    // One bar per wave the scorecard has for the tool (other specs may add waves of their own), the new one last.
    const { toolScorecard } = await gql<{
      toolScorecard: { tool: { name: string }; trend: { surveyId: string; provisional: boolean }[] }[];
    }>('{ toolScorecard { tool { name } trend { surveyId provisional } } }', {}, admin);
    const trend = toolScorecard.find((c) => c.tool.name === CRM)?.trend ?? [];
    expect(trend.at(-1)).toEqual({ surveyId: wave.id, provisional: true });
    expect(trend.length).toBeGreaterThanOrEqual(latest.wave + 1);
    const bars = card.locator('[data-provisional]');
    await eventually(async () => expect(await bars.count()).toBe(trend.length));
    expect(await bars.last().getAttribute('data-provisional')).toBe('true');
    expect(await bars.first().getAttribute('data-provisional')).toBe('false');
    expect(await card.getByTestId('scorecard-signal').getAttribute('data-signal')).toBe(before);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: screenshotPath('64-tools-scorecard-provisional') });
  });

  it('should show a manager the inventory read-only, also on a phone', async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, 'melvin.marxen@salesops.demo', 'demo-pass');
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-tools').click();
    await page.getByTestId('tools-table').waitFor();
    await page.getByTestId('tool-row').filter({ hasText: 'Salesforce Sales Cloud' }).waitFor();

    await page.getByTestId('tools-read-only').waitFor();
    await eventually(async () => expect(await page.getByTestId('tool-create').count()).toBe(0));
    await eventually(async () => expect(await page.getByTestId('tool-edit').count()).toBe(0));
    await eventually(async () => expect(await page.getByTestId('nav-scorecard').count()).toBe(0));
    // The table scrolls inside its panel; the page itself never scrolls sideways.
    await eventually(async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390),
    );
    await screenshot(page, '63-tools-phone');

    // Managers see who holds a seat but cannot change it.
    await page
      .getByTestId('tool-row')
      .filter({ hasText: 'Salesforce Sales Cloud' })
      .getByTestId('tool-seats')
      .click();
    await page.getByTestId('seat-holder').first().waitFor();
    await eventually(async () => expect(await page.getByTestId('seat-release').count()).toBe(0));
    await eventually(async () => expect(await page.getByTestId('seat-assign').count()).toBe(0));

    // The scorecard is for admins: a manager who types its address lands on the dashboard.
    await page.goto(`${BASE_URL}/tools/scorecard`);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await eventually(async () => expect(await page.getByTestId('scorecard-grid').count()).toBe(0));
  });
});
