import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  FiscalCalendarService,
  ForecastCallHistoryGQL,
  ForecastCallsGQL,
  ForecastGQL,
  ForecastLatestWinGQL,
  type ForecastMetric,
  ForecastSnapshotsGQL,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { downloadCsv, PageHeaderComponent, StateMessageComponent, toCsv } from '@salesops/portal/ui';
import { map } from 'rxjs';

import { CallFormComponent, type CallTarget } from '../calls/call-form.component';
import { ForecastFiltersComponent } from '../forecast/forecast-filters.component';
import { formatFigure, formatSignedPercent } from '../forecast/forecast-format';
import { defaultAsOf, nextPeriodKey, todayUtc } from '../forecast/forecast-period';
import { methodKey } from '../forecast/forecast-words';
import { accuracyCsvColumns, callHistoryCsvColumns } from './my-forecast-csv';

/**
 * A rep's own forecast: submit a commit and best case for a period next to what the models expect, see
 * every call made (and a manager's adjustments), and the record: how far past calls and forecasts were off.
 */
@Component({
  selector: 'so-my-forecast-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    PageHeaderComponent,
    StateMessageComponent,
    CallFormComponent,
    ForecastFiltersComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-forecast-page.component.html',
  styleUrl: './my-forecast-page.component.scss',
})
export class MyForecastPageComponent {
  private readonly forecastGql = inject(ForecastGQL);
  private readonly callsGql = inject(ForecastCallsGQL);
  private readonly historyGql = inject(ForecastCallHistoryGQL);
  private readonly snapshotsGql = inject(ForecastSnapshotsGQL);
  private readonly latestWinGql = inject(ForecastLatestWinGQL);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);
  protected readonly calendar = inject(FiscalCalendarService).calendar;
  protected readonly methodKey = methodKey;
  protected readonly self: CallTarget = { kind: 'SELF' };

  private readonly latestWin = rxResource({
    stream: () =>
      this.latestWinGql
        .fetch({ variables: { closedTo: todayUtc() } })
        .pipe(map((r) => r.data?.deals.edges[0]?.node.closeDate ?? null)),
  });
  protected readonly asOf = linkedSignal<string | null>(() =>
    this.latestWin.isLoading()
      ? null
      : defaultAsOf(this.latestWin.hasValue() ? this.latestWin.value() : null, todayUtc()),
  );
  protected readonly period = linkedSignal<string | null>(() => {
    const [asOf, calendar] = [this.asOf(), this.calendar()];
    return asOf && calendar ? nextPeriodKey(asOf, 'QUARTER', calendar) : null;
  });
  protected readonly metric = signal<ForecastMetric>('WON_REVENUE');

  private readonly params = computed(() => {
    const [period, asOf] = [this.period(), this.asOf()];
    return period && asOf ? { period, asOf, metric: this.metric() } : undefined;
  });
  protected readonly forecast = rxResource({
    params: () => this.params(),
    stream: ({ params }) =>
      this.forecastGql
        .fetch({
          variables: {
            subject: 'REP',
            subjectId: null,
            period: params.period,
            metric: params.metric,
            asOf: params.asOf,
          },
        })
        .pipe(map((r) => r.data?.forecast ?? null)),
  });
  protected readonly standing = rxResource({
    params: () => this.params(),
    stream: ({ params }) =>
      this.callsGql
        .fetch({
          variables: { period: params.period, metric: params.metric, teamId: null },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.forecastCalls ?? null)),
  });
  protected readonly history = rxResource({
    params: () => this.params(),
    stream: ({ params }) =>
      this.historyGql
        .fetch({
          variables: { subject: 'REP', subjectId: null, period: params.period, metric: params.metric },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.forecastCallHistory ?? [])),
  });
  protected readonly snapshots = rxResource({
    params: () => ({ metric: this.metric() }),
    stream: ({ params }) =>
      this.snapshotsGql
        .fetch({ variables: { subject: 'REP', subjectId: null, metric: params.metric, first: 100 } })
        .pipe(map((r) => r.data?.forecastSnapshots ?? null)),
  });

  protected readonly mine = computed(() =>
    this.standing.hasValue() ? (this.standing.value()?.rows[0] ?? null) : null,
  );
  protected readonly calls = computed(() => (this.history.hasValue() ? this.history.value() : []));
  protected readonly accuracy = computed(() =>
    this.snapshots.hasValue() ? (this.snapshots.value()?.accuracy ?? []) : [],
  );
  protected readonly guide = computed(() => {
    const forecast = this.forecast.hasValue() ? this.forecast.value() : null;
    return (
      forecast?.methods.find((m) => m.recommended) ?? forecast?.methods.find((m) => m.point !== null) ?? null
    );
  });
  protected readonly currency = computed(
    () =>
      this.standing.value()?.currency ??
      (this.forecast.hasValue() ? this.forecast.value()?.currency : null) ??
      null,
  );

  protected figure(value: string | null | undefined): string {
    return formatFigure(this.i18n, value, this.metric(), this.currency()) || '–';
  }

  protected signed(value: number | null): string {
    return formatSignedPercent(this.i18n, value) || '–';
  }

  protected onSubmitted(): void {
    this.standing.reload();
    this.history.reload();
    this.snackBar.open(this.i18n.t('forecast.my.saved', { period: this.period() ?? '' }), undefined, {
      duration: 4000,
    });
  }

  protected exportCalls(): void {
    downloadCsv(
      `${this.i18n.t('forecast.my.callsFileName')}-${this.period() ?? ''}.csv`,
      toCsv(callHistoryCsvColumns(this.i18n), this.calls()),
    );
  }

  protected exportAccuracy(): void {
    downloadCsv(
      `${this.i18n.t('forecast.my.accuracyFileName')}.csv`,
      toCsv(accuracyCsvColumns(this.i18n), this.accuracy()),
    );
  }
}
