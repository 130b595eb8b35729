import { type GoalMetric } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn, toCsv } from '@salesops/portal/ui';

import { gridFigures, type GridRow, type RowFigures, storedTarget } from './goal-grid';
import { type Grid } from './goal-grid-source';
import { isMoneyMetric, textOf } from './goal-target';

export interface GoalCsvRow {
  readonly row: GridRow;
  readonly figures: RowFigures;
  /** Name of the rep's team, or of the team above a team. */
  readonly parentName: string;
}

/** Export columns: exact decimal text and plain numbers, so a spreadsheet can compute with them. */
export function goalsCsvColumns(
  i18n: I18nService,
  period: string,
  metric: GoalMetric,
  currency: string,
): CsvColumn<GoalCsvRow>[] {
  const text = (units: bigint | null | undefined) =>
    units === null || units === undefined ? null : textOf(units, metric);
  return [
    {
      header: i18n.t('goals.csv.type'),
      value: ({ row }) => i18n.t(row.kind === 'team' ? 'goals.kind.team' : 'goals.kind.rep'),
    },
    { header: i18n.t('goals.name'), value: ({ row }) => row.name },
    { header: i18n.t('goals.csv.parent'), value: ({ parentName }) => parentName },
    { header: i18n.t('perf.periodType'), value: () => period },
    { header: i18n.t('goals.metric'), value: () => i18n.t(`goals.metric.${metric}`) },
    { header: i18n.t('goals.target'), value: ({ figures }) => text(figures.target) },
    { header: i18n.t('goals.actual'), value: ({ figures }) => text(figures.actual) },
    { header: i18n.t('goals.attainment'), value: ({ figures }) => figures.attainment },
    { header: i18n.t('goals.repSum'), value: ({ figures }) => text(figures.totals?.repSum) },
    { header: i18n.t('goals.gap'), value: ({ figures }) => text(figures.totals?.gap) },
    { header: i18n.t('goals.csv.repsWithoutGoal'), value: ({ figures }) => figures.totals?.repsWithoutGoal },
    { header: i18n.t('imports.currency'), value: () => (isMoneyMetric(metric) ? currency : null) },
  ];
}

/** The grid as CSV with the stored values: an export never contains what has not been saved. */
export function goalsCsv(i18n: I18nService, grid: Grid): string {
  const figures = gridFigures(grid.rows, grid.metric, (row) => storedTarget(row, grid.metric), grid.actuals);
  const names = new Map(grid.rows.map((row) => [row.id, row.name]));
  const rows = grid.rows.map((row) => ({
    row,
    figures: figures.get(row.key) as RowFigures,
    parentName: row.parentId ? (names.get(row.parentId) ?? '') : '',
  }));
  return toCsv(goalsCsvColumns(i18n, grid.period, grid.metric, grid.currency), rows);
}
