import { TestBed } from '@angular/core/testing';
import { I18nService, interpolate } from '@salesops/portal/i18n';

import { forecastingEn } from '../i18n/en';
import { FORECAST_NOTE_PARAMS, type ForecastNoteKey, forecastNoteText } from './forecast-notes';

type Params = Record<string, unknown>;

/**
 * Every note of the API's catalogue (libs/api/forecasting/src/lib/notes/forecast-notes.ts), with params as
 * the API sends them, the English the API writes (its own spec holds the same lines) and the Korean we
 * want. The portal may not import the API, so this list is kept by hand: a key the API adds shows in English.
 */
const CATALOGUE: readonly (readonly [ForecastNoteKey, Params, string, string])[] = [
  [
    'history.short',
    { method: 'SEASONAL_NAIVE', needed: 12, available: 10 },
    'Seasonal naive needs at least 12 months of history, 10 available.',
    '계절 단순(1년 전)에는 최소 12개월의 이력이 필요하지만 10개월뿐입니다.',
  ],
  [
    'backtest.short',
    { needed: 9, available: 7 },
    'Not backtested, so neither ranked nor given an interval: a backtest of this window needs at least 9 months of history, 7 available.',
    '백테스트하지 못해 순위도 구간도 없습니다: 이 기간의 백테스트에는 최소 9개월의 이력이 필요하지만 7개월뿐입니다.',
  ],
  [
    'backtest.declined',
    { available: 10 },
    'Not backtested, so neither ranked nor given an interval: no origin leaves the method its own minimum history and a full window after it (10 months).',
    '백테스트하지 못해 순위도 구간도 없습니다: 어느 기준 시점도 이 방법의 최소 이력과 그 뒤의 온전한 기간을 함께 남기지 못합니다(10개월).',
  ],
  [
    'interval.few_errors',
    { errors: 2, needed: 5 },
    'No interval yet: it needs 5 backtest errors and has 2.',
    '아직 구간이 없습니다: 백테스트 오차가 5개 필요한데 2개뿐입니다.',
  ],
  [
    'pipeline.placed',
    { inWindow: 12, open: 40, estimatedPercent: 35 },
    'Open deals expected to close in the window: 12 of 40; 35% of the weighted value rests on estimated close dates.',
    '기간 안에 마감될 것으로 보이는 진행 중 딜: 40건 중 12건. 가중 금액의 35%는 추정 마감일에 기댑니다.',
  ],
  [
    'pipeline.untimed',
    { deals: 3 },
    'Deals left out because fewer than 5 past wins had lasted as long as they had (stale deals, or no history yet): 3.',
    '과거 성사 딜 중 그만큼 오래 걸린 것이 5건 미만이라 제외한 딜(오래 멈춘 딜이거나 아직 이력이 없음): 3건.',
  ],
  [
    'pipeline.no_value',
    { deals: 1 },
    'Deals left out for having no value: 1.',
    '금액이 없어 제외한 딜: 1건.',
  ],
  [
    'pipeline.independent',
    {},
    'The interval assumes each stage probability is right.',
    '구간은 각 단계의 확률이 맞다고 가정합니다.',
  ],
  [
    'pipeline.simulated',
    { deals: 120, runs: 2000 },
    'Open deals simulated: 120, in 2000 runs.',
    '시뮬레이션한 진행 중 딜: 120건, 2,000회 실행.',
  ],
  [
    'pipeline.new_business',
    { windows: 7 },
    'New business drawn from past windows: 7.',
    '신규 매출을 뽑아 온 과거 기간: 7개.',
  ],
  [
    'pipeline.no_new_business',
    {},
    "No past window to draw new business from yet: the forecast counts today's pipeline only.",
    '신규 매출을 뽑아 올 과거 기간이 아직 없습니다: 예측은 오늘의 파이프라인만 셉니다.',
  ],
  [
    'record.none',
    { period: 'QUARTER' },
    'No quarter-start forecast of this subject has been frozen and scored yet, so it is not ranked.',
    '이 대상의 분기 시작 예측이 아직 저장·채점되지 않아 순위가 없습니다.',
  ],
  [
    'record.scored',
    { period: 'MONTH', scored: 7 },
    'Frozen month-start forecasts scored so far: 7.',
    '지금까지 채점된 월 시작 저장 예측: 7개.',
  ],
  [
    'record.too_few',
    { period: 'YEAR', scored: 1, needed: 3 },
    'Frozen year-start forecasts scored so far: 1 (ranked from 3).',
    '지금까지 채점된 연도 시작 저장 예측: 1개(3개부터 순위를 매깁니다).',
  ],
  [
    'suggestion.no_interval',
    { months: 4 },
    'No backtested method has an interval on this history (4 months), so there is no distribution to draw a target from.',
    '이 이력(4개월)에서 구간이 있는 백테스트 방법이 없어, 목표를 뽑을 분포가 없습니다.',
  ],
  [
    'suggestion.top_without_interval',
    { top: 'HOLT', used: 'DRIFT' },
    'Holt ranks first but has no interval yet; Drift is the best-ranked method with one.',
    'Holt(추세)이(가) 1위지만 아직 구간이 없어, 구간이 있는 최상위 방법인 드리프트을(를) 씁니다.',
  ],
];

/** The API names methods and periods in its own English; everything else it writes as it came. */
const API_WORDS: Record<string, string> = {
  SEASONAL_NAIVE: 'Seasonal naive',
  HOLT: 'Holt',
  DRIFT: 'Drift',
  MONTH: 'month',
  QUARTER: 'quarter',
  YEAR: 'year',
};
const asTheApiWritesIt = (value: unknown) =>
  typeof value === 'string' ? (API_WORDS[value] ?? value) : String(value);

const noted = (notes: readonly (readonly [string, Params | string])[], note = 'API English') => ({
  note,
  notes: notes.map(([key, params]) => ({
    key,
    params: typeof params === 'string' ? params : JSON.stringify(params),
  })),
});

describe("forecast notes in the reader's language", () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  it('should know every note of the API catalogue listed here, and no other', () => {
    expect([...new Set(CATALOGUE.map(([name]) => name))].sort()).toEqual(
      Object.keys(FORECAST_NOTE_PARAMS).sort(),
    );
  });

  it("should keep the API's English word for word in every English template", () => {
    for (const [name, params, english] of CATALOGUE) {
      const values = Object.fromEntries(
        Object.keys(FORECAST_NOTE_PARAMS[name]).map((param) => [param, asTheApiWritesIt(params[param])]),
      );
      const textKey: keyof typeof forecastingEn = `forecast.note.${name}`;
      expect([name, interpolate(forecastingEn[textKey], values)]).toEqual([name, english]);
    }
  });

  it('should word every note in Korean, with Korean method names and numbers', async () => {
    await i18n.setLang('ko');
    for (const [name, params, , korean] of CATALOGUE) {
      expect([name, forecastNoteText(i18n, noted([[name, params]]))]).toEqual([name, korean]);
    }
  });

  it('should join the sentences of one note in order', async () => {
    await i18n.setLang('ko');
    const text = forecastNoteText(
      i18n,
      noted([
        ['pipeline.simulated', { deals: 2, runs: 200 }],
        ['pipeline.no_new_business', {}],
      ]),
    );
    expect(text).toBe(
      '시뮬레이션한 진행 중 딜: 2건, 200회 실행. 신규 매출을 뽑아 올 과거 기간이 아직 없습니다: 예측은 오늘의 파이프라인만 셉니다.',
    );
  });

  it("should show the API's English when a sentence is unknown or unreadable, and nothing without a note", async () => {
    await i18n.setLang('ko');
    expect(
      forecastNoteText(
        i18n,
        noted([
          ['pipeline.independent', {}],
          ['pipeline.newer', {}],
        ]),
      ),
    ).toBe('API English');
    expect(
      forecastNoteText(i18n, noted([['history.short', { method: 'ARIMA', needed: 1, available: 0 }]])),
    ).toBe('API English');
    expect(forecastNoteText(i18n, noted([['record.none', '{"period":']]))).toBe('API English');
    expect(forecastNoteText(i18n, noted([], 'API English'))).toBe('API English');
    expect(forecastNoteText(i18n, { note: null, notes: [] })).toBeNull();
  });
});
