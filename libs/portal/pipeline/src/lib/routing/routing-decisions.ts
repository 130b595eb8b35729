import { type RoutingDecisionRowFragment } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';

export const DECISIONS_PAGE_SIZE = 20;

export interface DecisionsPage {
  readonly rows: readonly RoutingDecisionRowFragment[];
  /** The API sends no total: one row more than the page was asked for, so we know if there is more. */
  readonly hasNext: boolean;
}

/** Cuts the look-ahead row off a page fetched with `first: pageSize + 1`. */
export function toDecisionsPage(
  rows: readonly RoutingDecisionRowFragment[],
  pageSize: number,
): DecisionsPage {
  return { rows: rows.slice(0, pageSize), hasNext: rows.length > pageSize };
}

/** A timestamp in the reader's time zone and language, with the time of day. */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Why the deal went to this rep or to nobody, in the current language, from the API's facts. Decisions
 * made before the API kept those facts (`availableReps` null) show the API's English words.
 */
export function decisionReason(i18n: I18nService, row: RoutingDecisionRowFragment): string {
  if (row.availableReps === null || row.availableReps === undefined) return row.reason;
  const skipped = row.skipped
    .map((skip) =>
      i18n.t('routing.reason.skip', {
        rep: skip.repName,
        why: i18n.t(`routing.reason.why.${skip.why}`, {
          until: skip.until ? i18n.formatDate(skip.until) : '',
          capacity: i18n.formatNumber(skip.capacity),
        }),
      }),
    )
    .join(', ');
  if (row.repName === null || row.repName === undefined) {
    return i18n.t('routing.reason.nobody', { skipped: skipped || i18n.t('routing.reason.noReps') });
  }
  const routed = i18n.t('routing.reason.routed', {
    rep: row.repName,
    weight: i18n.formatNumber(row.weight),
    available: i18n.formatNumber(row.availableReps),
  });
  return skipped ? routed + i18n.t('routing.reason.skipped', { skipped }) : routed;
}
