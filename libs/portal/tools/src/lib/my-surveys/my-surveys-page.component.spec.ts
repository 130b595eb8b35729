import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MySurveysGQL, SubmitSurveyResponseGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { type MySurveyEntry, type MySurveyQuestion } from './my-surveys-model';
import { MySurveysPageComponent } from './my-surveys-page.component';

const DAY = 86_400_000;

function question(position: number, kind: MySurveyQuestion['kind'], required = false): MySurveyQuestion {
  return {
    id: `${kind.toLowerCase()}-${position}`,
    position,
    kind,
    prompt: `Prompt ${position}`,
    required,
    options: kind === 'SINGLE_CHOICE' || kind === 'MULTI_CHOICE' ? ['Daily', 'Weekly', 'Never'] : [],
    toolId: null,
    textTopic: null,
  };
}

const QUESTIONS = [
  question(1, 'CSAT', true),
  question(2, 'NPS', true),
  question(3, 'SINGLE_CHOICE'),
  question(4, 'MULTI_CHOICE'),
  question(5, 'TEXT'),
];

function survey(
  id: string,
  title: string,
  overrides: Partial<MySurveyEntry> = {},
  anonymous = false,
  days = 3,
): MySurveyEntry {
  return {
    answered: false,
    myAnswers: [],
    ...overrides,
    survey: {
      id,
      title,
      description: 'A few questions',
      anonymous,
      closesAt: new Date(Date.now() + days * DAY + 60_000).toISOString(),
      tools: [{ id: 't1', name: 'Salesforce' }],
      questions: QUESTIONS,
    },
  };
}

const NAMED = survey('named', 'CRM check-in');
const ANONYMOUS = survey('anon', 'Stack pulse', { answered: true }, true, 1);
const ANSWERED_NAMED = survey('named', 'CRM check-in', {
  answered: true,
  myAnswers: [
    { questionId: 'csat-1', score: 4, choices: [], text: null },
    { questionId: 'nps-2', score: 9, choices: [], text: null },
    { questionId: 'multi_choice-4', score: null, choices: ['Never'], text: null },
    { questionId: 'text-5', score: null, choices: [], text: 'Faster search' },
  ],
});

interface Mocks {
  fetch: jest.Mock;
  mutate: jest.Mock;
}

function setup(list: MySurveyEntry[] | Error, mutate: jest.Mock = jest.fn()): Mocks {
  const fetch = jest.fn(() =>
    list instanceof Error ? throwError(() => list) : of({ data: { mySurveys: list } }),
  );
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'my-surveys', component: MySurveysPageComponent }], withComponentInputBinding()),
      { provide: MySurveysGQL, useValue: { fetch } },
      { provide: SubmitSurveyResponseGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch, mutate };
}

async function open(url: string): Promise<{ harness: RouterTestingHarness; element: HTMLElement }> {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, MySurveysPageComponent);
  await harness.fixture.whenStable();
  return { harness, element: harness.routeNativeElement as HTMLElement };
}

function byTestId<T extends HTMLElement = HTMLElement>(root: HTMLElement, testId: string): T {
  const found = root.querySelector<T>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no [data-testid="${testId}"]`);
  return found;
}

function text(root: HTMLElement, testId: string): string {
  return byTestId(root, testId).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function click(harness: RouterTestingHarness, root: HTMLElement, testId: string): Promise<void> {
  byTestId(root, testId).click();
  await harness.fixture.whenStable();
}

describe('MySurveysPageComponent', () => {
  it('should list waiting surveys before answered ones, with tools, close and anonymity', async () => {
    setup([ANONYMOUS, NAMED]);
    const { element } = await open('/my-surveys');

    const first = byTestId(element, 'my-survey-0');
    const second = byTestId(element, 'my-survey-1');
    expect(first.textContent).toContain('CRM check-in');
    expect(first.textContent).toContain('Salesforce');
    expect(first.textContent).toContain('Closes in 3 days');
    expect(text(first, 'survey-status')).toBe('Waiting for you');
    expect(first.getAttribute('href')).toBe('/my-surveys?survey=named');

    expect(second.textContent).toContain('Stack pulse');
    expect(second.textContent).toContain('Anonymous');
    expect(second.textContent).toContain('Your answers cannot be linked to you.');
    expect(second.textContent).toContain('Closes in 1 day');
    expect(text(second, 'survey-status')).toMatch(/^Answered — you can change your answers until /);
  });

  it('should say so when no survey is waiting', async () => {
    setup([]);
    const { element } = await open('/my-surveys');
    expect(text(element, 'my-surveys-empty')).toContain('No surveys are waiting for you');
  });

  it('should show a load error with a retry', async () => {
    const { fetch } = setup(new Error('Failed to fetch'));
    const { harness, element } = await open('/my-surveys');
    expect(text(element, 'my-surveys-error')).toContain('Your surveys could not be loaded.');
    element.querySelector<HTMLButtonElement>('[data-testid="my-surveys-error"] button')?.click();
    await harness.fixture.whenStable();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('should keep a survey with required questions unanswered from being sent and say where', async () => {
    const { mutate } = setup([NAMED]);
    const { harness, element } = await open('/my-surveys?survey=named');
    expect(element.querySelectorAll('so-survey-question')).toHaveLength(5);

    await click(harness, element, 'nps-2-7');
    await click(harness, element, 'survey-submit');

    expect(mutate).not.toHaveBeenCalled();
    expect(text(element, 'question-error-1')).toBe('Please answer this question.');
    expect(element.querySelector('[data-testid="question-error-2"]')).toBeNull();
    expect(byTestId(element, 'question-1').classList).toContain('invalid');
    expect(text(element, 'survey-form-status')).toBe('1 question needs your attention.');

    // Answering clears the message at once.
    await click(harness, element, 'csat-1-5');
    expect(element.querySelector('[data-testid="question-error-1"]')).toBeNull();
    expect(text(element, 'survey-form-status')).toBe('2 of 5 answered');
  });

  it('should send the answers given, leave empty ones out, confirm and list the survey as answered', async () => {
    const mutate = jest.fn(() => of({ data: { submitSurveyResponse: ANSWERED_NAMED } }));
    setup([NAMED, ANONYMOUS], mutate);
    const { harness, element } = await open('/my-surveys');
    await click(harness, element, 'my-survey-0');
    expect(TestBed.inject(Router).url).toBe('/my-surveys?survey=named');

    await click(harness, element, 'csat-1-4');
    await click(harness, element, 'nps-2-9');
    await click(harness, element, 'choice-4-2');
    const textarea = byTestId<HTMLTextAreaElement>(element, 'text-5');
    textarea.value = '  Faster search ';
    textarea.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    expect(text(element, 'text-count-5')).toBe('16 / 2,000 characters');
    await click(harness, element, 'survey-submit');

    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: {
          surveyId: 'named',
          answers: [
            { questionId: 'csat-1', score: 4 },
            { questionId: 'nps-2', score: 9 },
            { questionId: 'multi_choice-4', choices: ['Never'] },
            { questionId: 'text-5', text: 'Faster search' },
          ],
        },
      },
    });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/my-surveys');
    expect(text(element, 'survey-sent')).toContain('Thank you! Your answers to “CRM check-in” were sent.');
    expect(text(element, 'survey-sent')).toContain('You can change them until');
    // Both are answered now: the named one sorts by its close, after the anonymous one.
    expect(text(element, 'my-survey-1')).toContain('CRM check-in');
    expect(text(byTestId(element, 'my-survey-1'), 'survey-status')).toMatch(/^Answered/);
  });

  it('should put the API field errors on the questions they name', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'answers.1.score: must be a whole number from 0 to 10',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [{ field: 'answers.1.score', message: 'must be a whole number from 0 to 10' }],
          },
        },
      ],
    });
    const mutate = jest.fn(() => throwError(() => error));
    setup([NAMED], mutate);
    const { harness, element } = await open('/my-surveys?survey=named');
    await click(harness, element, 'csat-1-3');
    await click(harness, element, 'nps-2-10');
    await click(harness, element, 'survey-submit');
    await harness.fixture.whenStable();

    expect(text(element, 'question-error-2')).toBe('Please pick one of the scores shown.');
    expect(element.querySelector('[data-testid="error-banner"]')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/my-surveys?survey=named');
  });

  it('should say when the survey closed before the answers arrived', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'this survey has closed', extensions: { code: 'BAD_USER_INPUT', field: 'surveyId' } },
      ],
    });
    setup(
      [NAMED],
      jest.fn(() => throwError(() => error)),
    );
    const { harness, element } = await open('/my-surveys?survey=named');
    await click(harness, element, 'csat-1-3');
    await click(harness, element, 'nps-2-10');
    await click(harness, element, 'survey-submit');
    await harness.fixture.whenStable();
    expect(text(element, 'error-banner')).toBe('This survey has closed; your answers were not sent.');
  });

  it('should prefill a named survey with the earlier answers', async () => {
    setup([ANSWERED_NAMED]);
    const { element } = await open('/my-surveys?survey=named');
    expect(byTestId<HTMLInputElement>(element, 'csat-1-4').checked).toBe(true);
    expect(byTestId<HTMLInputElement>(element, 'nps-2-9').checked).toBe(true);
    expect(byTestId<HTMLInputElement>(element, 'choice-4-2').checked).toBe(true);
    expect(byTestId<HTMLInputElement>(element, 'choice-4-0').checked).toBe(false);
    expect(byTestId<HTMLTextAreaElement>(element, 'text-5').value).toBe('Faster search');
    expect(text(element, 'survey-editing')).toContain('You answered this survey.');
    expect(text(element, 'survey-submit')).toBe('Send changes');
  });

  it('should tell why an answered anonymous survey starts empty', async () => {
    setup([ANONYMOUS]);
    const { element } = await open('/my-surveys?survey=anon');
    expect(text(element, 'survey-editing')).toBe(
      'Your earlier answers are not shown because this survey is anonymous; sending again replaces them.',
    );
    expect(element.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('should refuse text over 2,000 characters before sending', async () => {
    const { mutate } = setup([NAMED]);
    const { harness, element } = await open('/my-surveys?survey=named');
    await click(harness, element, 'csat-1-3');
    await click(harness, element, 'nps-2-8');
    const textarea = byTestId<HTMLTextAreaElement>(element, 'text-5');
    textarea.value = 'x'.repeat(2001);
    textarea.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    expect(byTestId(element, 'text-count-5').classList).toContain('over');
    await click(harness, element, 'survey-submit');
    expect(mutate).not.toHaveBeenCalled();
    expect(text(element, 'question-error-5')).toBe('Please keep it to 2,000 characters or fewer.');
  });

  it('should say a survey is no longer open when the link names one not in the list', async () => {
    setup([NAMED]);
    const { element } = await open('/my-surveys?survey=gone');
    expect(text(element, 'my-surveys-not-open')).toContain('not open to you any more');
  });
});
