import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  AuditActorsGQL,
  type AuditEventRowFragment,
  AuditEventsGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import {
  downloadCsv,
  ErrorBannerComponent,
  PagedList,
  PagedListComponent,
  PageHeaderComponent,
  SearchBox,
  toCsv,
} from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import {
  AuditDetailDialogComponent,
  type AuditDetailDialogData,
  type AuditDetailResult,
} from './audit-detail-dialog.component';
import { auditCsvColumns, auditFileName, fetchAllAuditEvents } from './audit-export';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditFilterState,
  EMPTY_AUDIT_FILTER,
  formatDateTime,
  isBackwardsRange,
  isFiltered,
  shortId,
  toAuditEventFilter,
} from './audit-filter';
import { type ActorParts, actorParts, entityTypeLabel } from './audit-labels';
import { auditSummaryText } from './audit-summary';

/** The audit trail for admins: filters, cursor paging, each change's before and after, CSV export. */
@Component({
  selector: 'so-audit-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    ErrorBannerComponent,
    PagedListComponent,
    PageHeaderComponent,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.component.html',
  styleUrls: ['../org-page.scss', './audit-page.component.scss'],
})
export class AuditPageComponent {
  private readonly eventsGql = inject(AuditEventsGQL);
  private readonly actorsGql = inject(AuditActorsGQL);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  protected readonly columns = ['occurredAt', 'actor', 'action', 'entity', 'summary'];
  protected readonly entityTypes = AUDIT_ENTITY_TYPES;
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly search = new SearchBox();
  /** The toolbar but for the search, which `search` holds. */
  protected readonly state = signal<AuditFilterState>(EMPTY_AUDIT_FILTER);
  protected readonly exportErrors = signal<readonly string[]>([]);
  protected readonly exporting = signal<{ loaded: number; total: number } | null>(null);
  protected readonly exportCapped = signal<number | null>(null);
  /** The item whose history is shown, with its type for the chip saying so. */
  protected readonly entityFocus = signal<{ type: string; id: string } | null>(null);

  protected readonly actors = resource({
    loader: async () => {
      const users = (await firstValueFrom(this.actorsGql.fetch())).data?.users.edges ?? [];
      return users.map((edge) => edge.node).sort((a, b) => a.name.localeCompare(b.name));
    },
  });

  private readonly filterState = computed(() => ({ ...this.state(), search: this.search.text() }));
  private readonly filter = computed(() => toAuditEventFilter(this.filterState()));
  protected readonly events = new PagedList({
    query: () => ({ filter: this.filter() }),
    load: (variables) =>
      this.eventsGql
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.auditEvents)),
  });
  protected readonly loadErrors = computed(() =>
    this.events.error() ? shownErrors(this.events.error(), this.i18n).banner : [],
  );
  protected readonly banner = computed(() => [...this.loadErrors(), ...this.exportErrors()]);
  protected readonly filtered = computed(() => isFiltered(this.filterState()));
  protected readonly backwards = computed(() => isBackwardsRange(this.state()));

  protected patch(change: Partial<AuditFilterState>): void {
    this.state.update((state) => ({ ...state, ...change }));
    if ('entityId' in change && !change.entityId) this.entityFocus.set(null);
  }

  protected dateChanged(field: 'from' | 'to', event: Event): void {
    this.patch({ [field]: (event.target as HTMLInputElement).value });
  }

  protected clearFilters(): void {
    this.search.clear();
    this.entityFocus.set(null);
    this.state.set(EMPTY_AUDIT_FILTER);
  }

  protected typeLabel(type: string): string {
    return entityTypeLabel(type, this.i18n);
  }

  protected actor(label: string): ActorParts {
    return actorParts(label, this.i18n);
  }

  protected summaryText(event: AuditEventRowFragment): string {
    return auditSummaryText(this.i18n, event);
  }

  protected time(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected shortId(id: string | null): string {
    return shortId(id);
  }

  protected retry(): void {
    this.exportErrors.set([]);
    this.events.reload();
  }

  protected openDetail(event: AuditEventRowFragment): void {
    const data: AuditDetailDialogData = { event };
    this.dialog
      .open<AuditDetailDialogComponent, AuditDetailDialogData, AuditDetailResult>(
        AuditDetailDialogComponent,
        {
          data,
          width: '1000px',
          maxWidth: 'calc(100vw - 24px)',
          autoFocus: 'dialog',
        },
      )
      .afterClosed()
      .subscribe((result) => {
        if (result !== 'history' || !event.entityId) return;
        // All changes to the item: the other filters would hide some of them.
        this.clearFilters();
        this.entityFocus.set({ type: event.entityType, id: event.entityId });
        this.state.set({ ...EMPTY_AUDIT_FILTER, entityId: event.entityId, entityType: event.entityType });
      });
  }

  protected async exportCsv(): Promise<void> {
    this.exportErrors.set([]);
    this.exportCapped.set(null);
    this.exporting.set({ loaded: 0, total: this.events.total() });
    try {
      const { rows, totalCount } = await fetchAllAuditEvents(this.eventsGql, this.filter(), (loaded, total) =>
        this.exporting.set({ loaded, total }),
      );
      if (rows.length < totalCount) this.exportCapped.set(rows.length);
      downloadCsv(auditFileName(), toCsv(auditCsvColumns(this.i18n), rows));
    } catch (error) {
      this.exportErrors.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.exporting.set(null);
    }
  }
}
