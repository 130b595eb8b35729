/** The kinds of survey question and what an answer to each may hold. */
export type QuestionKind = 'CSAT' | 'NPS' | 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'TEXT';

export interface QuestionRule {
  kind: QuestionKind;
  required: boolean;
  options: readonly string[];
}

export interface AnswerInput {
  score?: number | null;
  choices?: readonly string[] | null;
  text?: string | null;
}

export const SCORE_RANGE: Readonly<Record<'CSAT' | 'NPS', readonly [number, number]>> = {
  CSAT: [1, 5],
  NPS: [0, 10],
};
export const TEXT_ANSWER_MAX = 2000;
/** Anonymous results stay hidden below this many answers, whatever a survey asks for. */
export const MIN_ANONYMITY_THRESHOLD = 3;

export type AnswerCheck =
  { ok: true; empty: boolean } | { ok: false; field: 'score' | 'choices' | 'text'; message: string };

/**
 * Checks one answer against its question: the right part filled in for the kind, in range, from the
 * options. An empty answer is fine here; whether the question may be left empty is the caller's rule.
 */
export function checkAnswer(question: QuestionRule, answer: AnswerInput): AnswerCheck {
  const hasScore = answer.score !== undefined && answer.score !== null;
  const choices = answer.choices ?? [];
  const text = answer.text?.trim() ?? '';
  switch (question.kind) {
    case 'CSAT':
    case 'NPS': {
      if (choices.length > 0 || text)
        return { ok: false, field: 'score', message: `a ${question.kind} question takes a score only` };
      if (!hasScore) return { ok: true, empty: true };
      const [low, high] = SCORE_RANGE[question.kind];
      const score = answer.score as number;
      if (!Number.isInteger(score) || score < low || score > high)
        return { ok: false, field: 'score', message: `must be a whole number from ${low} to ${high}` };
      return { ok: true, empty: false };
    }
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE': {
      if (hasScore || text)
        return { ok: false, field: 'choices', message: 'a choice question takes choices only' };
      if (choices.length === 0) return { ok: true, empty: true };
      if (question.kind === 'SINGLE_CHOICE' && choices.length > 1)
        return { ok: false, field: 'choices', message: 'pick one option' };
      if (new Set(choices).size !== choices.length)
        return { ok: false, field: 'choices', message: 'names an option twice' };
      const unknown = choices.find((choice) => !question.options.includes(choice));
      if (unknown !== undefined)
        return {
          ok: false,
          field: 'choices',
          message: `"${unknown.slice(0, 50)}" is not one of the options`,
        };
      return { ok: true, empty: false };
    }
    case 'TEXT': {
      if (hasScore || choices.length > 0)
        return { ok: false, field: 'text', message: 'a text question takes text only' };
      if (!text) return { ok: true, empty: true };
      if (text.length > TEXT_ANSWER_MAX)
        return { ok: false, field: 'text', message: `must be at most ${TEXT_ANSWER_MAX} characters` };
      return { ok: true, empty: false };
    }
  }
}

/** Share of CSAT scores that are 4 or 5 (satisfied), 0..1; null without scores. */
export function csatShare(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return scores.filter((score) => score >= 4).length / scores.length;
}

export interface NetPromoter {
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters - % detractors, -100..100 */
  score: number;
}

/** Net Promoter Score from 0-10 answers: 9-10 promote, 7-8 are passive, 0-6 detract. */
export function netPromoter(scores: readonly number[]): NetPromoter | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  const passives = scores.length - promoters - detractors;
  return {
    promoters,
    passives,
    detractors,
    score: Math.round(((promoters - detractors) / scores.length) * 1000) / 10,
  };
}

/** Pairs `pearson` needs before it says anything. */
export const MIN_CORRELATION_PAIRS = 3;

/**
 * How a correlation over `pairs` reads: too few pairs, no spread to compare (every score or every
 * result the same), no clear link (|r| under 0.2), or a link either way.
 */
export type CorrelationReading = 'TOO_FEW' | 'FLAT' | 'UNCLEAR' | 'MORE' | 'LESS';

export function correlationReading(r: number | null | undefined, pairs: number): CorrelationReading {
  if (pairs < MIN_CORRELATION_PAIRS) return 'TOO_FEW';
  if (r === null || r === undefined) return 'FLAT';
  if (Math.abs(r) < 0.2) return 'UNCLEAR';
  return r > 0 ? 'MORE' : 'LESS';
}

/** Pearson correlation of paired values, -1..1; null with fewer than 3 pairs or no spread. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error('pearson needs pairs');
  const n = xs.length;
  if (n < MIN_CORRELATION_PAIRS) return null;
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Whether an anonymous group (answers of a team) may be shown: it needs the threshold itself, and so
 * does its complement within the parent group, unless the complement is empty (then both reports show
 * the same answers). Otherwise two reports could be subtracted to expose a few people's answers.
 */
export function groupMayShow(groupCount: number, parentCount: number, threshold: number): boolean {
  if (groupCount < threshold) return false;
  const complement = parentCount - groupCount;
  return complement === 0 || complement >= threshold;
}
