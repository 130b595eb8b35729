import { type I18nService, type TranslationKey } from '@salesops/portal/i18n';

import { type ForecastMethod, type GoalMetric } from '../generated';

/**
 * How a param of an API template is written: as it came, a count, an amount, a calendar day, a goal
 * metric, a list, a list of quoted names, a signed change, a forecast method's code, or MONTH, QUARTER
 * or YEAR as the word for that span.
 */
export type ParamKind =
  | 'text'
  | 'count'
  | 'amount'
  | 'date'
  | 'metric'
  | 'list'
  | 'quotedList'
  | 'change'
  | 'forecastMethod'
  | 'periodWord';

/** The params one template names, with how each is written. */
export type ParamKinds = Readonly<Record<string, ParamKind>>;

type Params = Readonly<Record<string, unknown>>;

const METRICS: readonly string[] = ['WON_REVENUE', 'NEW_PIPELINE', 'DEALS_WON'] satisfies GoalMetric[];
const METHODS: readonly string[] = [
  'NAIVE',
  'SEASONAL_NAIVE',
  'DRIFT',
  'HOLT',
  'DAMPED_HOLT',
  'HOLT_WINTERS',
  'STAGE_WEIGHTED',
  'PIPELINE_SIMULATION',
] satisfies ForecastMethod[];
const PERIOD_WORDS: readonly string[] = ['MONTH', 'QUARTER', 'YEAR'];
const DECIMAL = /^-?\d+(\.\d+)?$/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A text the API sent as a template key and its params as JSON (an audit summary, an import's reason),
 * worded in the reader's language with the dictionary entry `textKey(key)`. Null when there is no key,
 * the key is not in `catalogue` (an older row, or a template newer than this portal) or the params are
 * not what the template needs: the caller then shows the API's English.
 */
export function wordTemplated<K extends string>(
  i18n: I18nService,
  catalogue: Readonly<Record<K, ParamKinds>>,
  textKey: (key: K) => TranslationKey,
  key: string | null | undefined,
  paramsJson: string | null | undefined,
): string | null {
  const params = parseParams(paramsJson);
  if (!key || !Object.hasOwn(catalogue, key) || !params) return null;
  const known = key as K;
  const values: Record<string, string> = {};
  for (const [name, kind] of Object.entries(catalogue[known] as ParamKinds)) {
    const value = writeParam(i18n, kind, params[name], params);
    if (value === null) return null;
    values[name] = value;
  }
  return i18n.t(textKey(known), values);
}

function isGoalMetric(value: string): value is GoalMetric {
  return METRICS.includes(value);
}

function isForecastMethod(value: unknown): value is ForecastMethod {
  return typeof value === 'string' && METHODS.includes(value);
}

function isPeriodWord(value: unknown): value is 'MONTH' | 'QUARTER' | 'YEAR' {
  return typeof value === 'string' && PERIOD_WORDS.includes(value);
}

function parseParams(json: string | null | undefined): Params | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Params) : null;
  } catch {
    // Not JSON: the API's English still says it.
    return null;
  }
}

const isTextList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** One param in the reader's style; null when it is missing or not what the template expects. */
function writeParam(i18n: I18nService, kind: ParamKind, value: unknown, params: Params): string | null {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'count':
      return typeof value === 'number' && Number.isFinite(value) ? i18n.formatNumber(value) : null;
    case 'change':
      return typeof value === 'number' && Number.isFinite(value)
        ? `${value >= 0 ? '+' : ''}${i18n.formatNumber(value)}`
        : null;
    case 'amount':
      // Money comes as decimal text with its currency, and goes to Intl as text so no float rounds it.
      if (typeof value !== 'string' || !DECIMAL.test(value)) return null;
      return typeof params['currency'] === 'string'
        ? i18n.formatMoney(value, params['currency'])
        : i18n.formatNumber(Number(value));
    case 'date':
      return typeof value === 'string' && CALENDAR_DAY.test(value) ? i18n.formatDate(value) : null;
    case 'metric':
      if (typeof value !== 'string') return null;
      return isGoalMetric(value) ? i18n.t(`goals.metric.${value}`) : value;
    case 'list':
      return isTextList(value) ? value.join(', ') : null;
    case 'quotedList':
      return isTextList(value) ? value.map((item) => `"${item}"`).join(', ') : null;
    case 'forecastMethod':
      return isForecastMethod(value) ? i18n.t(`forecast.method.${value}`) : null;
    case 'periodWord':
      return isPeriodWord(value) ? i18n.t(`forecast.note.period.${value}`) : null;
  }
}
