import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  SurveyAdminListGQL,
  SurveyAdminResultsGQL,
  type SurveyAdminResultsQuery,
  SurveyAdminTrendGQL,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { type Observable, of, throwError } from 'rxjs';

import { detail, results, row } from './survey-fixtures';
import { SurveyResultsPageComponent } from './survey-results-page.component';

const TEAMS = [
  { id: 'east', name: 'East', parentId: null },
  { id: 'west', name: 'West', parentId: null },
];
const WAVES = [
  row({ id: 'w0', seriesId: 's1', wave: 1, status: 'CLOSED', responses: 31 }),
  row({ id: 's1', seriesId: 's1', wave: 2, status: 'OPEN', responses: 10 }),
  row({ id: 'x', seriesId: 'other', wave: 1, status: 'CLOSED' }),
];
const SCORECARD = [
  {
    tool: { id: 'tool-crm', name: 'Salesforce Sales Cloud' },
    trend: [
      {
        surveyId: 'w0',
        title: 'CRM pulse',
        wave: 1,
        closesAt: '2026-08-01T00:00:00Z',
        responses: 31,
        csat: 0.6,
        nps: 10,
        meanScore: 3.6,
      },
      {
        surveyId: 's1',
        title: 'CRM pulse',
        wave: 2,
        closesAt: '2026-11-15T00:00:00Z',
        responses: 10,
        csat: 0.7,
        nps: 25,
        meanScore: 3.9,
      },
    ],
  },
];

function setup(answer: () => Observable<unknown>) {
  const resultsFetch = jest.fn(answer);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'surveys/:id/results', component: SurveyResultsPageComponent }]),
      { provide: SurveyAdminResultsGQL, useValue: { fetch: resultsFetch } },
      { provide: SurveyAdminListGQL, useValue: { fetch: () => of({ data: { surveys: WAVES } }) } },
      { provide: SurveyAdminTrendGQL, useValue: { fetch: () => of({ data: { toolScorecard: SCORECARD } }) } },
      {
        provide: TeamOptionsGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                teams: {
                  totalCount: 2,
                  pageInfo: { endCursor: null, hasNextPage: false },
                  edges: TEAMS.map((node) => ({ node })),
                },
              },
            }),
        },
      },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return resultsFetch;
}

const answering = (value: SurveyAdminResultsQuery['surveyResults']) => () =>
  of({ data: { surveyResults: value } });

async function open() {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/surveys/s1/results', SurveyResultsPageComponent);
  await harness.fixture.whenStable();
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const all = (testId: string, root: ParentNode = element) =>
    Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string, root: ParentNode = element) =>
    root.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  /** The texts of an element's children, one space apart (the template drops the spaces between tags). */
  const parts = (el: Element) =>
    Array.from(el.children)
      .map((child) => child.textContent?.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' ');
  const question = (kind: string) =>
    element.querySelector<HTMLElement>(`[data-testid="result-question"][data-kind="${kind}"]`) as HTMLElement;
  return {
    harness,
    element,
    all,
    text,
    parts,
    question,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
  };
}

jest.setTimeout(30_000);

describe('SurveyResultsPageComponent', () => {
  it('should show the response rate and a chart per question', async () => {
    const fetch = setup(answering(results()));
    const page = await open();

    expect(fetch).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { surveyId: 's1', teamId: null } }),
    );
    expect(page.text('results-responses')).toBe('10');
    expect(page.text('results-rate')).toBe('25%');
    expect(
      page.element.querySelector('[data-testid="results-rate-bar"]')?.getAttribute('aria-valuenow'),
    ).toBe('25');

    const csat = page.question('CSAT');
    const buckets = page
      .all('result-bucket', csat)
      .map((b) => [b.getAttribute('data-label'), b.getAttribute('data-count')]);
    expect(buckets).toEqual([
      ['1', '0'],
      ['2', '1'],
      ['3', '2'],
      ['4', '4'],
      ['5', '3'],
    ]);
    expect(page.text('result-csat', csat)).toContain('70%');
    expect(page.text('result-mean', csat)).toContain('3.9');
    const tallest = csat.querySelectorAll<HTMLElement>('.fill')[3];
    expect(tallest.style.height).toBe('100%');

    const nps = page.question('NPS');
    expect(page.text('result-nps', nps)).toContain('25');
    expect(page.text('nps-promoters', nps)).toBe('Promoters: 2 (50%)');
    expect(page.text('nps-detractors', nps)).toBe('Detractors: 1 (25%)');
    const segments = Array.from(nps.querySelectorAll<HTMLElement>('.segment')).map((s) => s.style.width);
    expect(segments).toEqual(['25%', '25%', '50%']);

    const multi = page.question('MULTI_CHOICE');
    expect(page.all('result-bucket', multi).map(page.parts)).toEqual(['Calls 5 · 100%', 'Email 2 · 40%']);
  });

  it('should group the written answers by likes and dislikes, with names and repeats counted', async () => {
    setup(answering(results()));
    const page = await open();

    const likes = page.element.querySelector('[data-testid="text-group-LIKES"]') as HTMLElement;
    const answers = page.all('text-answer', likes).map(page.parts);
    expect(answers).toEqual(['Fast search ×2 — Anna Snelling, Boris Faz', 'Reports — Carl Lin']);
    expect(page.text('text-group-DISLIKES')).toContain('Slow sync');
    expect(page.element.querySelector('[data-testid="text-group-OTHER"]')).toBeNull();
  });

  it('should list who has not answered and copy their emails for a reminder', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    setup(answering(results()));
    const page = await open();

    expect(page.all('not-answered-row').map(page.parts)).toEqual([
      'Darcel Schlecht East darcel.schlecht@salesops.demo',
      'Reed Clapper West reed.clapper@salesops.demo',
    ]);
    (page.element.querySelector('[data-testid="copy-emails"]') as HTMLButtonElement).click();
    await page.harness.fixture.whenStable();
    await page.harness.fixture.whenStable();
    expect(writeText).toHaveBeenCalledWith('darcel.schlecht@salesops.demo, reed.clapper@salesops.demo');
    expect(page.text('copy-done')).toBe('Emails copied.');
  });

  it('should explain hidden anonymous results and offer no reminder list', async () => {
    setup(
      answering(
        results({
          survey: detail({ status: 'OPEN', anonymous: true, minAnswers: 5 }),
          hidden: true,
          hiddenBecause: 'TOO_FEW_ANSWERS',
          minAnswers: 5,
          questions: [],
          notAnswered: [],
          responses: 2,
        }),
      ),
    );
    const page = await open();

    expect(page.text('results-hidden')).toContain('at least 5 people answered');
    expect(page.text('results-hidden-reason')).toBe('Anonymous results show from 5 answers; 2 so far');
    expect(page.all('result-question')).toHaveLength(0);
    expect(page.text('results-not-answered')).toContain('who answered is not recorded');
    expect(page.element.querySelector('[data-testid="copy-emails"]')).toBeNull();
  });

  it("should say in the user's language why a team's anonymous results are hidden", async () => {
    setup(
      answering(
        results({
          survey: detail({ status: 'OPEN', anonymous: true, minAnswers: 3 }),
          hidden: true,
          hiddenBecause: 'SMALL_GROUP',
          // The API's threshold: never under its floor, whatever the survey asks for.
          minAnswers: 5,
          questions: [],
          notAnswered: [],
          responses: 9,
        }),
      ),
    );
    await TestBed.inject(I18nService).setLang('ko');
    const page = await open();

    expect(page.text('results-hidden')).toContain('최소 5명이 응답해야');
    expect(page.text('results-hidden-reason')).toBe(
      '이 팀이나 상위 팀의 나머지 인원 중 응답이 너무 적어 익명 결과를 표시할 수 없습니다 (각각 최소 5건)',
    );
  });

  it("should say 'fewer than k' for a hidden team's count, never the count itself", async () => {
    setup(
      answering(
        results({
          survey: detail({ status: 'CLOSED', anonymous: true, minAnswers: 5, responses: 30 }),
          teamId: 'west',
          hidden: true,
          hiddenBecause: 'SMALL_GROUP',
          minAnswers: 5,
          responses: null,
          fewerThan: 5,
          responseRate: null,
          questions: [],
          notAnswered: [],
        }),
      ),
    );
    const page = await open();

    expect(page.text('results-responses')).toBe('Fewer than 5');
    expect(page.element.querySelector('[data-testid="results-rate"]')).toBeNull();
  });

  it('should say that a team of an open anonymous survey shows at close, in Korean too', async () => {
    setup(
      answering(
        results({
          survey: detail({ status: 'OPEN', anonymous: true, minAnswers: 5, responses: 12 }),
          teamId: 'west',
          hidden: true,
          hiddenBecause: 'TEAMS_AFTER_CLOSE',
          minAnswers: 5,
          responses: null,
          responseRate: null,
          questions: [],
          notAnswered: [],
        }),
      ),
    );
    await TestBed.inject(I18nService).setLang('ko');
    const page = await open();

    expect(page.text('results-responses')).toBe('마감 시 표시');
    expect(page.text('results-hidden-reason')).toBe('익명 설문의 팀별 결과는 설문이 마감된 후에 표시됩니다');
  });

  it('should say that open anonymous results update every k answers, and when the first show', async () => {
    setup(
      answering(
        results({
          survey: detail({ status: 'OPEN', anonymous: true, minAnswers: 5, responses: 7 }),
          hidden: true,
          hiddenBecause: 'AWAITING_RELEASE',
          minAnswers: 5,
          responses: 7,
          releasedResponses: 0,
          nextReleaseAt: 10,
          questions: [],
          notAnswered: [],
        }),
      ),
    );
    const page = await open();

    expect(page.text('results-hidden-reason')).toBe(
      'While the survey is open, anonymous results update every 5 answers, one step behind: the first show at 10 answers, or all at close; 7 so far',
    );
  });

  it('should say which answers released open anonymous results hold', async () => {
    setup(
      answering(
        results({
          survey: detail({ status: 'OPEN', anonymous: true, minAnswers: 5, responses: 17 }),
          responses: 17,
          releasedResponses: 10,
          nextReleaseAt: 20,
          notAnswered: [],
        }),
      ),
    );
    const page = await open();

    expect(page.text('results-release-note')).toBe(
      'Results update every 5 answers while the survey is open, so no single answer shows: these hold 10 of 17 answers; the next update comes at 20 answers, and all show at close.',
    );
  });

  it('should ask again for one team', async () => {
    const fetch = setup(answering(results()));
    const page = await open();

    const team = await page.loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="results-team-filter"]' }),
    );
    await team.clickOptions({ text: 'West' });
    await page.harness.fixture.whenStable();
    expect(fetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { surveyId: 's1', teamId: 'west' } }),
    );
  });

  it('should chart the series across waves from the scorecard', async () => {
    setup(answering(results()));
    const page = await open();

    const csat = page.element.querySelector('[data-testid="trend-csat"]') as HTMLElement;
    expect(csat.querySelectorAll('circle')).toHaveLength(2);
    expect(csat.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Salesforce Sales Cloud: W1 60%, W2 70%',
    );
    expect(page.element.querySelector('[data-testid="trend-nps"] svg')?.getAttribute('aria-label')).toBe(
      'Salesforce Sales Cloud: W1 10, W2 25',
    );
    expect(page.all('trend-wave-link').map((a) => a.getAttribute('href'))).toEqual(['/surveys/w0/results']);
  });

  it('should say why a draft has no results', async () => {
    setup(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'surveyId: a draft has no results yet',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'surveyId',
                  fieldErrors: [{ field: 'surveyId', message: 'a draft has no results yet' }],
                },
              },
            ],
          }),
      ),
    );
    const page = await open();
    expect(page.text('results-unavailable')).toContain('No results to show: a draft has no results yet');
  });
});
