import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  SurveyAdminCreateGQL,
  type SurveyAdminDetailFragment,
  SurveyAdminRepsGQL,
  SurveyAdminSurveyGQL,
  SurveyAdminToolsGQL,
  SurveyAdminUpdateGQL,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { SurveyActions } from './survey-actions';
import { SurveyEditorPageComponent } from './survey-editor-page.component';
import { detail, TOOLS } from './survey-fixtures';

interface Mocks {
  create: jest.Mock;
  update: jest.Mock;
  surveyFetch: jest.Mock;
}

function setup(
  stored: SurveyAdminDetailFragment | null = null,
  mocks: Partial<Mocks> = {},
  publish: jest.Mock = jest.fn(),
): Mocks {
  const all: Mocks = {
    create: mocks.create ?? jest.fn(() => of({ data: { createSurvey: detail({ id: 'new1' }) } })),
    update:
      mocks.update ??
      jest.fn(({ variables }) =>
        of({ data: { updateSurvey: detail({ version: variables.input.expectedVersion + 1 }) } }),
      ),
    surveyFetch: jest.fn(() => of({ data: { survey: stored } })),
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'surveys/new', component: SurveyEditorPageComponent },
        { path: 'surveys/:id/edit', component: SurveyEditorPageComponent },
        { path: 'surveys', children: [] },
      ]),
      { provide: SurveyAdminSurveyGQL, useValue: { fetch: all.surveyFetch } },
      { provide: SurveyAdminToolsGQL, useValue: { fetch: () => of({ data: { salesTools: TOOLS } }) } },
      {
        provide: SurveyAdminRepsGQL,
        useValue: {
          fetch: () =>
            of({ data: { reps: { pageInfo: { endCursor: null, hasNextPage: false }, edges: [] } } }),
        },
      },
      {
        provide: TeamOptionsGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                teams: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, edges: [] },
              },
            }),
        },
      },
      { provide: SurveyAdminCreateGQL, useValue: { mutate: all.create } },
      { provide: SurveyAdminUpdateGQL, useValue: { mutate: all.update } },
      { provide: SurveyActions, useValue: { publish, messages: () => [] } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return all;
}

async function open(url: string) {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, SurveyEditorPageComponent);
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const stable = async () => {
    await harness.fixture.whenStable();
    await harness.fixture.whenStable();
  };
  const q = <T extends Element = HTMLElement>(selector: string, root: ParentNode = element) =>
    root.querySelector<T & Element>(selector) as T;
  const byId = <T extends Element = HTMLElement>(testId: string, root: ParentNode = element) =>
    q<T>(`[data-testid="${testId}"]`, root);
  const type = async (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  };
  const click = async (testId: string, root: ParentNode = element) => {
    byId<HTMLButtonElement>(testId, root).click();
    await stable();
  };
  const cards = () => Array.from(element.querySelectorAll<HTMLElement>('[data-testid="question-card"]'));
  const text = (testId: string, root: ParentNode = element) =>
    byId(testId, root)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const loader = TestbedHarnessEnvironment.loader(harness.fixture);
  return { harness, element, type, click, cards, text, byId, loader, stable };
}

// Material harnesses and a routed page: slower than the default 5 s on a busy machine.
jest.setTimeout(30_000);

describe('SurveyEditorPageComponent', () => {
  it('should build a survey, preview it live and save it as a draft with what the API takes', async () => {
    const { create } = setup();
    const page = await open('/surveys/new');

    await page.type(page.byId('survey-title-input'), ' CRM pulse ');
    const tools = await page.loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="survey-tools"]' }),
    );
    await tools.clickOptions({ text: 'Salesforce Sales Cloud' });
    await page.click('add-csat');
    await page.click('add-single');
    await page.click('add-text-dislikes');

    const [csat, choice, text] = page.cards();
    expect(page.byId<HTMLTextAreaElement>('question-prompt', csat).value).toBe(
      'How satisfied are you with Salesforce Sales Cloud?',
    );
    await page.type(page.byId('question-prompt', choice), 'How often?');
    const options = choice.querySelectorAll<HTMLInputElement>('[data-testid="option-input"]');
    await page.type(options[0], 'Daily');
    await page.type(options[1], 'Weekly');

    // The preview follows the form.
    const preview = page.byId('survey-preview');
    expect(page.text('preview-title', preview)).toBe('CRM pulse');
    const previewQuestions = preview.querySelectorAll('[data-testid="preview-question"]');
    expect(Array.from(previewQuestions).map((p) => p.getAttribute('data-kind'))).toEqual([
      'CSAT',
      'SINGLE_CHOICE',
      'TEXT',
    ]);
    expect(previewQuestions[1].textContent).toContain('Weekly');
    expect(previewQuestions[0].querySelectorAll('.score').length).toBe(5);

    // Reordering moves the question in the form and the preview.
    await page.click('question-up', text);
    expect(page.cards().map((c) => c.getAttribute('data-kind'))).toEqual(['CSAT', 'TEXT', 'SINGLE_CHOICE']);

    await page.click('survey-save');
    expect(create).toHaveBeenCalledTimes(1);
    const input = create.mock.calls[0][0].variables.input;
    expect(input).toMatchObject({
      title: 'CRM pulse',
      toolIds: ['tool-crm'],
      anonymous: false,
      audience: 'SEAT_HOLDERS',
      audienceTeamIds: [],
      audienceRepIds: [],
    });
    expect(input.questions).toEqual([
      {
        kind: 'CSAT',
        prompt: 'How satisfied are you with Salesforce Sales Cloud?',
        required: true,
        options: [],
        toolId: 'tool-crm',
        textTopic: null,
      },
      {
        kind: 'TEXT',
        prompt: 'What gets in your way when you use Salesforce Sales Cloud?',
        required: false,
        options: [],
        toolId: null,
        textTopic: 'DISLIKES',
      },
      {
        kind: 'SINGLE_CHOICE',
        prompt: 'How often?',
        required: true,
        options: ['Daily', 'Weekly'],
        toolId: null,
        textTopic: null,
      },
    ]);
    expect(new Date(input.closesAt).getTime()).toBeGreaterThan(new Date(input.opensAt).getTime());
  });

  it('should refuse what the API would refuse without calling it, each message next to its field', async () => {
    const { create } = setup();
    const page = await open('/surveys/new');

    await page.click('add-multi');
    await page.click('survey-save');

    expect(create).not.toHaveBeenCalled();
    expect(page.text('error-title')).toBe('Required');
    expect(page.text('error-toolIds')).toBe('Required');
    const [multi] = page.cards();
    expect(page.text('error-question-prompt', multi)).toBe('Required');
    expect(page.text('error-question-options', multi)).toBe('Give at least 2 options');
    expect(page.text('survey-fix-fields')).toContain('Some fields need your attention');
  });

  it('should put the API field errors on their fields and questions', async () => {
    const create = jest.fn(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'questions.1.options: options must differ',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'questions.1.options',
                  fieldErrors: [
                    { field: 'questions.1.options', message: 'options must differ' },
                    { field: 'closesAt', message: 'must be after opensAt' },
                    { field: 'toolIds.0', message: 'is not a tool' },
                  ],
                },
              },
            ],
          }),
      ),
    );
    setup(null, { create });
    const page = await open('/surveys/new');
    await page.type(page.byId('survey-title-input'), 'Pulse');
    const tools = await page.loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="survey-tools"]' }),
    );
    await tools.clickOptions({ text: 'Aircall' });
    await page.click('add-csat');
    await page.click('add-single');
    const options = page.cards()[1].querySelectorAll<HTMLInputElement>('[data-testid="option-input"]');
    await page.type(page.byId('question-prompt', page.cards()[1]), 'Which?');
    await page.type(options[0], 'A');
    await page.type(options[1], 'B');

    await page.click('survey-save');

    expect(create).toHaveBeenCalledTimes(1);
    expect(page.text('error-question-options', page.cards()[1])).toBe('options must differ');
    expect(page.byId('error-question-options', page.cards()[0])).toBeNull();
    expect(page.text('error-closesAt')).toBe('must be after opensAt');
    expect(page.text('error-toolIds')).toBe('is not a tool');
    expect(page.text('survey-fix-fields')).toBe(
      'Some fields need your attention; see the messages next to them.',
    );
    expect(page.byId('error-banner')).toBeNull();

    // Editing a field clears its message; the note goes once every field is fine.
    await page.type(options[1], 'C');
    expect(page.byId('error-question-options', page.cards()[1])).toBeNull();
    expect(page.byId('survey-fix-fields')).not.toBeNull();
    await page.type(page.byId('survey-closes-at'), '2099-01-01T10:00');
    const tools2 = await page.loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="survey-tools"]' }),
    );
    await tools2.clickOptions({ text: 'Salesforce Sales Cloud' });
    expect(page.byId('error-closesAt')).toBeNull();
    expect(page.byId('survey-fix-fields')).toBeNull();
  });

  it('should load a draft and save it with the version it was read at', async () => {
    const { update, surveyFetch } = setup(detail({ version: 4 }));
    const page = await open('/surveys/s1/edit');

    expect(surveyFetch).toHaveBeenCalledWith(expect.objectContaining({ variables: { id: 's1' } }));
    expect(page.byId<HTMLInputElement>('survey-title-input').value).toBe('CRM pulse');
    expect(page.cards().length).toBe(2);
    await page.type(page.byId('survey-title-input'), 'CRM pulse, again');
    await page.click('survey-save');

    expect(update).toHaveBeenCalledWith({
      variables: {
        input: expect.objectContaining({
          id: 's1',
          expectedVersion: 4,
          survey: expect.objectContaining({ title: 'CRM pulse, again' }),
        }),
      },
    });
    expect(page.text('survey-notice')).toBe('Draft saved.');
  });

  it('should publish a saved draft behind the confirmation and go back to the list', async () => {
    const publish = jest.fn(async () => ({ kind: 'done', survey: detail({ status: 'OPEN' }) }));
    const { update } = setup(detail({ version: 2 }), {}, publish);
    const page = await open('/surveys/s1/edit');

    await page.click('survey-publish-here');
    expect(update).not.toHaveBeenCalled();
    expect(publish).toHaveBeenCalledWith(expect.objectContaining({ id: 's1', version: 2 }));
    expect(TestBed.inject(Router).url).toBe('/surveys');
  });

  it('should open a published survey read-only with a note', async () => {
    setup(detail({ status: 'OPEN', responses: 3 }));
    const page = await open('/surveys/s1/edit');

    expect(page.text('survey-readonly-note')).toContain('can no longer change');
    expect(page.byId<HTMLInputElement>('survey-title-input').disabled).toBe(true);
    expect(page.byId('survey-save')).toBeNull();
    expect(page.byId('add-csat')).toBeNull();
    expect(page.byId('question-remove')).toBeNull();
    expect(page.byId('survey-open-results').getAttribute('href')).toBe('/surveys/s1/results');
    expect(page.byId('survey-preview').querySelectorAll('[data-testid="preview-question"]').length).toBe(2);
  });
});
