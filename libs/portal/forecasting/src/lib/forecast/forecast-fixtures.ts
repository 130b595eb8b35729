import { type ForecastMethodRowFragment, type ForecastQuery } from '@salesops/portal/data-access';

/** A method row for tests: no interval and no backtest unless given. */
export function methodRow(overrides: Partial<ForecastMethodRowFragment>): ForecastMethodRowFragment {
  return {
    method: 'NAIVE',
    family: 'TIME_SERIES',
    recommended: false,
    point: '300000.00',
    p10: null,
    p50: null,
    p90: null,
    intervalSource: null,
    wape: null,
    bias: null,
    coverage: null,
    origins: 0,
    beatsNaive: null,
    beatsSeasonalNaive: null,
    note: null,
    notes: [],
    ...overrides,
  };
}

export const HOLT = methodRow({
  method: 'HOLT',
  recommended: true,
  point: '330000.00',
  p10: '270000.00',
  p50: '330000.00',
  p90: '390000.00',
  intervalSource: 'BACKTEST_ERRORS',
  wape: 0.11,
  bias: 0.05,
  coverage: 0.8,
  origins: 8,
  beatsNaive: true,
});

export const NAIVE = methodRow({ method: 'NAIVE', wape: 0.2, bias: -0.02, origins: 8, beatsNaive: false });

export const STAGE = methodRow({
  method: 'STAGE_WEIGHTED',
  family: 'PIPELINE',
  point: '150000.00',
  p10: '120000.00',
  p50: '150000.00',
  p90: '180000.00',
  intervalSource: 'SIMULATION',
  note: 'Open deals expected to close in the window: 12 of 15; 20% of the weighted value rests on estimated close dates. The interval assumes each stage probability is right.',
  notes: [
    { key: 'pipeline.placed', params: '{"inWindow":12,"open":15,"estimatedPercent":20}' },
    { key: 'pipeline.independent', params: '{}' },
  ],
});

export function forecastResult(
  overrides: Partial<ForecastQuery['forecast']> = {},
): ForecastQuery['forecast'] {
  return {
    asOf: '2018-01-01',
    period: 'FY2018-Q1',
    periodStart: '2018-01-01',
    periodEnd: '2018-04-01',
    metric: 'WON_REVENUE',
    currency: 'USD',
    forecastMonths: 3,
    wonToDate: '0.00',
    recommendedMethod: 'HOLT',
    statement: 'HOLT is most accurate',
    subject: { id: 't1', kind: 'TEAM', name: "Melvin Marxen's team" },
    history: [
      { month: '2017-10', value: '100000.00' },
      { month: '2017-11', value: '90000.00' },
      { month: '2017-12', value: '120000.00' },
    ],
    methods: [HOLT, NAIVE, STAGE],
    ...overrides,
  };
}
