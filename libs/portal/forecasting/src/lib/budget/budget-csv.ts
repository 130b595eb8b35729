import { type ForecastMetric } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { methodKey } from '../forecast/forecast-words';
import { type BudgetRow } from './budget-model';

export function budgetCsvColumns(
  i18n: I18nService,
  subject: string,
  metric: ForecastMetric,
  currency: string | null,
): CsvColumn<BudgetRow>[] {
  return [
    { header: i18n.t('forecast.subject'), value: () => subject },
    { header: i18n.t('forecast.period'), value: (r) => r.period },
    { header: i18n.t('forecast.metric'), value: () => i18n.t(`goals.metric.${metric}`) },
    { header: i18n.t('forecast.budget.goal'), value: (r) => r.goal },
    { header: i18n.t('forecast.col.method'), value: (r) => (r.method ? i18n.t(methodKey(r.method)) : null) },
    { header: 'P10', value: (r) => r.p10 },
    { header: i18n.t('forecast.col.point'), value: (r) => r.point },
    { header: 'P90', value: (r) => r.p90 },
    { header: i18n.t('forecast.budget.actual'), value: (r) => r.actual },
    { header: i18n.t('forecast.budget.lastYear'), value: (r) => r.lastYear },
    { header: i18n.t('forecast.budget.gap'), value: (r) => r.gap },
    { header: i18n.t('imports.currency'), value: () => (metric === 'WON_REVENUE' ? currency : null) },
  ];
}
