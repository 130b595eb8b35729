import {
  FORECAST_NOTES,
  forecastNote,
  type ForecastNoteKey,
  type ForecastNoteParams,
  noteDtos,
  noteText,
} from './forecast-notes';

type Example = { [K in ForecastNoteKey]: [K, ForecastNoteParams<K>, string] }[ForecastNoteKey];

// Each template with its English. The portal's spec holds the same lines and checks its own English
// templates against them (docs/decisions/0012).
const EXAMPLES: Example[] = [
  [
    'history.short',
    { method: 'SEASONAL_NAIVE', needed: 12, available: 10 },
    'Seasonal naive needs at least 12 months of history, 10 available.',
  ],
  [
    'backtest.short',
    { needed: 9, available: 7 },
    'Not backtested, so neither ranked nor given an interval: a backtest of this window needs at least 9 months of history, 7 available.',
  ],
  [
    'backtest.declined',
    { available: 10 },
    'Not backtested, so neither ranked nor given an interval: no origin leaves the method its own minimum history and a full window after it (10 months).',
  ],
  ['interval.few_errors', { errors: 2, needed: 5 }, 'No interval yet: it needs 5 backtest errors and has 2.'],
  [
    'pipeline.placed',
    { inWindow: 12, open: 40, estimatedPercent: 35 },
    'Open deals expected to close in the window: 12 of 40; 35% of the weighted value rests on estimated close dates.',
  ],
  [
    'pipeline.untimed',
    { deals: 3 },
    'Deals left out because fewer than 5 past wins had lasted as long as they had (stale deals, or no history yet): 3.',
  ],
  ['pipeline.no_value', { deals: 1 }, 'Deals left out for having no value: 1.'],
  ['pipeline.independent', {}, 'The interval assumes each stage probability is right.'],
  ['pipeline.simulated', { deals: 120, runs: 2000 }, 'Open deals simulated: 120, in 2000 runs.'],
  ['pipeline.new_business', { windows: 7 }, 'New business drawn from past windows: 7.'],
  [
    'pipeline.no_new_business',
    {},
    "No past window to draw new business from yet: the forecast counts today's pipeline only.",
  ],
  [
    'record.none',
    { period: 'QUARTER' },
    'No quarter-start forecast of this subject has been frozen and scored yet, so it is not ranked.',
  ],
  ['record.scored', { period: 'MONTH', scored: 7 }, 'Frozen month-start forecasts scored so far: 7.'],
  [
    'record.too_few',
    { period: 'YEAR', scored: 1, needed: 3 },
    'Frozen year-start forecasts scored so far: 1 (ranked from 3).',
  ],
  [
    'suggestion.no_interval',
    { months: 4 },
    'No backtested method has an interval on this history (4 months), so there is no distribution to draw a target from.',
  ],
  [
    'suggestion.top_without_interval',
    { top: 'HOLT', used: 'DRIFT' },
    'Holt ranks first but has no interval yet; Drift is the best-ranked method with one.',
  ],
];

describe('forecast notes', () => {
  it.each(EXAMPLES)('should word %s in English', (key, params, english) => {
    expect(forecastNote(key, params as never).text).toBe(english);
  });

  it('should have an example for every template when one is added', () => {
    expect([...new Set(EXAMPLES.map(([key]) => key))].sort()).toEqual(Object.keys(FORECAST_NOTES).sort());
  });

  it('should join the sentences into the English note and send each with its params as JSON', () => {
    const notes = [
      forecastNote('pipeline.simulated', { deals: 2, runs: 200 }),
      forecastNote('pipeline.no_new_business', {}),
    ];
    expect(noteText(notes)).toBe(
      "Open deals simulated: 2, in 200 runs. No past window to draw new business from yet: the forecast counts today's pipeline only.",
    );
    expect(noteText([])).toBeNull();
    expect(noteDtos(notes)[0]).toEqual({
      key: 'pipeline.simulated',
      params: '{"deals":2,"runs":200}',
      text: 'Open deals simulated: 2, in 200 runs.',
    });
  });
});
