import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { DEAL_WARNINGS } from '@salesops/domain';
import {
  DealsGQL,
  type DealSort,
  type DealWarning,
  type DrillDown,
  drillDownFromParams,
  keptWhileLoading,
  loadTeamOptions,
  SalesStagesGQL,
  shownErrors,
  type StageKind,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalMoneyPipe,
  LocalNumberPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import {
  CursorPagerComponent,
  CursorStack,
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';

import { dealCsvColumns, fetchAllDeals } from './deal-export';
import { drillDownChips } from './drill-down-chips';
import { type WarningFilter, warningVariables } from './warning-filter';

const PAGE_SIZE = 20;

export type DealSortOption = 'updated' | 'closeNewest' | 'closeOldest' | 'amountHigh' | 'amountLow';

export const DEAL_SORTS: Readonly<Record<DealSortOption, DealSort>> = {
  updated: { field: 'UPDATED_AT', direction: 'DESC' },
  closeNewest: { field: 'CLOSE_DATE', direction: 'DESC' },
  closeOldest: { field: 'CLOSE_DATE', direction: 'ASC' },
  amountHigh: { field: 'AMOUNT', direction: 'DESC' },
  amountLow: { field: 'AMOUNT', direction: 'ASC' },
};

/** The deals the caller may see, with filters, cursor paging and a CSV export of every match. */
@Component({
  selector: 'so-deals-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    CursorPagerComponent,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    LocalDatePipe,
    LocalMoneyPipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deals-page.component.html',
  styleUrl: '../pipeline-page.scss',
})
export class DealsPageComponent {
  private readonly dealsGql = inject(DealsGQL);
  private readonly stagesGql = inject(SalesStagesGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** The deals behind a figure another page linked from (its filter in the address), until cleared. */
  protected readonly drillDown = signal<DrillDown>(
    drillDownFromParams((name) => this.route.snapshot.queryParamMap.get(name)),
  );
  protected readonly drillChips = computed(() =>
    drillDownChips(
      this.drillDown(),
      this.teams(),
      this.rows(),
      this.stages.hasValue() ? this.stages.value() : [],
    ),
  );
  protected readonly drillTexts = computed(() =>
    this.drillChips().map((chip) =>
      this.i18n.t(
        chip.key,
        Object.fromEntries(
          Object.entries(chip.params).map(([name, value]) => [
            name,
            typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
              ? this.i18n.formatDate(value)
              : value,
          ]),
        ),
      ),
    ),
  );

  protected readonly columns = [
    'externalId',
    'rep',
    'account',
    'stage',
    'amount',
    'engageDate',
    'closeDate',
    'warnings',
  ];
  protected readonly warningNames = DEAL_WARNINGS;
  protected readonly sortOptions = Object.keys(DEAL_SORTS) as DealSortOption[];
  protected readonly pages = new CursorStack();
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = signal('');
  protected readonly stageFilter = signal<string | null>(this.drillDown().stageId ?? null);
  protected readonly teamFilter = signal<string | null>(this.drillDown().teamId ?? null);
  /** Flagged deals: any warning, one warning, none; from the address when an import linked here. */
  protected readonly warningFilter = signal<WarningFilter | null>(
    this.route.snapshot.queryParamMap.get('flagged') === 'true' ? 'FLAGGED' : null,
  );
  protected readonly sortOption = signal<DealSortOption>('updated');
  protected readonly exportErrors = signal<readonly string[]>([]);
  protected readonly exporting = signal<{ loaded: number; total: number } | null>(null);
  protected readonly exportCapped = signal<number | null>(null);

  protected readonly stages = resource({
    loader: async () => (await firstValueFrom(this.stagesGql.fetch())).data?.salesStages ?? [],
  });
  protected readonly teamOptions = resource({ loader: () => loadTeamOptions(this.teamOptionsGql) });
  protected readonly teams = computed(() => (this.teamOptions.hasValue() ? this.teamOptions.value() : []));

  private readonly variables = computed(() => ({
    filter: {
      ...this.drillDown(),
      search: this.search() || null,
      stageId: this.stageFilter(),
      teamId: this.teamFilter(),
      ...warningVariables(this.warningFilter()),
    },
    sort: DEAL_SORTS[this.sortOption()],
  }));
  protected readonly deals = rxResource({
    params: () => ({ ...this.variables(), first: PAGE_SIZE, after: this.pages.cursor() }),
    stream: ({ params }) =>
      this.dealsGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.deals)),
  });

  // Keep showing the last page while the next one loads, so the table does not flicker.
  protected readonly page = keptWhileLoading(this.deals);
  protected readonly rows = computed(() => this.page()?.edges.map((edge) => edge.node) ?? []);
  protected readonly banner = computed(() => [
    ...(this.deals.error() ? shownErrors(this.deals.error(), this.i18n).banner : []),
    ...this.exportErrors(),
  ]);
  protected readonly filtered = computed(
    () =>
      !!this.search() ||
      !!this.stageFilter() ||
      !!this.teamFilter() ||
      !!this.warningFilter() ||
      this.drillChips().length > 0,
  );

  constructor() {
    this.searchControl.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((value) => {
        this.pages.reset();
        this.search.set(value.trim());
      });
  }

  /** Back to every deal: the figure's filter leaves the page and the address. */
  protected clearDrillDown(): void {
    this.pages.reset();
    this.drillDown.set({});
    this.stageFilter.set(null);
    this.teamFilter.set(null);
    void this.router.navigate([], { queryParams: {}, replaceUrl: true });
  }

  protected kindLabel(kind: StageKind): TranslationKey {
    return `stage.${kind}`;
  }

  protected setStage(stageId: string | null): void {
    this.pages.reset();
    this.stageFilter.set(stageId);
  }

  protected setWarning(filter: WarningFilter | null): void {
    this.pages.reset();
    this.warningFilter.set(filter);
  }

  protected warningKey(warning: DealWarning): TranslationKey {
    return `deals.warning.${warning}`;
  }

  protected setTeam(teamId: string | null): void {
    this.pages.reset();
    this.teamFilter.set(teamId);
  }

  protected setSort(option: DealSortOption): void {
    this.pages.reset();
    this.sortOption.set(option);
  }

  protected nextPage(): void {
    this.pages.next(this.page()?.pageInfo.endCursor);
  }

  protected retry(): void {
    this.exportErrors.set([]);
    this.deals.reload();
  }

  protected async exportCsv(): Promise<void> {
    this.exportErrors.set([]);
    this.exportCapped.set(null);
    this.exporting.set({ loaded: 0, total: this.page()?.totalCount ?? 0 });
    try {
      const { rows, totalCount } = await fetchAllDeals(this.dealsGql, this.variables(), (loaded, total) =>
        this.exporting.set({ loaded, total }),
      );
      if (rows.length < totalCount) this.exportCapped.set(rows.length);
      downloadCsv(`${this.i18n.t('deals.fileName')}.csv`, toCsv(dealCsvColumns(this.i18n), rows));
    } catch (error) {
      this.exportErrors.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.exporting.set(null);
    }
  }
}
