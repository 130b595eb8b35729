import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { type RoutingRule } from './routing-rules';

export interface RoutingCsvRow {
  readonly rule: RoutingRule;
  readonly teamName: string | null;
  /** 0.25 for 25%; null when the rep is not in the draw. */
  readonly share: number | null;
}

/** Export columns: plain numbers and ISO dates, so a spreadsheet can compute and sort with them. */
export function routingCsvColumns(i18n: I18nService): CsvColumn<RoutingCsvRow>[] {
  return [
    { header: i18n.t('routing.rep'), value: (row) => row.rule.repName },
    { header: i18n.t('routing.team'), value: (row) => row.teamName },
    {
      header: i18n.t('routing.status'),
      value: (row) => i18n.t(row.rule.repActive ? 'routing.active' : 'routing.inactive'),
    },
    { header: i18n.t('routing.weight'), value: (row) => row.rule.weight },
    {
      header: i18n.t('routing.sharePercent'),
      value: (row) => (row.share === null ? null : (Math.round(row.share * 1000) / 10).toFixed(1)),
    },
    { header: i18n.t('routing.cap'), value: (row) => row.rule.capacityPerMonth },
    { header: i18n.t('routing.routedThisMonth'), value: (row) => row.rule.routedThisMonth },
    {
      header: i18n.t('routing.absences'),
      value: (row) =>
        row.rule.absences
          .map((a) => `${a.startsOn}/${a.endsOn}${a.reason ? ` (${a.reason})` : ''}`)
          .join('; '),
    },
  ];
}
