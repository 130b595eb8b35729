import { type I18nService } from '@salesops/portal/i18n';
import { type ConfirmDialogData } from '@salesops/portal/ui';
import { type CellEdit } from './goal-grid';

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
