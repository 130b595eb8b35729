import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';
import { type TreeCsvRow } from './dashboard-model';

/**
 * Export columns for the team tree: a level column (0 = top-level team) so the tree can be rebuilt
 * or filtered in a spreadsheet, exact decimal amounts and plain ratios.
 */
export function dashboardCsvColumns(i18n: I18nService): CsvColumn<TreeCsvRow>[] {
  return [
    { header: i18n.t('dash.csv.level'), value: (row) => row.level },
    {
      header: i18n.t('dash.csv.type'),
      value: (row) => i18n.t(row.kind === 'team' ? 'dash.csv.team' : 'dash.csv.rep'),
    },
    { header: i18n.t('dash.csv.name'), value: (row) => row.name },
    { header: i18n.t('dash.csv.path'), value: (row) => row.path },
    { header: i18n.t('dash.col.reps'), value: (row) => row.reps },
    { header: i18n.t('perf.wonRevenue'), value: (row) => row.wonRevenue.amount },
    { header: i18n.t('dash.csv.goal'), value: (row) => row.target?.amount },
    { header: i18n.t('dash.col.attainment'), value: (row) => row.attainment },
    { header: i18n.t('perf.won'), value: (row) => row.dealsWon },
    { header: i18n.t('perf.lost'), value: (row) => row.dealsLost },
    { header: i18n.t('perf.winRate'), value: (row) => row.winRate },
    { header: i18n.t('perf.openDeals'), value: (row) => row.openDeals },
    { header: i18n.t('perf.openPipeline'), value: (row) => row.openPipeline.amount },
    { header: i18n.t('perf.weighted'), value: (row) => row.weightedPipeline.amount },
    { header: i18n.t('dash.col.coverage'), value: (row) => row.coverage },
    { header: i18n.t('imports.currency'), value: (row) => row.wonRevenue.currency },
  ];
}
