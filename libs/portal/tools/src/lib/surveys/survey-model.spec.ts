import { type SurveyAdminDetailFragment } from '@salesops/portal/data-access';

import {
  closesAfterOpens,
  controlPathOf,
  draftOf,
  emptyDraft,
  fromLocalInput,
  minAnswersProblem,
  newQuestion,
  optionsProblem,
  placeSurveyErrors,
  questionIndexOf,
  type SurveyDraft,
  toLocalInput,
  toolsNotScored,
  toSurveyInput,
} from './survey-model';

const CRM = 'tool-crm';
const DIALER = 'tool-dialer';

function draft(overrides: Partial<SurveyDraft> = {}): SurveyDraft {
  return {
    ...emptyDraft(new Date(2026, 10, 27, 9, 30, 45)),
    title: '  Quarterly pulse ',
    description: ' Two minutes. ',
    toolIds: [CRM, DIALER, CRM],
    questions: [
      {
        kind: 'CSAT',
        prompt: ' How satisfied? ',
        required: true,
        options: ['stray'],
        toolId: CRM,
        textTopic: 'LIKES',
      },
      {
        kind: 'SINGLE_CHOICE',
        prompt: 'Which?',
        required: false,
        options: [' A ', '', 'B'],
        toolId: CRM,
        textTopic: null,
      },
      {
        kind: 'TEXT',
        prompt: 'What gets in your way?',
        required: false,
        options: [],
        toolId: DIALER,
        textTopic: null,
      },
    ],
    ...overrides,
  };
}

describe('toSurveyInput', () => {
  it('should trim text, keep options only for choice questions, a tool only for CSAT/NPS and a topic only for text', () => {
    const input = toSurveyInput(draft());

    expect(input.title).toBe('Quarterly pulse');
    expect(input.description).toBe('Two minutes.');
    expect(input.toolIds).toEqual([CRM, DIALER]);
    expect(input.questions).toEqual([
      { kind: 'CSAT', prompt: 'How satisfied?', required: true, options: [], toolId: CRM, textTopic: null },
      {
        kind: 'SINGLE_CHOICE',
        prompt: 'Which?',
        required: false,
        options: ['A', 'B'],
        toolId: null,
        textTopic: null,
      },
      {
        kind: 'TEXT',
        prompt: 'What gets in your way?',
        required: false,
        options: [],
        toolId: null,
        textTopic: 'OTHER',
      },
    ]);
  });

  it('should send the audience ids only for the audience that uses them', () => {
    const teams = toSurveyInput(
      draft({ audience: 'TEAMS', audienceTeamIds: ['t1'], audienceRepIds: ['r1'] }),
    );
    expect(teams.audienceTeamIds).toEqual(['t1']);
    expect(teams.audienceRepIds).toEqual([]);

    const everyone = toSurveyInput(
      draft({ audience: 'EVERYONE', audienceTeamIds: ['t1'], audienceRepIds: ['r1'] }),
    );
    expect(everyone.audienceTeamIds).toEqual([]);
    expect(everyone.audienceRepIds).toEqual([]);
  });

  it('should send the local date-times as ISO instants and the minimum only when anonymous', () => {
    const named = toSurveyInput(
      draft({ opensAt: '2026-12-01T09:00', closesAt: '2026-12-15T17:30', minAnswers: 9 }),
    );
    expect(named.opensAt).toBe(new Date(2026, 11, 1, 9, 0).toISOString());
    expect(named.closesAt).toBe(new Date(2026, 11, 15, 17, 30).toISOString());
    expect(named.minAnswers).toBe(5);

    expect(toSurveyInput(draft({ anonymous: true, minAnswers: 9 })).minAnswers).toBe(9);
  });
});

describe('date-time inputs', () => {
  it('should round-trip between a Date and the datetime-local text in local time', () => {
    const date = new Date(2026, 0, 5, 7, 4);
    expect(toLocalInput(date)).toBe('2026-01-05T07:04');
    expect(fromLocalInput('2026-01-05T07:04')).toBe(date.toISOString());
    expect(toLocalInput(date.toISOString())).toBe('2026-01-05T07:04');
  });

  it('should give null or empty for what is not a date', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('nope')).toBe('');
  });

  it('should start a new survey now, to the minute, closing two weeks later', () => {
    const fresh = emptyDraft(new Date(2026, 10, 27, 9, 30, 45));
    expect(fresh.opensAt).toBe('2026-11-27T09:30');
    expect(fresh.closesAt).toBe('2026-12-11T09:30');
    expect(fresh.audience).toBe('SEAT_HOLDERS');
  });

  it('should say whether the survey closes after it opens', () => {
    expect(closesAfterOpens('2026-12-01T09:00', '2026-12-01T09:01')).toBe(true);
    expect(closesAfterOpens('2026-12-01T09:00', '2026-12-01T09:00')).toBe(false);
    expect(closesAfterOpens('', '2026-12-01T09:00')).toBe(true);
  });
});

describe('optionsProblem', () => {
  it('should accept 2 to 20 distinct options for choice questions and ignore other kinds', () => {
    expect(optionsProblem('SINGLE_CHOICE', ['Yes', 'No'])).toBeNull();
    expect(optionsProblem('CSAT', [])).toBeNull();
    expect(optionsProblem('TEXT', ['anything'])).toBeNull();
  });

  it('should name the problem: too few (blanks do not count), duplicates in any case, too many, too long', () => {
    expect(optionsProblem('MULTI_CHOICE', ['Only', '  '])).toBe('tooFew');
    expect(optionsProblem('MULTI_CHOICE', ['Yes', ' yes '])).toBe('duplicate');
    expect(
      optionsProblem(
        'SINGLE_CHOICE',
        Array.from({ length: 21 }, (_, i) => `O${i}`),
      ),
    ).toBe('tooMany');
    expect(optionsProblem('SINGLE_CHOICE', ['x'.repeat(201), 'b'])).toBe('tooLong');
  });
});

describe('minAnswersProblem', () => {
  it('should need a whole number of at least 3, and only for anonymous surveys', () => {
    expect(minAnswersProblem(false, null)).toBeNull();
    expect(minAnswersProblem(true, null)).toBe('required');
    expect(minAnswersProblem(true, 2)).toBe('tooLow');
    expect(minAnswersProblem(true, 3.5)).toBe('tooLow');
    expect(minAnswersProblem(true, 3)).toBeNull();
  });
});

describe('API error fields', () => {
  it('should map each API field to the control that shows it', () => {
    expect(controlPathOf('questions.2.options')).toBe('questions.2.options');
    expect(controlPathOf('survey.questions.2.options.1')).toBe('questions.2.options');
    expect(controlPathOf('input.questions.0.prompt')).toBe('questions.0.prompt');
    expect(controlPathOf('questions.4')).toBe('questions.4');
    expect(controlPathOf('questions.4.unknownThing')).toBe('questions.4');
    expect(controlPathOf('questions')).toBe('questions');
    expect(controlPathOf('toolIds.0')).toBe('toolIds');
    expect(controlPathOf('survey.audienceTeamIds.3')).toBe('audienceTeamIds');
    expect(controlPathOf('closesAt')).toBe('closesAt');
    expect(controlPathOf('expectedVersion')).toBeNull();
    expect(controlPathOf('id')).toBeNull();
  });

  it('should place messages on existing controls, first message per control, and leave the rest for the banner', () => {
    const exists = (path: string) => !path.startsWith('questions.9');
    const { placed, unplaced } = placeSurveyErrors(
      {
        'survey.questions.2.options.0': 'options must differ',
        'survey.questions.2.options.1': 'second message',
        closesAt: 'must be after opensAt',
        'questions.9.prompt': 'gone question',
        expectedVersion: 'changed by someone else',
      },
      exists,
    );
    expect(placed).toEqual({
      'questions.2.options': 'options must differ',
      closesAt: 'must be after opensAt',
    });
    expect(unplaced).toEqual(['gone question', 'changed by someone else']);
  });

  it('should read the question index of a control path', () => {
    expect(questionIndexOf('questions.12.prompt')).toBe(12);
    expect(questionIndexOf('title')).toBeNull();
  });
});

describe('builder values', () => {
  it('should start choice questions with two blank options, score questions on the first tool, text as other', () => {
    expect(newQuestion('SINGLE_CHOICE', [CRM])).toMatchObject({
      options: ['', ''],
      toolId: null,
      required: true,
    });
    expect(newQuestion('NPS', [DIALER, CRM])).toMatchObject({ options: [], toolId: DIALER });
    expect(newQuestion('TEXT', [CRM], 'What do you like?')).toMatchObject({
      prompt: 'What do you like?',
      textTopic: 'OTHER',
      required: false,
    });
  });

  it('should read a stored survey back in question order', () => {
    const stored: SurveyAdminDetailFragment = {
      id: 's1',
      seriesId: 's1',
      wave: 1,
      title: 'Pulse',
      description: '',
      anonymous: true,
      minAnswers: 4,
      audience: 'REPS',
      audienceTeamIds: [],
      audienceRepIds: ['r1'],
      opensAt: new Date(2026, 10, 1, 8, 0).toISOString(),
      closesAt: new Date(2026, 10, 8, 8, 0).toISOString(),
      status: 'DRAFT',
      responses: 0,
      version: 3,
      tools: [{ id: CRM, name: 'CRM' }],
      questions: [
        {
          id: 'q2',
          position: 2,
          kind: 'TEXT',
          prompt: 'Second',
          required: false,
          options: [],
          toolId: null,
          textTopic: 'LIKES',
        },
        {
          id: 'q1',
          position: 1,
          kind: 'CSAT',
          prompt: 'First',
          required: true,
          options: [],
          toolId: CRM,
          textTopic: null,
        },
      ],
    };
    const result = draftOf(stored);
    expect(result.questions.map((q) => q.prompt)).toEqual(['First', 'Second']);
    expect(result.opensAt).toBe('2026-11-01T08:00');
    expect(result).toMatchObject({ toolIds: [CRM], anonymous: true, minAnswers: 4, audienceRepIds: ['r1'] });
  });
});

describe('toolsNotScored', () => {
  const question = (kind: 'CSAT' | 'NPS' | 'TEXT', toolId: string | null) => ({
    kind,
    toolId,
    prompt: '',
    required: true,
    options: [],
    textTopic: null,
  });
  it('should name the tools no CSAT or NPS question asks about, in the survey’s order', () => {
    expect(
      toolsNotScored({
        toolIds: ['a', 'b', 'c'],
        questions: [question('CSAT', 'a'), question('TEXT', null), question('NPS', 'c')],
      }),
    ).toEqual(['b']);
    expect(toolsNotScored({ toolIds: ['a'], questions: [] })).toEqual(['a']);
    expect(toolsNotScored({ toolIds: [], questions: [question('CSAT', 'a')] })).toEqual([]);
  });
});
