import { CombinedGraphQLErrors } from '@apollo/client/errors';

import {
  closesSoon,
  EMPTY_ANSWER,
  initialDraft,
  type MySurveyEntry,
  type MySurveyQuestion,
  placeApiErrors,
  sortEntries,
  timeToClose,
  toAnswersPayload,
  toggleChoice,
  validateDraft,
} from './my-surveys-model';

function question(
  position: number,
  kind: MySurveyQuestion['kind'],
  overrides: Partial<MySurveyQuestion> = {},
): MySurveyQuestion {
  return {
    id: `q${position}`,
    position,
    kind,
    prompt: `Question ${position}`,
    required: false,
    options: kind === 'SINGLE_CHOICE' || kind === 'MULTI_CHOICE' ? ['Daily', 'Weekly', 'Never'] : [],
    toolId: null,
    textTopic: null,
    ...overrides,
  };
}

const QUESTIONS = [
  question(1, 'CSAT', { required: true }),
  question(2, 'NPS', { required: true }),
  question(3, 'SINGLE_CHOICE'),
  question(4, 'MULTI_CHOICE'),
  question(5, 'TEXT'),
];

function entry(
  overrides: Partial<MySurveyEntry> & {
    id?: string;
    closesAt?: string;
    anonymous?: boolean;
    title?: string;
  } = {},
): MySurveyEntry {
  const {
    id = 's1',
    closesAt = '2030-01-10T12:00:00.000Z',
    anonymous = false,
    title = 'Survey',
    ...rest
  } = overrides;
  return {
    answered: false,
    myAnswers: [],
    survey: { id, title, description: '', anonymous, closesAt, tools: [], questions: QUESTIONS },
    ...rest,
  };
}

describe('initialDraft', () => {
  it('should prefill a named survey from myAnswers and leave unanswered questions empty', () => {
    const draft = initialDraft(
      entry({
        answered: true,
        myAnswers: [
          { questionId: 'q1', score: 4, choices: [], text: null },
          { questionId: 'q4', score: null, choices: ['Never', 'Daily'], text: null },
          { questionId: 'q5', score: null, choices: [], text: 'Faster search' },
        ],
      }),
    );
    expect(draft['q1']).toEqual({ ...EMPTY_ANSWER, score: 4 });
    expect(draft['q2']).toEqual(EMPTY_ANSWER);
    // Kept in the options' order, whatever order the API stored them in.
    expect(draft['q4'].choices).toEqual(['Daily', 'Never']);
    expect(draft['q5'].text).toBe('Faster search');
  });

  it('should start an anonymous survey empty, as the API sends no earlier answers', () => {
    const draft = initialDraft(entry({ anonymous: true, answered: true, myAnswers: [] }));
    expect(Object.values(draft).every((answer) => answer === EMPTY_ANSWER)).toBe(true);
  });
});

describe('validateDraft', () => {
  it('should name each required question left empty', () => {
    const problems = validateDraft(QUESTIONS, initialDraft(entry()));
    expect(problems).toEqual({ q1: { kind: 'required' }, q2: { kind: 'required' } });
  });

  it('should count a score of 0 as an answer and blank text as none', () => {
    const questions = [question(1, 'NPS', { required: true }), question(2, 'TEXT', { required: true })];
    const problems = validateDraft(questions, {
      q1: { ...EMPTY_ANSWER, score: 0 },
      q2: { ...EMPTY_ANSWER, text: '   ' },
    });
    expect(problems).toEqual({ q2: { kind: 'required' } });
  });

  it('should refuse text over 2,000 characters, even on an optional question', () => {
    const draft = {
      ...initialDraft(entry()),
      q1: { ...EMPTY_ANSWER, score: 5 },
      q2: { ...EMPTY_ANSWER, score: 9 },
    };
    expect(validateDraft(QUESTIONS, { ...draft, q5: { ...EMPTY_ANSWER, text: 'x'.repeat(2000) } })).toEqual(
      {},
    );
    expect(validateDraft(QUESTIONS, { ...draft, q5: { ...EMPTY_ANSWER, text: 'x'.repeat(2001) } })).toEqual({
      q5: { kind: 'tooLong' },
    });
  });
});

describe('toAnswersPayload', () => {
  it('should send only what fits each kind, in question order, and leave empty answers out', () => {
    const payload = toAnswersPayload([...QUESTIONS].reverse(), {
      q1: { ...EMPTY_ANSWER, score: 2 },
      q2: { ...EMPTY_ANSWER, score: 0 },
      q3: EMPTY_ANSWER,
      q4: { ...EMPTY_ANSWER, choices: ['Weekly'] },
      q5: { ...EMPTY_ANSWER, text: '  Better reports \n' },
    });
    expect(payload.answers).toEqual([
      { questionId: 'q1', score: 2 },
      { questionId: 'q2', score: 0 },
      { questionId: 'q4', choices: ['Weekly'] },
      { questionId: 'q5', text: 'Better reports' },
    ]);
    expect(payload.questionIds).toEqual(['q1', 'q2', 'q4', 'q5']);
  });

  it('should send nothing for whitespace-only text', () => {
    expect(toAnswersPayload([question(1, 'TEXT')], { q1: { ...EMPTY_ANSWER, text: '  ' } }).answers).toEqual(
      [],
    );
  });
});

describe('toggleChoice', () => {
  it('should add and remove an option, keeping the options order', () => {
    const q = question(1, 'MULTI_CHOICE');
    const once = toggleChoice(q, EMPTY_ANSWER, 'Never');
    const twice = toggleChoice(q, once, 'Daily');
    expect(twice.choices).toEqual(['Daily', 'Never']);
    expect(toggleChoice(q, twice, 'Never').choices).toEqual(['Daily']);
  });
});

describe('placeApiErrors', () => {
  const sent = ['q1', 'q2', 'q4', 'q5'];

  function badInput(fieldErrors: { field: string; message: string }[]): CombinedGraphQLErrors {
    return new CombinedGraphQLErrors({
      errors: [
        { message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: fieldErrors[0].field, fieldErrors } },
      ],
    });
  }

  it('should put answers.N.field on the question sent at index N', () => {
    const placed = placeApiErrors(
      badInput([
        { field: 'answers.1.score', message: 'must be a whole number from 0 to 10' },
        { field: 'answers.2.choices', message: '"X" is not one of the options' },
        { field: 'answers.3.text', message: 'must be at most 2,000 characters' },
      ]),
      QUESTIONS,
      sent,
    );
    expect(placed.problems).toEqual({
      q2: { kind: 'score' },
      q4: { kind: 'choices' },
      q5: { kind: 'tooLong' },
    });
    expect(placed.unplaced).toEqual([]);
  });

  it('should find a missing required answer by the question number in the message', () => {
    const placed = placeApiErrors(
      badInput([{ field: 'answers', message: 'question 3 ("How often?") needs an answer' }]),
      QUESTIONS,
      sent,
    );
    expect(placed.problems).toEqual({ q3: { kind: 'required' } });
  });

  it('should treat answers.N without a part as a required answer sent empty', () => {
    expect(
      placeApiErrors(badInput([{ field: 'answers.0', message: 'needs an answer' }]), QUESTIONS, sent)
        .problems,
    ).toEqual({
      q1: { kind: 'required' },
    });
  });

  it('should leave what no question owns for the banner', () => {
    const placed = placeApiErrors(
      badInput([
        { field: 'answers.9.score', message: 'out of range' },
        { field: 'answers.0.questionId', message: 'is not a question of this survey' },
        { field: 'surveyId', message: 'this survey has closed' },
      ]),
      QUESTIONS,
      sent,
    );
    expect(placed.problems).toEqual({});
    expect(placed.unplaced).toEqual([
      'out of range',
      'is not a question of this survey',
      'this survey has closed',
    ]);
  });
});

describe('sortEntries', () => {
  it('should put waiting surveys first, each group by the soonest close', () => {
    const sorted = sortEntries([
      entry({ id: 'done-soon', answered: true, closesAt: '2030-01-01T00:00:00Z' }),
      entry({ id: 'late', closesAt: '2030-03-01T00:00:00Z' }),
      entry({ id: 'soon', closesAt: '2030-02-01T00:00:00Z' }),
    ]);
    expect(sorted.map((e) => e.survey.id)).toEqual(['soon', 'late', 'done-soon']);
  });
});

describe('timeToClose', () => {
  const now = Date.parse('2030-01-01T12:00:00Z');

  it('should count whole days from a day away', () => {
    expect(timeToClose('2030-01-04T12:00:00Z', now)).toEqual({ value: 3, unit: 'day' });
    expect(timeToClose('2030-01-04T20:00:00Z', now)).toEqual({ value: 3, unit: 'day' });
    expect(timeToClose('2030-01-02T12:00:00Z', now)).toEqual({ value: 1, unit: 'day' });
  });

  it('should count hours, then minutes, on the last day', () => {
    expect(timeToClose('2030-01-01T17:10:00Z', now)).toEqual({ value: 5, unit: 'hour' });
    expect(timeToClose('2030-01-01T12:20:30Z', now)).toEqual({ value: 21, unit: 'minute' });
    expect(timeToClose('2030-01-01T11:00:00Z', now)).toEqual({ value: 1, unit: 'minute' });
  });

  it('should flag a close under a day away as soon', () => {
    expect(closesSoon('2030-01-02T11:00:00Z', now)).toBe(true);
    expect(closesSoon('2030-01-02T13:00:00Z', now)).toBe(false);
  });
});
