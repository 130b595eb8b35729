import { type RepPerformanceRowFragment } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

/** Export columns: exact decimal amounts and plain numbers, so a spreadsheet can compute with them. */
export function leaderboardCsvColumns(i18n: I18nService): CsvColumn<RepPerformanceRowFragment>[] {
  const currency = (row: RepPerformanceRowFragment) => row.wonRevenue.currency;
  return [
    { header: i18n.t('perf.rank'), value: (row) => row.rank },
    { header: i18n.t('perf.rep'), value: (row) => row.repName },
    { header: i18n.t('perf.teamCol'), value: (row) => row.teamName },
    { header: i18n.t('perf.wonRevenue'), value: (row) => row.wonRevenue.amount },
    { header: i18n.t('perf.won'), value: (row) => row.dealsWon },
    { header: i18n.t('perf.lost'), value: (row) => row.dealsLost },
    { header: i18n.t('perf.winRate'), value: (row) => row.winRate },
    { header: i18n.t('perf.avgDeal'), value: (row) => row.avgDealSize?.amount },
    { header: i18n.t('perf.cycle'), value: (row) => row.salesCycleDays },
    { header: i18n.t('perf.openDeals'), value: (row) => row.openDeals },
    { header: i18n.t('perf.openPipeline'), value: (row) => row.openPipeline.amount },
    { header: i18n.t('perf.weighted'), value: (row) => row.weightedPipeline.amount },
    { header: i18n.t('imports.currency'), value: currency },
  ];
}
