import {
  type AuditEventFilter,
  type AuditEventRowFragment,
  type AuditEventsGQL,
  type AuditEventsQuery,
  type AuditEventsQueryVariables,
} from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

export const AUDIT_EXPORT_PAGE_SIZE = 100;
// Each event carries two JSON states; past this the export is a job for the API, not a browser tab.
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

export interface ExportedAuditEvents {
  readonly rows: AuditEventRowFragment[];
  /** All events matching, which may be more than the rows when the cap was reached. */
  readonly totalCount: number;
}

/** Every event matching the filter, newest first, page by page, up to `maxRows`. */
export async function fetchAllAuditEvents(
  gql: AuditEventsGQL,
  filter: AuditEventFilter,
  onProgress: (loaded: number, total: number) => void = () => undefined,
  maxRows = AUDIT_EXPORT_MAX_ROWS,
): Promise<ExportedAuditEvents> {
  const rows: AuditEventRowFragment[] = [];
  let after: string | null = null;
  let totalCount = 0;
  while (rows.length < maxRows) {
    const variables: AuditEventsQueryVariables = {
      filter,
      first: Math.min(AUDIT_EXPORT_PAGE_SIZE, maxRows - rows.length),
      after,
    };
    const result = await firstValueFrom(gql.fetch({ variables, fetchPolicy: 'no-cache' }));
    const page: AuditEventsQuery['auditEvents'] | undefined = result.data?.auditEvents;
    if (!page) break;
    totalCount = page.totalCount;
    rows.push(...page.edges.map((edge) => edge.node));
    onProgress(rows.length, totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return { rows, totalCount };
}

/** Export columns: the ISO instant (UTC) and whole ids and states, so the file is data, not a view. */
export function auditCsvColumns(i18n: I18nService): CsvColumn<AuditEventRowFragment>[] {
  return [
    { header: i18n.t('audit.csv.occurredAt'), value: (event) => event.occurredAt },
    { header: i18n.t('audit.actor'), value: (event) => event.actorLabel },
    { header: i18n.t('audit.csv.actorId'), value: (event) => event.actorId },
    { header: i18n.t('audit.action'), value: (event) => event.action },
    { header: i18n.t('audit.entityType'), value: (event) => event.entityType },
    { header: i18n.t('audit.csv.entityId'), value: (event) => event.entityId },
    { header: i18n.t('audit.summary'), value: (event) => event.summary },
    { header: i18n.t('audit.before'), value: (event) => event.before },
    { header: i18n.t('audit.after'), value: (event) => event.after },
  ];
}

/** `audit-trail-2025-03-10.csv`, dated by the reader's day. */
export function auditFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `audit-trail-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
