import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  ForecastGoalSuggestionsGQL,
  type ForecastMetric,
  keptWhileLoading,
  SetGoalsGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { downloadCsv, ErrorBannerComponent, StateMessageComponent, toCsv } from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import { formatFigure } from '../forecast/forecast-format';
import { forecastNoteText } from '../forecast/forecast-notes';
import { flagKey } from '../forecast/forecast-words';
import { acceptedGoals, batches, initialEdits, subjectKey, type Suggestion } from './suggestion-accept';
import { suggestionsCsvColumns } from './suggestions-csv';

/**
 * Suggested targets for the next period from the forecast distribution (a chosen percentile), existing goals
 * flagged above the P90 (unrealistic) or below the P25 (too easy); ticked rows are stored as goals in one
 * setGoals call (audited, versioned, refused for a closed pay period).
 */
@Component({
  selector: 'so-suggestions-panel',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    ErrorBannerComponent,
    StateMessageComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './suggestions-panel.component.html',
  styleUrl: './suggestions-panel.component.scss',
})
export class SuggestionsPanelComponent {
  private readonly gql = inject(ForecastGoalSuggestionsGQL);
  private readonly setGoalsGql = inject(SetGoalsGQL);
  protected readonly i18n = inject(I18nService);

  readonly period = input.required<string>();
  readonly metric = input.required<ForecastMetric>();
  readonly asOf = input<string | null>(null);
  readonly teamId = input<string | null>(null);

  protected readonly percentile = signal(50);
  protected readonly percentileText = linkedSignal(() => String(this.percentile()));
  protected readonly suggestions = rxResource({
    params: () => ({
      period: this.period(),
      metric: this.metric(),
      percentile: this.percentile(),
      teamId: this.teamId(),
      asOf: this.asOf(),
    }),
    stream: ({ params }) =>
      this.gql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.forecastGoalSuggestions ?? null)),
  });
  private readonly shown = keptWhileLoading(this.suggestions);
  protected readonly rows = computed(() => this.shown()?.rows ?? []);
  protected readonly edits = linkedSignal(() => initialEdits(this.rows()));
  protected readonly selectedCount = computed(
    () => [...this.edits().values()].filter((e) => e.selected).length,
  );
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly saved = signal<number | null>(null);
  protected readonly flagKey = flagKey;

  protected key(row: Suggestion): string {
    return subjectKey(row.subjectKind, row.subjectId);
  }

  protected noteOf(row: Suggestion): string | null {
    return forecastNoteText(this.i18n, row);
  }

  protected figure(value: string | null | undefined): string {
    return formatFigure(this.i18n, value, this.metric(), this.shown()?.currency) || '–';
  }

  protected applyPercentile(): void {
    const value = Number(this.percentileText());
    if (Number.isInteger(value) && value >= 1 && value <= 99) this.percentile.set(value);
    else this.percentileText.set(String(this.percentile()));
  }

  protected toggle(row: Suggestion, selected: boolean): void {
    this.update(row, { selected });
  }

  protected typeTarget(row: Suggestion, target: string): void {
    this.update(row, { target, selected: true });
  }

  protected selectAll(selected: boolean): void {
    this.edits.update((edits) => {
      const next = new Map(edits);
      for (const row of this.rows())
        if (row.suggestedTarget !== null)
          next.set(this.key(row), { ...(next.get(this.key(row)) ?? { target: '' }), selected });
      return next;
    });
  }

  protected async accept(): Promise<void> {
    this.errors.set([]);
    this.saved.set(null);
    this.saving.set(true);
    try {
      const acceptance = acceptedGoals(this.rows(), this.edits(), this.period(), this.metric());
      if (acceptance.invalid.length > 0) {
        this.errors.set([this.i18n.t('forecast.suggest.invalid', { names: acceptance.invalid.join(', ') })]);
        return;
      }
      for (const goals of batches(acceptance.goals)) {
        await firstValueFrom(this.setGoalsGql.mutate({ variables: { input: { goals } } }));
      }
      this.saved.set(acceptance.goals.length);
      this.suggestions.reload();
    } catch (error) {
      this.errors.set([this.i18n.t('forecast.suggest.failed'), ...shownErrors(error, this.i18n).banner]);
    } finally {
      this.saving.set(false);
    }
  }

  protected exportCsv(): void {
    const data = this.shown();
    if (!data) return;
    const context = {
      period: data.period,
      metric: data.metric,
      percentile: data.percentile,
      currency: data.currency,
    };
    downloadCsv(
      `${this.i18n.t('forecast.suggest.fileName')}-${data.period}-P${data.percentile}.csv`,
      toCsv(suggestionsCsvColumns(this.i18n, context, this.edits()), this.rows()),
    );
  }

  private update(row: Suggestion, change: Partial<{ selected: boolean; target: string }>): void {
    this.edits.update((edits) => {
      const next = new Map(edits);
      const key = this.key(row);
      next.set(key, { selected: false, target: '', ...next.get(key), ...change });
      return next;
    });
  }
}
