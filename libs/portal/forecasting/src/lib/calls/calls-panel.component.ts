import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ForecastCallsGQL, type ForecastMetric, keptWhileLoading } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { downloadCsv, StateMessageComponent, toCsv } from '@salesops/portal/ui';
import { map } from 'rxjs';

import { formatFigure, formatSignedPercent } from '../forecast/forecast-format';
import { CallFormComponent, type CallTarget } from './call-form.component';
import { callsCsvColumns } from './calls-csv';
import { type CallRow, callRows } from './calls-model';

/**
 * The people's call for a period: each rep's and team's own call, a manager's adjustment with its note,
 * the call in force against last week and the goal, a team's call against the sum of its reps', and each
 * caller's record (bias of past commits). Managers adjust a report's call or make their team's here.
 */
@Component({
  selector: 'so-calls-panel',
  imports: [MatButtonModule, MatProgressBarModule, StateMessageComponent, CallFormComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calls-panel.component.html',
  styleUrl: './calls-panel.component.scss',
})
export class CallsPanelComponent {
  private readonly gql = inject(ForecastCallsGQL);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);

  readonly period = input.required<string>();
  readonly metric = input.required<ForecastMetric>();
  readonly teamId = input<string | null>(null);

  protected readonly calls = rxResource({
    params: () => ({ period: this.period(), metric: this.metric(), teamId: this.teamId() }),
    stream: ({ params }) =>
      this.gql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.forecastCalls ?? null)),
  });
  private readonly shown = keptWhileLoading(this.calls);
  protected readonly rows = computed(() => callRows(this.shown()?.rows ?? []));
  protected readonly currency = computed(() => this.shown()?.currency ?? null);
  protected readonly editing = signal<
    (CallTarget & { commit: string | null; bestCase: string | null }) | null
  >(null);

  protected figure(value: string | null | undefined): string {
    return formatFigure(this.i18n, value, this.metric(), this.currency()) || '–';
  }

  protected change(value: string | null): string {
    if (value === null) return '';
    const text = formatFigure(this.i18n, value.replace(/^-/, ''), this.metric(), this.currency());
    return value.startsWith('-') ? `−${text}` : value === '0.00' ? text : `+${text}`;
  }

  protected bias(value: number | null): string {
    return formatSignedPercent(this.i18n, value);
  }

  protected edit(row: CallRow): void {
    const s = row.standing;
    this.editing.set({
      kind: s.subjectKind === 'TEAM' ? 'TEAM' : 'REP',
      id: s.subjectId,
      name: s.subjectName,
      commit: s.commit,
      bestCase: s.bestCase,
    });
  }

  protected onSubmitted(): void {
    const name = this.editing()?.name ?? '';
    this.editing.set(null);
    this.calls.reload();
    this.snackBar.open(this.i18n.t('forecast.call.saved', { name }), undefined, { duration: 4000 });
  }

  protected exportCsv(): void {
    downloadCsv(
      `${this.i18n.t('forecast.calls.fileName')}-${this.period()}.csv`,
      toCsv(callsCsvColumns(this.i18n, this.period(), this.metric(), this.currency()), this.rows()),
    );
  }
}
