import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { notJudgedText, outlierReason, signalText, weakestStepReason } from './comparison-labels';
import { type RankedRow } from './comparison-model';

/**
 * Export columns for the table as shown (its ranking and order): exact decimal amounts, rates as
 * plain fractions, and the reasons in full (in the current language) so the file explains itself.
 */
export function comparisonCsvColumns(i18n: I18nService): CsvColumn<RankedRow>[] {
  return [
    { header: i18n.t('perf.rank'), value: ({ rank }) => rank },
    { header: i18n.t('perf.rep'), value: ({ row }) => row.performance.repName },
    { header: i18n.t('perf.teamCol'), value: ({ row }) => row.performance.teamName },
    { header: i18n.t('perf.wonRevenue'), value: ({ row }) => row.performance.wonRevenue.amount },
    { header: i18n.t('cmp.col.attainment'), value: ({ row }) => row.performance.attainment },
    { header: i18n.t('perf.winRate'), value: ({ row }) => row.performance.winRate },
    { header: i18n.t('cmp.col.leads'), value: ({ row }) => row.leads },
    { header: i18n.t('cmp.csv.leadValue'), value: ({ row }) => row.leadValue.amount },
    { header: i18n.t('cmp.csv.funnelLeads'), value: ({ row }) => row.funnel.leads },
    { header: i18n.t('cmp.csv.funnelQualified'), value: ({ row }) => row.funnel.qualified },
    { header: i18n.t('cmp.csv.funnelWon'), value: ({ row }) => row.funnel.won },
    { header: i18n.t('cmp.csv.funnelLost'), value: ({ row }) => row.funnel.lost },
    { header: i18n.t('cmp.col.qualification'), value: ({ row }) => row.funnel.qualificationRate },
    { header: i18n.t('cmp.col.close'), value: ({ row }) => row.funnel.closeRate },
    { header: i18n.t('cmp.col.stuck'), value: ({ row }) => row.funnel.stuckDeals },
    { header: i18n.t('cmp.col.weakest'), value: ({ row }) => row.funnel.weakestStep },
    {
      header: i18n.t('cmp.csv.weakestReason'),
      value: ({ row }) => weakestStepReason(i18n, row.funnel) || null,
    },
    {
      header: i18n.t('cmp.csv.outliers'),
      value: ({ row }) =>
        row.outliers
          .map(
            (o) =>
              `${o.direction}: ${outlierReason(i18n, o, row.performance.teamName, row.performance.wonRevenue.currency)}`,
          )
          .join('; '),
    },
    {
      header: i18n.t('cmp.csv.notJudged'),
      value: ({ row }) => row.notJudged.map((n) => notJudgedText(i18n, n)).join('; '),
    },
    {
      header: i18n.t('cmp.csv.flags'),
      value: ({ row }) => row.signals.map((s) => signalText(i18n, s)).join('; '),
    },
    { header: i18n.t('imports.currency'), value: ({ row }) => row.performance.wonRevenue.currency },
  ];
}
