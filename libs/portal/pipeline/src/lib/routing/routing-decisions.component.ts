import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { keptWhileLoading, RoutingDecisionsGQL, shownErrors } from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import { CursorPagerComponent, ErrorBannerComponent, StateMessageComponent } from '@salesops/portal/ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

import { decisionReason, DECISIONS_PAGE_SIZE, formatDateTime, toDecisionsPage } from './routing-decisions';

export interface RepOption {
  readonly id: string;
  readonly name: string;
}

/** The routing decision log, newest first, with offset paging and filters by rep and deal id. */
@Component({
  selector: 'so-routing-decisions',
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
    StateMessageComponent,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './routing-decisions.component.html',
  styleUrls: ['../pipeline-page.scss', './routing-page.component.scss'],
})
export class RoutingDecisionsComponent {
  private readonly decisionsGql = inject(RoutingDecisionsGQL);
  private readonly i18n = inject(I18nService);

  /** The reps offered in the filter. */
  readonly reps = input<readonly RepOption[]>([]);

  protected readonly columns = ['decidedAt', 'deal', 'rep', 'reason'];
  protected readonly repFilter = signal<string | null>(null);
  protected readonly dealControl = new FormControl('', { nonNullable: true });
  private readonly dealId = signal('');
  protected readonly offset = signal(0);

  protected readonly decisions = rxResource({
    params: () => ({
      repId: this.repFilter(),
      dealExternalId: this.dealId() || null,
      first: DECISIONS_PAGE_SIZE + 1,
      offset: this.offset(),
    }),
    stream: ({ params }) =>
      this.decisionsGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => toDecisionsPage(result.data?.routingDecisions ?? [], DECISIONS_PAGE_SIZE))),
  });

  // Keep the last page on screen while the next one loads, so the table does not flicker.
  protected readonly page = keptWhileLoading(this.decisions);
  protected readonly rows = computed(() => this.page()?.rows ?? []);
  /** Each row's reason in the current language, by decision id. */
  protected readonly reasons = computed(
    () => new Map(this.rows().map((row) => [row.id, decisionReason(this.i18n, row)])),
  );
  protected readonly filtered = computed(() => !!this.repFilter() || !!this.dealId());
  protected readonly banner = computed(() =>
    this.decisions.error() ? shownErrors(this.decisions.error(), this.i18n).banner : [],
  );
  protected readonly shownRange = computed(() => {
    const count = this.rows().length;
    return count === 0 ? null : { from: this.offset() + 1, to: this.offset() + count };
  });

  constructor() {
    this.dealControl.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((value) => {
        this.offset.set(0);
        this.dealId.set(value.trim());
      });
  }

  /** Shows the decisions of one rep (or all reps with null), from the newest. */
  filterByRep(repId: string | null): void {
    this.offset.set(0);
    this.repFilter.set(repId);
  }

  protected turnPage(step: number): void {
    this.offset.update((offset) => Math.max(0, offset + step * DECISIONS_PAGE_SIZE));
  }

  protected when(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }
}
