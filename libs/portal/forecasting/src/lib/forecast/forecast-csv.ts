import {
  type ForecastBacktestQuery,
  type ForecastMethodRowFragment,
  type ForecastMetric,
} from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { forecastNoteText } from './forecast-notes';
import { methodKey } from './forecast-words';

export type BacktestMethod = ForecastBacktestQuery['forecastBacktest']['methods'][number];

const yesNo = (i18n: I18nService, value: boolean | null) =>
  value === null ? null : i18n.t(value ? 'forecast.yes' : 'forecast.no');

/** The methods side by side: exact decimal text from the API and shares as plain fractions. */
export function methodCsvColumns(
  i18n: I18nService,
  context: { subject: string; period: string; asOf: string; metric: ForecastMetric; currency: string | null },
): CsvColumn<ForecastMethodRowFragment>[] {
  return [
    { header: i18n.t('forecast.subject'), value: () => context.subject },
    { header: i18n.t('forecast.period'), value: () => context.period },
    { header: i18n.t('forecast.asOf'), value: () => context.asOf },
    { header: i18n.t('forecast.metric'), value: () => i18n.t(`goals.metric.${context.metric}`) },
    { header: i18n.t('forecast.col.method'), value: (m) => i18n.t(methodKey(m.method)) },
    { header: i18n.t('forecast.recommended'), value: (m) => yesNo(i18n, m.recommended) },
    { header: i18n.t('forecast.col.point'), value: (m) => m.point },
    { header: 'P10', value: (m) => m.p10 },
    { header: 'P50', value: (m) => m.p50 },
    { header: 'P90', value: (m) => m.p90 },
    { header: 'WAPE', value: (m) => m.wape },
    { header: i18n.t('forecast.col.bias'), value: (m) => m.bias },
    { header: i18n.t('forecast.col.coverage'), value: (m) => m.coverage },
    { header: i18n.t('forecast.col.origins'), value: (m) => m.origins },
    { header: i18n.t('forecast.col.beatsNaive'), value: (m) => yesNo(i18n, m.beatsNaive) },
    { header: i18n.t('forecast.col.note'), value: (m) => forecastNoteText(i18n, m) },
    {
      header: i18n.t('imports.currency'),
      value: () => (context.metric === 'WON_REVENUE' ? context.currency : null),
    },
  ];
}

/** The backtest table as it is shown, one row per method. */
export function backtestCsvColumns(
  i18n: I18nService,
  subject: string,
  horizon: number,
): CsvColumn<BacktestMethod>[] {
  return [
    { header: i18n.t('forecast.subject'), value: () => subject },
    { header: i18n.t('forecast.col.horizonMonths'), value: () => horizon },
    { header: i18n.t('forecast.col.method'), value: (m) => i18n.t(methodKey(m.method)) },
    { header: 'WAPE', value: (m) => m.wape },
    { header: i18n.t('forecast.col.sharedOrigins'), value: (m) => m.sharedOrigins },
    { header: i18n.t('forecast.col.ownWape'), value: (m) => m.ownWape },
    { header: i18n.t('forecast.col.bias'), value: (m) => m.bias },
    { header: i18n.t('forecast.col.coverage'), value: (m) => m.coverage },
    { header: i18n.t('forecast.col.intervals'), value: (m) => m.intervals },
    { header: i18n.t('forecast.col.origins'), value: (m) => m.origins },
    { header: i18n.t('forecast.col.beatsNaive'), value: (m) => yesNo(i18n, m.beatsNaive) },
    { header: i18n.t('forecast.col.beatsSeasonalNaive'), value: (m) => yesNo(i18n, m.beatsSeasonalNaive) },
    { header: i18n.t('forecast.col.note'), value: (m) => forecastNoteText(i18n, m) },
  ];
}
