import { type Browser, type Locator, type Page } from 'playwright-core';

import { BASE_URL, eventually, launchBrowser, login, screenshot } from './browser';

const DAY = 86_400_000;

/** A GraphQL call from the test itself, to arrange data without the UI. */
async function gql<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function adminToken(): Promise<string> {
  const { login } = await gql<{ login: { token: string } }>(
    'mutation { login(input: { email: "admin@salesops.demo", password: "demo-admin" }) { token } }',
  );
  return login.token;
}

/** As the demo admin: a named survey open to everyone now, about the first tool, with four kinds of question. */
async function publishSurvey(title: string): Promise<string> {
  const admin = { token: await adminToken() };
  const { salesTools } = await gql<{ salesTools: { id: string; name: string }[] }>(
    '{ salesTools { id name } }',
    {},
    admin.token,
  );
  expect(salesTools.length).toBeGreaterThan(0);
  const tool = salesTools[0];
  const { createSurvey } = await gql<{ createSurvey: { id: string; version: number } }>(
    'mutation ($input: SurveyInput!) { createSurvey(input: $input) { id version } }',
    {
      input: {
        title,
        description: 'Four quick questions about the tools you use every day.',
        anonymous: false,
        audience: 'EVERYONE',
        toolIds: [tool.id],
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
        questions: [
          {
            kind: 'CSAT',
            prompt: `How satisfied are you with ${tool.name}?`,
            toolId: tool.id,
            required: true,
          },
          {
            kind: 'NPS',
            prompt: `How likely are you to recommend ${tool.name} to a colleague?`,
            toolId: tool.id,
            required: true,
          },
          {
            kind: 'SINGLE_CHOICE',
            prompt: 'How often do you use it?',
            options: ['Every day', 'Every week', 'Rarely'],
            required: false,
          },
          { kind: 'TEXT', prompt: 'What would make it more useful?', textTopic: 'OTHER', required: false },
        ],
      },
    },
    admin.token,
  );
  await gql(
    'mutation ($input: SurveyVersionInput!) { publishSurvey(input: $input) { id } }',
    { input: { id: createSurvey.id, expectedVersion: createSurvey.version } },
    admin.token,
  );
  return createSurvey.id;
}

/** Closes the survey again, so runs do not pile up open surveys in every rep's list. */
async function closeSurvey(id: string): Promise<void> {
  const token = await adminToken();
  const { survey } = await gql<{ survey: { version: number } }>(
    'query ($id: ID!) { survey(id: $id) { version } }',
    { id },
    token,
  );
  await gql(
    'mutation ($input: SurveyVersionInput!) { closeSurvey(input: $input) { id } }',
    { input: { id, expectedVersion: survey.version } },
    token,
  );
}

/** The list item of the survey with this title (items are `my-survey-<index>`). */
function listItem(page: Page, title: string): Locator {
  return page.locator('[data-testid^="my-survey-"]').filter({ hasText: title });
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await eventually(async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width),
  );
  await eventually(async () => {
    const widest = await page.evaluate(() => {
      const pane = document.querySelector('.mat-drawer-content');
      return pane ? pane.scrollWidth - pane.clientWidth : 0;
    });
    expect(widest).toBeLessThanOrEqual(0);
  });
}

describe('my surveys in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const title = `Tool check-in ${Date.now().toString(36)}`;

  let surveyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    surveyId = await publishSurvey(title);
  });

  afterAll(async () => {
    await browser.close();
    if (surveyId) await closeSurvey(surveyId);
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  });

  afterEach(() => page.close());

  it('should let a rep answer a survey on a phone, then change the answers', async () => {
    await login(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
    await page.getByTestId('user-name').waitFor({ state: 'attached' });
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-my-surveys').click();

    const item = listItem(page, title);
    await item.waitFor();
    await eventually(async () =>
      expect(await item.getByTestId('survey-status').textContent()).toContain('Waiting for you'),
    );
    await eventually(async () => expect(await item.textContent()).toMatch(/Closes in (7|6) days/));
    await noHorizontalOverflow(page);
    await screenshot(page, '80-my-surveys-phone');

    // The form: every control a real radio with a tap target of at least 44px.
    await item.click();
    await page.getByTestId('question-1').waitFor();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('survey')).toBeTruthy());
    for (const testId of ['csat-1-1', 'nps-2-10', 'choice-3-0']) {
      await eventually(async () => {
        const box = await page.getByTestId(testId).locator('xpath=ancestor::label[1]').boundingBox();
        expect(box && box.height >= 44 && box.width >= 44).toBe(true);
      });
    }
    await noHorizontalOverflow(page);

    // Sending without the required CSAT shows the message at that question and sends nothing.
    await page.getByTestId('nps-2-8').click();
    await page.getByTestId('choice-3-1').click();
    await page.getByTestId('text-4').fill('Fewer clicks to log a call.');
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('question-error-1').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('question-error-1').textContent()).toContain(
        'Please answer this question.',
      ),
    );
    await eventually(async () =>
      expect(await page.getByTestId('csat-1-1').evaluate((el) => el === document.activeElement)).toBe(true),
    );
    // The form scrolls (smoothly) back up to the question that needs an answer, clear of the sticky bar.
    await page.waitForFunction(() => {
      const card = document.querySelector('[data-testid="question-1"]')?.getBoundingClientRect();
      const bar = document.querySelector('[data-testid="survey-submit"]')?.getBoundingClientRect();
      return !!card && !!bar && card.top >= 0 && card.bottom <= bar.top;
    });
    await screenshot(page, '81-my-survey-form-phone');

    await page.getByTestId('csat-1-4').click();
    // Answering takes the message away at once.
    await page.getByTestId('question-error-1').waitFor({ state: 'detached' });
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-sent').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('survey-sent').textContent()).toContain(title),
    );
    await eventually(async () =>
      expect(await item.getByTestId('survey-status').textContent()).toContain('Answered'),
    );
    await screenshot(page, '82-my-survey-sent-phone');

    // A named survey opens again with the answers given.
    await item.click();
    await page.getByTestId('question-1').waitFor();
    await eventually(async () => expect(await page.getByTestId('csat-1-4').isChecked()).toBe(true));
    await eventually(async () => expect(await page.getByTestId('nps-2-8').isChecked()).toBe(true));
    await eventually(async () => expect(await page.getByTestId('choice-3-1').isChecked()).toBe(true));
    await eventually(async () =>
      expect(await page.getByTestId('text-4').inputValue()).toBe('Fewer clicks to log a call.'),
    );
    await eventually(async () =>
      expect(await page.getByTestId('survey-submit').textContent()).toContain('Send changes'),
    );

    await page.getByTestId('survey-back').click();
    await listItem(page, title).waitFor();
  });

  it('should show the list in a centred column on a desktop', async () => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await login(page, 'darcel.schlecht@salesops.demo', 'demo-pass');
    await page.getByTestId('nav-my-surveys').click();
    const item = listItem(page, title);
    await item.waitFor();
    await eventually(async () => {
      const box = await item.boundingBox();
      expect(box && box.width <= 720).toBe(true);
    });
    await noHorizontalOverflow(page);
    await screenshot(page, '83-my-surveys-desktop');
  });
});
