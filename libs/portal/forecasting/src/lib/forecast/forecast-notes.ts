import { type ParamKinds, wordTemplated } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';

const COUNTS = { needed: 'count', available: 'count' } as const;

/**
 * The API's forecast notes (libs/api/forecasting/src/lib/notes/forecast-notes.ts) this portal words, with
 * the params each names; `forecast.note.<key>` holds the words. A key missing here shows the API's English.
 */
export const FORECAST_NOTE_PARAMS = {
  'history.short': { method: 'forecastMethod', ...COUNTS },
  'backtest.short': COUNTS,
  'backtest.declined': { available: 'count' },
  'interval.few_errors': { errors: 'count', needed: 'count' },
  'pipeline.placed': { inWindow: 'count', open: 'count', estimatedPercent: 'count' },
  'pipeline.untimed': { deals: 'count' },
  'pipeline.no_value': { deals: 'count' },
  'pipeline.independent': {},
  'pipeline.simulated': { deals: 'count', runs: 'count' },
  'pipeline.new_business': { windows: 'count' },
  'pipeline.no_new_business': {},
  'record.none': { period: 'periodWord' },
  'record.scored': { period: 'periodWord', scored: 'count' },
  'record.too_few': { period: 'periodWord', scored: 'count', needed: 'count' },
  'suggestion.no_interval': { months: 'count' },
  'suggestion.top_without_interval': { top: 'forecastMethod', used: 'forecastMethod' },
} as const satisfies Record<string, ParamKinds>;

export type ForecastNoteKey = keyof typeof FORECAST_NOTE_PARAMS;

/** Something the API notes: its English and the same sentences as keys and params. */
export interface Noted {
  readonly note: string | null;
  readonly notes: readonly { readonly key: string; readonly params: string }[];
}

/**
 * A method's (or a suggestion's) note in the reader's language, sentence by sentence; the API's English
 * when any sentence is one this portal does not know (a newer API) or cannot read. Null without a note.
 */
export function forecastNoteText(i18n: I18nService, noted: Noted): string | null {
  if (!noted.note) return null;
  const sentences = noted.notes.map((n) =>
    wordTemplated(i18n, FORECAST_NOTE_PARAMS, (key) => `forecast.note.${key}`, n.key, n.params),
  );
  return sentences.length > 0 && sentences.every((s) => s !== null) ? sentences.join(' ') : noted.note;
}
