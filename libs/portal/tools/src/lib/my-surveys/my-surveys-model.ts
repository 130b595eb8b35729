import { SCORE_RANGE, TEXT_ANSWER_MAX } from '@salesops/domain';
import { type AnswerInput, type MySurveyEntryFragment, toFieldErrors } from '@salesops/portal/data-access';

export type MySurveyEntry = MySurveyEntryFragment;
export type MySurveyQuestion = MySurveyEntry['survey']['questions'][number];
export type MySurveyAnswer = MySurveyEntry['myAnswers'][number];

export { SCORE_RANGE, TEXT_ANSWER_MAX };

/** What the rep has filled in for one question; which part counts depends on the kind. */
export interface AnswerDraft {
  readonly score: number | null;
  readonly choices: readonly string[];
  readonly text: string;
}

/** The form: one draft per question id. */
export type SurveyDraft = Readonly<Record<string, AnswerDraft>>;

/**
 * Why a question cannot be sent: `required` (left empty), `tooLong` (text over the limit), or
 * what the API refused in it: `score`, `choices`, `text`; `other` carries the API's own words.
 */
export type QuestionProblem =
  | { readonly kind: 'required' }
  | { readonly kind: 'tooLong' | 'score' | 'choices' }
  | { readonly kind: 'other'; readonly message: string };

/** Problems by question id. */
export type QuestionProblems = Readonly<Record<string, QuestionProblem>>;

export const EMPTY_ANSWER: AnswerDraft = { score: null, choices: [], text: '' };

export function byPosition(questions: readonly MySurveyQuestion[]): MySurveyQuestion[] {
  return [...questions].sort((a, b) => a.position - b.position);
}

/**
 * The form's first state: the rep's earlier answers for a named survey, empty for a new one.
 * Anonymous surveys never send earlier answers back, so they always start empty.
 */
export function initialDraft(entry: MySurveyEntry): SurveyDraft {
  const draft: Record<string, AnswerDraft> = {};
  for (const question of entry.survey.questions) {
    const earlier = entry.myAnswers.find((answer) => answer.questionId === question.id);
    draft[question.id] = earlier ? fromAnswer(question, earlier) : EMPTY_ANSWER;
  }
  return draft;
}

function fromAnswer(question: MySurveyQuestion, answer: MySurveyAnswer): AnswerDraft {
  switch (question.kind) {
    case 'CSAT':
    case 'NPS':
      return { ...EMPTY_ANSWER, score: answer.score ?? null };
    case 'SINGLE_CHOICE':
      return {
        ...EMPTY_ANSWER,
        choices: answer.choices.filter((c) => question.options.includes(c)).slice(0, 1),
      };
    case 'MULTI_CHOICE':
      return {
        ...EMPTY_ANSWER,
        choices: question.options.filter((option) => answer.choices.includes(option)),
      };
    case 'TEXT':
      return { ...EMPTY_ANSWER, text: answer.text ?? '' };
  }
}

/** True when the draft holds an answer for this kind of question (blank text does not count). */
export function isAnswered(question: MySurveyQuestion, draft: AnswerDraft | undefined): boolean {
  if (!draft) return false;
  switch (question.kind) {
    case 'CSAT':
    case 'NPS':
      return draft.score !== null;
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE':
      return draft.choices.length > 0;
    case 'TEXT':
      return draft.text.trim().length > 0;
  }
}

/** Toggles one option of a multiple-choice question, keeping the options' order. */
export function toggleChoice(question: MySurveyQuestion, draft: AnswerDraft, option: string): AnswerDraft {
  const chosen = new Set(draft.choices);
  if (chosen.has(option)) chosen.delete(option);
  else chosen.add(option);
  return { ...draft, choices: question.options.filter((candidate) => chosen.has(candidate)) };
}

/** Client-side checks before sending: required questions answered, text within the limit. */
export function validateDraft(questions: readonly MySurveyQuestion[], draft: SurveyDraft): QuestionProblems {
  const problems: Record<string, QuestionProblem> = {};
  for (const question of questions) {
    const answer = draft[question.id];
    if (question.kind === 'TEXT' && answer && answer.text.length > TEXT_ANSWER_MAX) {
      problems[question.id] = { kind: 'tooLong' };
    } else if (question.required && !isAnswered(question, answer)) {
      problems[question.id] = { kind: 'required' };
    }
  }
  return problems;
}

export interface AnswersPayload {
  /** What `submitSurveyResponse` gets, in question order, empty answers left out. */
  readonly answers: AnswerInput[];
  /** The question id at each index of `answers`, to place the API's `answers.N.field` errors. */
  readonly questionIds: readonly string[];
}

/** The answers to send: only the part that fits each kind, text trimmed, empty answers left out. */
export function toAnswersPayload(questions: readonly MySurveyQuestion[], draft: SurveyDraft): AnswersPayload {
  const answers: AnswerInput[] = [];
  for (const question of byPosition(questions)) {
    const answer = draft[question.id];
    if (!answer || !isAnswered(question, answer)) continue;
    switch (question.kind) {
      case 'CSAT':
      case 'NPS':
        answers.push({ questionId: question.id, score: answer.score });
        break;
      case 'SINGLE_CHOICE':
      case 'MULTI_CHOICE':
        answers.push({ questionId: question.id, choices: [...answer.choices] });
        break;
      case 'TEXT':
        answers.push({ questionId: question.id, text: answer.text.trim() });
        break;
    }
  }
  return { answers, questionIds: answers.map((answer) => answer.questionId) };
}

export interface PlacedApiErrors {
  readonly problems: QuestionProblems;
  /** API messages no question owns (a closed survey, an unknown question). */
  readonly unplaced: readonly string[];
}

const ANSWER_FIELD = /^answers\.(\d+)(?:\.(\w+))?$/;
const QUESTION_NUMBER = /question (\d+)/;

/**
 * Puts the API's field errors back on the questions: `answers.2.score` is the third answer sent,
 * `answers.2` a required answer sent empty, and `answers` a required answer left out (its
 * message names the question: `question 3 ("...") needs an answer`).
 */
export function placeApiErrors(
  error: unknown,
  questions: readonly MySurveyQuestion[],
  sentQuestionIds: readonly string[],
): PlacedApiErrors {
  const problems: Record<string, QuestionProblem> = {};
  const unplaced: string[] = [];
  const place = (questionId: string | undefined, problem: QuestionProblem, message: string): void => {
    if (!questionId || !questions.some((question) => question.id === questionId)) unplaced.push(message);
    else if (!(questionId in problems)) problems[questionId] = problem;
  };
  for (const [field, message] of Object.entries(toFieldErrors(error))) {
    const answerField = ANSWER_FIELD.exec(field);
    if (answerField) {
      const questionId = sentQuestionIds[Number(answerField[1])];
      const part = answerField[2];
      if (part === 'score' || part === 'choices') place(questionId, { kind: part }, message);
      else if (part === 'text') place(questionId, textProblem(questionId, questions, message), message);
      else if (part === undefined) place(questionId, { kind: 'required' }, message);
      else unplaced.push(message);
    } else if (field === 'answers') {
      const position = Number(QUESTION_NUMBER.exec(message)?.[1]);
      place(questions.find((question) => question.position === position)?.id, { kind: 'required' }, message);
    } else {
      unplaced.push(message);
    }
  }
  return { problems, unplaced };
}

function textProblem(
  questionId: string | undefined,
  questions: readonly MySurveyQuestion[],
  message: string,
): QuestionProblem {
  const question = questions.find((candidate) => candidate.id === questionId);
  return question?.kind === 'TEXT' && /at most/.test(message)
    ? { kind: 'tooLong' }
    : { kind: 'other', message };
}

/** Waiting surveys first, then answered ones; within each, the one closing soonest first. */
export function sortEntries(entries: readonly MySurveyEntry[]): MySurveyEntry[] {
  return [...entries].sort(
    (a, b) =>
      Number(a.answered) - Number(b.answered) ||
      Date.parse(a.survey.closesAt) - Date.parse(b.survey.closesAt) ||
      a.survey.title.localeCompare(b.survey.title),
  );
}

export type CloseUnit = 'day' | 'hour' | 'minute';

/** How far away the close is, for Intl.RelativeTimeFormat: `{ value: 3, unit: 'day' }` is "in 3 days". */
export function timeToClose(closesAt: string, now: number): { value: number; unit: CloseUnit } {
  const minutes = Math.max(0, (Date.parse(closesAt) - now) / 60_000);
  if (minutes < 60) return { value: Math.max(1, Math.ceil(minutes)), unit: 'minute' };
  const hours = minutes / 60;
  if (hours < 23.5) return { value: Math.round(hours), unit: 'hour' };
  return { value: Math.max(1, Math.round(hours / 24)), unit: 'day' };
}

/** Under a day left: worth a warning colour in the list. */
export function closesSoon(closesAt: string, now: number): boolean {
  return Date.parse(closesAt) - now < 24 * 3_600_000;
}
