import { type ForecastMethod, type ForecastMethodRowFragment } from '@salesops/portal/data-access';
import { type TranslationKey } from '@salesops/portal/i18n';

/** One sentence of the reading, to be translated with its parameters. */
export interface ReadingPart {
  readonly key: TranslationKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Rankings that rest on fewer past forecasts than this are called a weak signal. */
export const FEW_ORIGINS = 6;

const BASELINES: readonly ForecastMethod[] = ['NAIVE', 'SEASONAL_NAIVE'];

/**
 * The plain reading of the methods: which one has been most accurate for the subject and by how much it
 * beat the naive baseline, or plainly that none beat it, or that there is too little history to tell.
 * `percent`, `points` and `method` word a share, a difference of shares (percentage points) and a method
 * name in the reader's language.
 */
export function forecastReading(
  methods: readonly ForecastMethodRowFragment[],
  subject: string,
  percent: (share: number) => string,
  method: (name: ForecastMethod) => string,
  points: (share: number) => string = percent,
): ReadingPart[] {
  const best = methods.find((m) => m.recommended && m.wape !== null);
  if (!best || best.wape === null) return [{ key: 'forecast.reading.none', params: { subject } }];
  const naive = methods.find((m) => m.method === 'NAIVE');
  const parts: ReadingPart[] = [];
  if (BASELINES.includes(best.method) || best.beatsNaive === false) {
    parts.push({
      key: 'forecast.reading.noneBeatsNaive',
      params: { subject, method: method(best.method), wape: percent(best.wape) },
    });
  } else if (best.beatsNaive && naive?.wape !== null && naive?.wape !== undefined) {
    parts.push({
      key: 'forecast.reading.best',
      params: {
        subject,
        method: method(best.method),
        wape: percent(best.wape),
        naive: percent(naive.wape),
        gain: points(naive.wape - best.wape),
      },
    });
  } else {
    parts.push({
      key: 'forecast.reading.bestUncompared',
      params: { subject, method: method(best.method), wape: percent(best.wape) },
    });
  }
  if (best.origins < FEW_ORIGINS)
    parts.push({ key: 'forecast.reading.few', params: { count: best.origins } });
  return parts;
}

/** The methods with the recommended one first, then those with a point, in the API's order otherwise. */
export function orderedMethods(methods: readonly ForecastMethodRowFragment[]): ForecastMethodRowFragment[] {
  const rank = (m: ForecastMethodRowFragment) => (m.recommended ? 0 : m.point !== null ? 1 : 2);
  return methods
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => m);
}
