import { type TemplatedText, templatedText, type TemplateParams } from '@salesops/domain';

import { type ForecastNoteDto } from '../dtos/forecast-note.dto';

/** A method as the notes name it: the API's code (`SEASONAL_NAIVE`), worded by each reader. */
type MethodCode =
  | 'NAIVE'
  | 'SEASONAL_NAIVE'
  | 'DRIFT'
  | 'HOLT'
  | 'DAMPED_HOLT'
  | 'HOLT_WINTERS'
  | 'STAGE_WEIGHTED'
  | 'PIPELINE_SIMULATION';
/** The pay-period-like span a pipeline method's record is kept for. */
type RecordPeriod = 'MONTH' | 'QUARTER' | 'YEAR';

const METHOD_NAMES: Record<MethodCode, string> = {
  NAIVE: 'Naive',
  SEASONAL_NAIVE: 'Seasonal naive',
  DRIFT: 'Drift',
  HOLT: 'Holt',
  DAMPED_HOLT: 'Damped Holt',
  HOLT_WINTERS: 'Holt-Winters',
  STAGE_WEIGHTED: 'Stage-weighted pipeline',
  PIPELINE_SIMULATION: 'Pipeline simulation',
};
const PERIOD_WORDS: Record<RecordPeriod, string> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

/**
 * Why a forecast figure is missing or what it rests on, in English, by key: one sentence each. A method's
 * `note` is its sentences joined by a space, and `notes` gives each sentence's key and params, so a client
 * words the same facts in its reader's language (the portal keeps the same templates as
 * `forecast.note.<key>`; docs/decisions/0012). Methods are named by their code, periods by MONTH, QUARTER
 * or YEAR, counts and percentages as numbers. A count follows a colon or a verb, never a noun it
 * would have to agree with, so a client's template needs no plural rule.
 */
export const FORECAST_NOTES = {
  'history.short': (p: { method: MethodCode; needed: number; available: number }) =>
    `${METHOD_NAMES[p.method]} needs at least ${p.needed} months of history, ${p.available} available.`,
  'backtest.short': (p: { needed: number; available: number }) =>
    `Not backtested, so neither ranked nor given an interval: a backtest of this window needs at least ${p.needed} months of history, ${p.available} available.`,
  'backtest.declined': (p: { available: number }) =>
    `Not backtested, so neither ranked nor given an interval: no origin leaves the method its own minimum history and a full window after it (${p.available} months).`,
  'interval.few_errors': (p: { errors: number; needed: number }) =>
    `No interval yet: it needs ${p.needed} backtest errors and has ${p.errors}.`,
  'pipeline.placed': (p: { inWindow: number; open: number; estimatedPercent: number }) =>
    `Open deals expected to close in the window: ${p.inWindow} of ${p.open}; ${p.estimatedPercent}% of the weighted value rests on estimated close dates.`,
  'pipeline.untimed': (p: { deals: number }) =>
    `Deals left out because fewer than 5 past wins had lasted as long as they had (stale deals, or no history yet): ${p.deals}.`,
  'pipeline.no_value': (p: { deals: number }) => `Deals left out for having no value: ${p.deals}.`,
  'pipeline.independent': () => 'The interval assumes each stage probability is right.',
  'pipeline.simulated': (p: { deals: number; runs: number }) =>
    `Open deals simulated: ${p.deals}, in ${p.runs} runs.`,
  'pipeline.new_business': (p: { windows: number }) => `New business drawn from past windows: ${p.windows}.`,
  'pipeline.no_new_business': () =>
    "No past window to draw new business from yet: the forecast counts today's pipeline only.",
  'record.none': (p: { period: RecordPeriod }) =>
    `No ${PERIOD_WORDS[p.period]}-start forecast of this subject has been frozen and scored yet, so it is not ranked.`,
  'record.scored': (p: { period: RecordPeriod; scored: number }) =>
    `Frozen ${PERIOD_WORDS[p.period]}-start forecasts scored so far: ${p.scored}.`,
  'record.too_few': (p: { period: RecordPeriod; scored: number; needed: number }) =>
    `Frozen ${PERIOD_WORDS[p.period]}-start forecasts scored so far: ${p.scored} (ranked from ${p.needed}).`,
  'suggestion.no_interval': (p: { months: number }) =>
    `No backtested method has an interval on this history (${p.months} months), so there is no distribution to draw a target from.`,
  'suggestion.top_without_interval': (p: { top: MethodCode; used: MethodCode }) =>
    `${METHOD_NAMES[p.top]} ranks first but has no interval yet; ${METHOD_NAMES[p.used]} is the best-ranked method with one.`,
} as const satisfies Record<string, (params: never) => string>;

export type ForecastNoteKey = keyof typeof FORECAST_NOTES;
export type ForecastNoteParams<K extends ForecastNoteKey> = TemplateParams<typeof FORECAST_NOTES, K>;
/** One sentence of a note: the template's key, its params, and the English it gives. */
export type ForecastNote = TemplatedText<ForecastNoteKey>;

export const forecastNote = templatedText(FORECAST_NOTES);

/** A method's note in English: its sentences in order; null when there are none. */
export function noteText(notes: readonly ForecastNote[]): string | null {
  return notes.length === 0 ? null : notes.map((note) => note.text).join(' ');
}

/** The sentences as the API sends them: key, params as JSON text, English. */
export function noteDtos(notes: readonly ForecastNote[]): ForecastNoteDto[] {
  return notes.map((note) => ({ key: note.key, params: JSON.stringify(note.params), text: note.text }));
}
