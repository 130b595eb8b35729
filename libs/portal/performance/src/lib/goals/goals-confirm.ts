import { type I18nService } from '@salesops/portal/i18n';
import { type ConfirmDialogData } from '@salesops/portal/ui';

import { type CellEdit, type GridRow, storedTarget } from './goal-grid';
import { type Grid } from './goal-grid-source';
import { formatUnits } from './goal-target';

/** Before leaving the page with `count` unsaved cells (changed or still to fix). */
export function leaveConfirmation(i18n: I18nService, count: number): ConfirmDialogData {
  return {
    title: i18n.t('goals.leaveTitle'),
    text: i18n.t('goals.leaveText', { count }),
    confirmLabel: i18n.t('goals.leaveConfirm'),
    cancelLabel: i18n.t('goals.keepEditing'),
    danger: true,
  };
}

/**
 * Before showing another period or metric while edits of the one before are unsaved (`others`, at
 * least one): names the first edit's period and metric, where the user goes back to keep editing.
 */
export function discardConfirmation(i18n: I18nService, others: readonly CellEdit[]): ConfirmDialogData {
  const [first] = others;
  return {
    title: i18n.t('goals.discardTitle'),
    text: i18n.t('goals.discardText', {
      count: others.length,
      period: first.period,
      metric: i18n.t(`goals.metric.${first.metric}`),
    }),
    confirmLabel: i18n.t('goals.discardConfirm'),
    cancelLabel: i18n.t('goals.keepEditing'),
    danger: true,
  };
}

/** What a goal's delete names: whose goal, of which period and metric. */
export function goalDeleteNames(
  i18n: I18nService,
  row: GridRow,
  grid: Grid,
): { name: string; period: string; metric: string } {
  return { name: row.name, period: grid.period, metric: i18n.t(`goals.metric.${grid.metric}`) };
}

/** Before deleting the stored goal of `row`: names the subject, period, metric and target. */
export function deleteConfirmation(i18n: I18nService, row: GridRow, grid: Grid): ConfirmDialogData {
  const target = storedTarget(row, grid.metric);
  return {
    title: i18n.t('goals.deleteTitle', { name: row.name }),
    text: i18n.t('goals.deleteText', {
      ...goalDeleteNames(i18n, row, grid),
      target: target === null ? '—' : formatUnits(i18n, target, grid.metric, grid.currency),
    }),
    confirmLabel: i18n.t('goals.delete'),
    cancelLabel: i18n.t('common.cancel'),
    danger: true,
  };
}
