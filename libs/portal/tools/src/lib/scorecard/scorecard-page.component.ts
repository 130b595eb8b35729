import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { shownErrors, ToolScorecardGQL, type ToolSignal } from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import {
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { map } from 'rxjs';

import { scorecardCsvColumns } from './scorecard-csv';
import { countBySignal, signalKey, SIGNALS, sortScorecards } from './scorecard-model';
import { ToolScoreCardComponent } from './tool-score-card.component';

/**
 * Keep, review or replace: one card per tool with the API's signal and reasons, satisfaction and its
 * trend, seat use, cost and renewal; the tools needing a decision first.
 */
@Component({
  selector: 'so-scorecard-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    ToolScoreCardComponent,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scorecard-page.component.html',
  styleUrl: './scorecard-page.component.scss',
})
export class ScorecardPageComponent {
  private readonly scorecardGql = inject(ToolScorecardGQL);
  private readonly i18n = inject(I18nService);

  protected readonly signals = SIGNALS;
  protected readonly signalKey = signalKey;
  protected readonly signalFilter = signal<ToolSignal | null>(null);

  protected readonly scorecard = rxResource({
    stream: () =>
      this.scorecardGql
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((result) => sortScorecards(result.data?.toolScorecard ?? []))),
  });
  protected readonly all = computed(() => (this.scorecard.hasValue() ? this.scorecard.value() : []));
  protected readonly counts = computed(() => countBySignal(this.all()));
  protected readonly cards = computed(() => {
    const only = this.signalFilter();
    return only ? this.all().filter((row) => row.signal === only) : this.all();
  });
  protected readonly banner = computed(() =>
    this.scorecard.error() ? shownErrors(this.scorecard.error(), this.i18n).banner : [],
  );

  protected toggleSignal(signal: ToolSignal): void {
    this.signalFilter.set(this.signalFilter() === signal ? null : signal);
  }

  protected exportCsv(): void {
    const rows = this.all();
    if (rows.length === 0) return;
    downloadCsv(`${this.i18n.t('scorecard.fileName')}.csv`, toCsv(scorecardCsvColumns(this.i18n), rows));
  }
}
