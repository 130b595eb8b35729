import { type ForecastCallRowFragment, type ForecastSnapshotsQuery } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { methodKey } from '../forecast/forecast-words';

export type MethodAccuracy = ForecastSnapshotsQuery['forecastSnapshots']['accuracy'][number];

/** Every call made for the period, newest first: own calls and a manager's adjustments. */
export function callHistoryCsvColumns(i18n: I18nService): CsvColumn<ForecastCallRowFragment>[] {
  return [
    { header: i18n.t('forecast.my.submittedAt'), value: (c) => c.submittedAt },
    { header: i18n.t('forecast.period'), value: (c) => c.period },
    {
      header: i18n.t('forecast.my.kind'),
      value: (c) => i18n.t(c.kind === 'ADJUSTMENT' ? 'forecast.my.adjustment' : 'forecast.my.submission'),
    },
    { header: i18n.t('forecast.calls.commit'), value: (c) => c.commit },
    { header: i18n.t('forecast.calls.bestCase'), value: (c) => c.bestCase },
    { header: i18n.t('forecast.my.by'), value: (c) => c.submittedBy },
    { header: i18n.t('forecast.col.note'), value: (c) => c.note },
  ];
}

/** Each method's record over the rep's scored snapshots. */
export function accuracyCsvColumns(i18n: I18nService): CsvColumn<MethodAccuracy>[] {
  return [
    { header: i18n.t('forecast.col.method'), value: (a) => i18n.t(methodKey(a.method)) },
    { header: i18n.t('forecast.my.scored'), value: (a) => a.scored },
    { header: 'WAPE', value: (a) => a.wape },
    { header: i18n.t('forecast.col.bias'), value: (a) => a.bias },
    { header: i18n.t('forecast.col.coverage'), value: (a) => a.coverage },
  ];
}
