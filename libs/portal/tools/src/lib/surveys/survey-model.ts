import { MIN_ANONYMITY_THRESHOLD } from '@salesops/domain';
import {
  type QuestionKind,
  type SurveyAdminDetailFragment,
  type SurveyAudience,
  type SurveyInput,
  type SurveyQuestionInput,
  type TextTopic,
} from '@salesops/portal/data-access';

/** The builder's values, as the form holds them (dates as `datetime-local` text, in local time). */
export interface QuestionDraft {
  readonly kind: QuestionKind;
  readonly prompt: string;
  readonly required: boolean;
  readonly options: readonly string[];
  readonly toolId: string | null;
  readonly textTopic: TextTopic | null;
}

export interface SurveyDraft {
  readonly title: string;
  readonly description: string;
  readonly toolIds: readonly string[];
  readonly anonymous: boolean;
  readonly minAnswers: number | null;
  readonly audience: SurveyAudience;
  readonly audienceTeamIds: readonly string[];
  readonly audienceRepIds: readonly string[];
  readonly opensAt: string;
  readonly closesAt: string;
  readonly questions: readonly QuestionDraft[];
}

export const QUESTION_KINDS: readonly QuestionKind[] = [
  'CSAT',
  'NPS',
  'SINGLE_CHOICE',
  'MULTI_CHOICE',
  'TEXT',
];
export const TEXT_TOPICS: readonly TextTopic[] = ['LIKES', 'DISLIKES', 'OTHER'];
export const AUDIENCES: readonly SurveyAudience[] = ['SEAT_HOLDERS', 'TEAMS', 'REPS', 'EVERYONE'];

// The API's limits (SurveyInput, SurveyQuestionInput).
export const LIMITS = {
  title: 200,
  description: 5000,
  prompt: 500,
  option: 200,
  options: 20,
  tools: 10,
  questions: 50,
} as const;
export const DEFAULT_MIN_ANSWERS = 5;

export function isChoice(kind: QuestionKind): boolean {
  return kind === 'SINGLE_CHOICE' || kind === 'MULTI_CHOICE';
}

/** CSAT and NPS questions are about one tool. */
export function hasTool(kind: QuestionKind): boolean {
  return kind === 'CSAT' || kind === 'NPS';
}

/** A new question of a kind: choice questions start with two empty options to fill in. */
/**
 * The survey's tools that no CSAT or NPS question asks about: the scorecard reads a tool's satisfaction
 * from those questions only, so such a tool gets nothing from this wave (the builder warns).
 */
export function toolsNotScored(draft: Pick<SurveyDraft, 'toolIds' | 'questions'>): string[] {
  const scored = new Set(
    draft.questions.filter((q) => q.kind === 'CSAT' || q.kind === 'NPS').map((q) => q.toolId),
  );
  return draft.toolIds.filter((id) => !scored.has(id));
}

export function newQuestion(kind: QuestionKind, toolIds: readonly string[], prompt = ''): QuestionDraft {
  return {
    kind,
    prompt,
    required: kind !== 'TEXT',
    options: isChoice(kind) ? ['', ''] : [],
    toolId: hasTool(kind) ? (toolIds[0] ?? null) : null,
    textTopic: kind === 'TEXT' ? 'OTHER' : null,
  };
}

/** `Date` -> `YYYY-MM-DDTHH:mm` in local time, the value a `datetime-local` input takes. */
export function toLocalInput(value: Date | string | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (local time) -> ISO instant; null when empty or not a date. */
export function fromLocalInput(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const date = new Date(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A new survey: opens now (to the minute), closes two weeks later, asks the seat holders by name. */
export function emptyDraft(now = new Date()): SurveyDraft {
  const opens = new Date(now);
  opens.setSeconds(0, 0);
  const closes = new Date(opens.getTime() + 14 * 24 * 3600 * 1000);
  return {
    title: '',
    description: '',
    toolIds: [],
    anonymous: false,
    minAnswers: DEFAULT_MIN_ANSWERS,
    audience: 'SEAT_HOLDERS',
    audienceTeamIds: [],
    audienceRepIds: [],
    opensAt: toLocalInput(opens),
    closesAt: toLocalInput(closes),
    questions: [],
  };
}

/** A stored survey as builder values. */
export function draftOf(survey: SurveyAdminDetailFragment): SurveyDraft {
  return {
    title: survey.title,
    description: survey.description,
    toolIds: survey.tools.map((tool) => tool.id),
    anonymous: survey.anonymous,
    minAnswers: survey.minAnswers,
    audience: survey.audience,
    audienceTeamIds: survey.audienceTeamIds,
    audienceRepIds: survey.audienceRepIds,
    opensAt: toLocalInput(survey.opensAt),
    closesAt: toLocalInput(survey.closesAt),
    questions: [...survey.questions]
      .sort((a, b) => a.position - b.position)
      .map((question) => ({
        kind: question.kind,
        prompt: question.prompt,
        required: question.required,
        options: question.options,
        toolId: question.toolId,
        textTopic: question.textTopic,
      })),
  };
}

/**
 * What the API takes: trimmed text, options only for choice questions (blank rows dropped), a tool
 * only for CSAT and NPS, a topic only for text, team or rep ids only for that audience.
 */
export function toSurveyInput(draft: SurveyDraft): SurveyInput {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    toolIds: [...new Set(draft.toolIds)],
    anonymous: draft.anonymous,
    minAnswers: draft.anonymous ? (draft.minAnswers ?? DEFAULT_MIN_ANSWERS) : DEFAULT_MIN_ANSWERS,
    audience: draft.audience,
    audienceTeamIds: draft.audience === 'TEAMS' ? [...draft.audienceTeamIds] : [],
    audienceRepIds: draft.audience === 'REPS' ? [...draft.audienceRepIds] : [],
    opensAt: fromLocalInput(draft.opensAt) ?? draft.opensAt,
    closesAt: fromLocalInput(draft.closesAt) ?? draft.closesAt,
    questions: draft.questions.map(toQuestionInput),
  };
}

export function toQuestionInput(question: QuestionDraft): SurveyQuestionInput {
  return {
    kind: question.kind,
    prompt: question.prompt.trim(),
    required: question.required,
    options: isChoice(question.kind) ? question.options.map((o) => o.trim()).filter(Boolean) : [],
    toolId: hasTool(question.kind) ? question.toolId : null,
    textTopic: question.kind === 'TEXT' ? (question.textTopic ?? 'OTHER') : null,
  };
}

/** Why a choice question's options would be refused, or null: 2 to 20, distinct, 1 to 200 characters. */
export type OptionsProblem = 'tooFew' | 'tooMany' | 'duplicate' | 'tooLong';

export function optionsProblem(kind: QuestionKind, options: readonly string[]): OptionsProblem | null {
  if (!isChoice(kind)) return null;
  const filled = options.map((o) => o.trim()).filter(Boolean);
  if (filled.length < 2) return 'tooFew';
  if (filled.length > LIMITS.options) return 'tooMany';
  if (filled.some((o) => o.length > LIMITS.option)) return 'tooLong';
  if (new Set(filled.map((o) => o.toLowerCase())).size !== filled.length) return 'duplicate';
  return null;
}

/** Why a minimum number of answers would be refused, or null. */
export function minAnswersProblem(anonymous: boolean, value: number | null): 'required' | 'tooLow' | null {
  if (!anonymous) return null;
  if (value === null || value === undefined || Number.isNaN(value)) return 'required';
  return !Number.isInteger(value) || value < MIN_ANONYMITY_THRESHOLD ? 'tooLow' : null;
}

/** True when closesAt is a date after opensAt; missing or bad dates are reported by their fields. */
export function closesAfterOpens(opensAt: string, closesAt: string): boolean {
  const opens = fromLocalInput(opensAt);
  const closes = fromLocalInput(closesAt);
  return !opens || !closes || new Date(closes) > new Date(opens);
}

const TOP_LEVEL = new Set([
  'title',
  'description',
  'toolIds',
  'anonymous',
  'minAnswers',
  'audience',
  'audienceTeamIds',
  'audienceRepIds',
  'opensAt',
  'closesAt',
  'questions',
]);
const QUESTION_FIELDS = new Set(['kind', 'prompt', 'required', 'options', 'toolId', 'textTopic']);

/**
 * The builder's control path for an API error field, or null when no control owns it:
 * `survey.questions.2.options.1` -> `questions.2.options`, `toolIds.0` -> `toolIds`,
 * `input.closesAt` -> `closesAt`, `questions.4` -> `questions.4`, `expectedVersion` -> null.
 */
export function controlPathOf(field: string): string | null {
  const parts = field.replace(/^(input\.)?(survey\.)?/, '').split('.');
  const [head, index, name] = parts;
  if (!TOP_LEVEL.has(head)) return null;
  if (head !== 'questions' || index === undefined || !/^\d+$/.test(index)) return head;
  if (name === undefined) return `questions.${index}`;
  return QUESTION_FIELDS.has(name) ? `questions.${index}.${name}` : `questions.${index}`;
}

/**
 * Splits API field errors between the builder's controls (first message per control) and the rest.
 * `exists` says whether the form has a control at a path (a question index may be gone).
 */
export function placeSurveyErrors(
  errors: Readonly<Record<string, string>>,
  exists: (path: string) => boolean,
): { placed: Record<string, string>; unplaced: string[] } {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(errors)) {
    const path = controlPathOf(field);
    if (path && exists(path)) {
      if (!(path in placed)) placed[path] = message;
    } else unplaced.push(message);
  }
  return { placed, unplaced };
}

/** A question's index from a control path (`questions.2.options` -> 2), or null. */
export function questionIndexOf(path: string): number | null {
  const match = /^questions\.(\d+)/.exec(path);
  return match ? Number(match[1]) : null;
}
