import { type MoneyValueFragment } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { type RepRow } from './dashboard-model';
import { repsUnder, type TeamNode } from './dashboard-tree';

/** One line of the export: a team or a rep, with its depth in the tree (0 = a top-level team). */
export interface TreeCsvRow {
  readonly level: number;
  readonly kind: 'team' | 'rep';
  readonly name: string;
  /** The teams above, root first, joined with " / ". */
  readonly path: string;
  readonly reps: number | null;
  readonly wonRevenue: MoneyValueFragment;
  readonly target: MoneyValueFragment | null;
  readonly attainment: number | null;
  readonly dealsWon: number;
  readonly dealsLost: number;
  readonly winRate: number | null;
  readonly openDeals: number;
  readonly openPipeline: MoneyValueFragment;
  readonly weightedPipeline: MoneyValueFragment;
  readonly coverage: number | null;
}

/** The whole tree, every team expanded, with the reps known for each team. */
export function treeCsvRows(
  roots: readonly TeamNode[],
  repsOf: (teamId: string) => readonly RepRow[] | undefined,
): TreeCsvRow[] {
  const rows: TreeCsvRow[] = [];
  const visit = (node: TeamNode) => {
    const { team } = node;
    rows.push({
      level: node.depth,
      kind: 'team',
      name: team.name,
      path: node.path.join(' / '),
      reps: team.reps,
      wonRevenue: team.wonRevenue,
      target: team.wonRevenueTarget,
      attainment: team.attainment,
      dealsWon: team.dealsWon,
      dealsLost: team.dealsLost,
      winRate: team.winRate,
      openDeals: team.openDeals,
      openPipeline: team.openPipeline,
      weightedPipeline: team.weightedPipeline,
      coverage: team.pipelineCoverage,
    });
    node.children.forEach(visit);
    const path = [...node.path, team.name].join(' / ');
    for (const rep of repsUnder(node, repsOf(team.teamId) ?? [])) {
      rows.push({
        level: node.depth + 1,
        kind: 'rep',
        name: rep.repName,
        path,
        reps: null,
        wonRevenue: rep.wonRevenue,
        target: rep.wonRevenueTarget,
        attainment: rep.attainment,
        dealsWon: rep.dealsWon,
        dealsLost: rep.dealsLost,
        winRate: rep.winRate,
        openDeals: rep.openDeals,
        openPipeline: rep.openPipeline,
        weightedPipeline: rep.weightedPipeline,
        coverage: rep.pipelineCoverage,
      });
    }
  };
  roots.forEach(visit);
  return rows;
}

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
