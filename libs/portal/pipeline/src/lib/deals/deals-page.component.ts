import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
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
  downloadCsv,
  ErrorBannerComponent,
  PagedList,
  PagedListComponent,
  PageHeaderComponent,
  SearchBox,
  toCsv,
} from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import { dealCsvColumns, fetchAllDeals } from './deal-export';
import { drillDownChips } from './drill-down-chips';
import { type WarningFilter, warningVariables } from './warning-filter';

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
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatTableModule,
    ErrorBannerComponent,
    PagedListComponent,
    PageHeaderComponent,
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
      this.deals.rows(),
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
  protected readonly search = new SearchBox();
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
      search: this.search.text() || null,
      stageId: this.stageFilter(),
      teamId: this.teamFilter(),
      ...warningVariables(this.warningFilter()),
    },
    sort: DEAL_SORTS[this.sortOption()],
  }));
  protected readonly deals = new PagedList({
    query: this.variables,
    load: (variables) =>
      this.dealsGql
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.deals)),
  });
  protected readonly banner = computed(() => [
    ...(this.deals.error() ? shownErrors(this.deals.error(), this.i18n).banner : []),
    ...this.exportErrors(),
  ]);
  protected readonly filtered = computed(
    () =>
      !!this.search.text() ||
      !!this.stageFilter() ||
      !!this.teamFilter() ||
      !!this.warningFilter() ||
      this.drillChips().length > 0,
  );

  /** Back to every deal: the figure's filter leaves the page and the address. */
  protected clearDrillDown(): void {
    this.drillDown.set({});
    this.stageFilter.set(null);
    this.teamFilter.set(null);
    void this.router.navigate([], { queryParams: {}, replaceUrl: true });
  }

  protected kindLabel(kind: StageKind): TranslationKey {
    return `stage.${kind}`;
  }

  protected warningKey(warning: DealWarning): TranslationKey {
    return `deals.warning.${warning}`;
  }

  protected retry(): void {
    this.exportErrors.set([]);
    this.deals.reload();
  }

  protected async exportCsv(): Promise<void> {
    this.exportErrors.set([]);
    this.exportCapped.set(null);
    this.exporting.set({ loaded: 0, total: this.deals.total() });
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
