import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import {
  DeleteSalesToolGQL,
  keptWhileLoading,
  notDeletedLines,
  SalesToolsGQL,
  SessionStore,
  shownErrors,
  type ToolCategory,
  ToolOwnersGQL,
  type ToolRowFragment,
  type ToolStatus,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalMoneyPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@salesops/portal/i18n';
import {
  type ConfirmDialogData,
  confirmed,
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';

import { type OwnerOption, ToolDialogComponent, type ToolDialogData } from './tool-dialog.component';
import {
  categoryKey,
  renewalFlag,
  statusKey,
  summarizeInventory,
  TOOL_CATEGORIES,
  TOOL_STATUSES,
} from './tool-model';
import { ToolSeatsDialogComponent, type ToolSeatsDialogData } from './tool-seats-dialog.component';
import { toolsCsvColumns } from './tools-csv';
import { UtilisationBarComponent } from './utilisation-bar.component';

/**
 * What the team pays for: tools with owner, seats in use, cost and renewal. Admins add, edit and
 * delete tools and hand out seats; managers read (the API refuses them the mutations too).
 */
@Component({
  selector: 'so-tools-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    UtilisationBarComponent,
    LocalDatePipe,
    LocalMoneyPipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tools-page.component.html',
  styleUrl: './tools-page.component.scss',
})
export class ToolsPageComponent {
  private readonly toolsGql = inject(SalesToolsGQL);
  private readonly ownersGql = inject(ToolOwnersGQL);
  private readonly deleteGql = inject(DeleteSalesToolGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  protected readonly canEdit = computed(() => this.session.role() === 'ADMIN');
  protected readonly categories = TOOL_CATEGORIES;
  protected readonly statuses = TOOL_STATUSES;
  protected readonly categoryKey = categoryKey;
  protected readonly statusKey = statusKey;
  protected readonly renewalFlag = renewalFlag;
  protected readonly columns = [
    'name',
    'owner',
    'status',
    'seats',
    'costPerSeat',
    'monthlyCost',
    'renewal',
    'actions',
  ];

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = signal('');
  protected readonly statusFilter = signal<ToolStatus | null>(null);
  protected readonly categoryFilter = signal<ToolCategory | null>(null);
  protected readonly filtered = computed(
    () => !!this.search() || !!this.statusFilter() || !!this.categoryFilter(),
  );

  protected readonly tools = rxResource({
    params: () => ({
      status: this.statusFilter(),
      category: this.categoryFilter(),
      search: this.search() || null,
    }),
    stream: ({ params }) =>
      this.toolsGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.salesTools ?? [])),
  });

  // Keep the last answer on screen while a filter change loads, so the table does not flicker.
  protected readonly shown = keptWhileLoading(this.tools);
  protected readonly rows = computed(() => this.shown() ?? []);
  protected readonly summary = computed(() => summarizeInventory(this.rows()));

  /** Owners for the edit dialog: the users query is for admins, so managers never ask. */
  private readonly owners = resource({
    params: () => (this.canEdit() ? true : undefined),
    loader: async () => {
      const result = await firstValueFrom(this.ownersGql.fetch({ fetchPolicy: 'network-only' }));
      const users = [...(result.data?.admins.edges ?? []), ...(result.data?.managers.edges ?? [])];
      return users
        .map((edge): OwnerOption => ({ id: edge.node.id, name: edge.node.name }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  });

  protected readonly actionErrors = signal<readonly string[]>([]);
  /** The tool being deleted, so its buttons wait. */
  protected readonly deleting = signal<string | null>(null);
  protected readonly banner = computed(() => [
    ...(this.tools.error() ? shownErrors(this.tools.error(), this.i18n).banner : []),
    ...this.actionErrors(),
  ]);

  constructor() {
    this.searchControl.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((value) => this.search.set(value.trim()));
  }

  protected retry(): void {
    this.actionErrors.set([]);
    this.tools.reload();
  }

  protected clearFilters(): void {
    this.searchControl.setValue('', { emitEvent: false });
    this.search.set('');
    this.statusFilter.set(null);
    this.categoryFilter.set(null);
  }

  protected openToolDialog(tool: ToolRowFragment | null): void {
    const data: ToolDialogData = { tool, owners: this.owners.hasValue() ? this.owners.value() : [] };
    this.dialog
      .open(ToolDialogComponent, { data, width: '680px', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved: unknown) => {
        if (!saved) return;
        this.snackBar.open(this.i18n.t('tools.saved'), undefined, { duration: 2500 });
        this.tools.reload();
      });
  }

  protected openSeats(tool: ToolRowFragment): void {
    const data: ToolSeatsDialogData = {
      tool,
      canEdit: this.canEdit(),
      changed: () => this.tools.reload(),
    };
    const width = this.canEdit() ? '860px' : '480px';
    this.dialog.open(ToolSeatsDialogComponent, { data, width, maxWidth: '95vw' });
  }

  /**
   * Deletes a tool made by mistake, with its seats and its draft surveys, after a confirmation. The API
   * refuses a tool a published survey is about (it is retired instead) and says so in the banner.
   */
  protected async remove(tool: ToolRowFragment): Promise<void> {
    if (this.deleting()) return;
    const data: ConfirmDialogData = {
      title: this.i18n.t('tools.deleteTitle', { name: tool.name }),
      text: this.i18n.t('tools.deleteText', {
        name: tool.name,
        seats: this.i18n.formatNumber(tool.seatsUsed),
      }),
      confirmLabel: this.i18n.t('tools.delete'),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: true,
    };
    if (!(await confirmed(this.dialog, data))) return;
    this.actionErrors.set([]);
    this.deleting.set(tool.id);
    try {
      await firstValueFrom(this.deleteGql.mutate({ variables: { id: tool.id } }));
      this.snackBar.open(this.i18n.t('tools.deleted', { name: tool.name }), undefined, { duration: 3000 });
    } catch (error) {
      const headline = this.i18n.t('tools.deleteFailed', { name: tool.name });
      this.actionErrors.set(notDeletedLines(headline, error, shownErrors(error, this.i18n).banner));
    } finally {
      this.deleting.set(null);
      // Deleted or not, the list shows what the API now holds (someone else may have deleted it).
      this.tools.reload();
    }
  }

  protected exportCsv(): void {
    const rows = this.rows();
    if (rows.length === 0) return;
    downloadCsv(`${this.i18n.t('tools.fileName')}.csv`, toCsv(toolsCsvColumns(this.i18n), rows));
  }
}
