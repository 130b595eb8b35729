import {
  type AuditEventFilter,
  type AuditEventRowFragment,
  type AuditEventsGQL,
} from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn, fetchAllPages, type FetchedPages } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { auditSummaryText } from './audit-summary';

// Each event carries two JSON states; past this the export is a job for the API, not a browser tab.
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

export type ExportedAuditEvents = FetchedPages<AuditEventRowFragment>;

/** Every event matching the filter, newest first, page by page, up to `maxRows`. */
export function fetchAllAuditEvents(
  gql: AuditEventsGQL,
  filter: AuditEventFilter,
  onProgress: (loaded: number, total: number) => void = () => undefined,
  maxRows = AUDIT_EXPORT_MAX_ROWS,
): Promise<ExportedAuditEvents> {
  return fetchAllPages(
    async (first, after) =>
      (await firstValueFrom(gql.fetch({ variables: { filter, first, after }, fetchPolicy: 'no-cache' }))).data
        ?.auditEvents,
    maxRows,
    onProgress,
  );
}

/**
 * Export columns: the ISO instant (UTC) and whole ids and states, so the file is data, not a view; the
 * headers and the summary are in the reader's language, like the page.
 */
export function auditCsvColumns(i18n: I18nService): CsvColumn<AuditEventRowFragment>[] {
  return [
    { header: i18n.t('audit.csv.occurredAt'), value: (event) => event.occurredAt },
    { header: i18n.t('audit.actor'), value: (event) => event.actorLabel },
    { header: i18n.t('audit.csv.actorId'), value: (event) => event.actorId },
    { header: i18n.t('audit.action'), value: (event) => event.action },
    { header: i18n.t('audit.entityType'), value: (event) => event.entityType },
    { header: i18n.t('audit.csv.entityId'), value: (event) => event.entityId },
    { header: i18n.t('audit.summary'), value: (event) => auditSummaryText(i18n, event) },
    { header: i18n.t('audit.before'), value: (event) => event.before },
    { header: i18n.t('audit.after'), value: (event) => event.after },
  ];
}

/** `audit-trail-2025-03-10.csv`, dated by the reader's day. */
export function auditFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `audit-trail-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
