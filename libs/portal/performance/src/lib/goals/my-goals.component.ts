import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FiscalCalendarService,
  type GoalCellFragment,
  GoalGridGQL,
  type GoalMetric,
} from '@salesops/portal/data-access';
import { I18nService, LocalPercentPipe, type TranslationKey, TranslatePipe } from '@salesops/portal/i18n';
import { StateMessageComponent } from '@salesops/portal/ui';
import { concatMap, first, forkJoin, from, map, type Observable, of, switchMap } from 'rxjs';
import { attainmentOf, barWidth, isMoneyMetric, textOf, unitsOf } from './goal-target';

const DEFAULT_CURRENCY = 'USD';
/** How far from the current fiscal year the latest year with goals is looked for. */
const YEARS_AHEAD = 1;
const YEARS_BACK = 10;

/** Shown when the period asked for holds none of the rep's goals: its quarters', or the latest year's. */
export interface StandIn {
  readonly kind: 'quarters' | 'latest';
  readonly year: string;
  readonly goals: readonly GoalCellFragment[];
}

/**
 * Where the rep's goals are when `period` has none: the quarters of that year (a rep often has quarter
 * goals only), else the latest fiscal year with any goal of theirs (its own or its quarters'), looked for
 * from the year after the current one backwards, one year at a time; null when there are none.
 */
export function findStandIn(
  gql: GoalGridGQL,
  period: string,
  currentYear: string,
): Observable<StandIn | null> {
  const asked = Number(/^FY(\d{4})$/.exec(period)?.[1] ?? NaN);
  const current = Number(currentYear.slice(2));
  const quarters = Number.isNaN(asked)
    ? of(null)
    : yearGoals(gql, asked, false).pipe(
        map((goals): StandIn | null => (goals.length ? { kind: 'quarters', year: period, goals } : null)),
      );
  const years = Array.from({ length: YEARS_AHEAD + YEARS_BACK + 1 }, (_, i) => current + YEARS_AHEAD - i);
  const latest = from(years.filter((year) => year !== asked)).pipe(
    concatMap((year) => yearGoals(gql, year, true).pipe(map((goals) => ({ year, goals })))),
    first(({ goals }) => goals.length > 0, null),
    map((hit): StandIn | null => hit && { kind: 'latest', year: `FY${hit.year}`, goals: hit.goals }),
  );
  return quarters.pipe(switchMap((found) => (found ? of(found) : latest)));
}

/** The rep's goals of a fiscal year: the year's own (if asked), then each quarter's, in order. */
function yearGoals(gql: GoalGridGQL, year: number, withYear: boolean): Observable<GoalCellFragment[]> {
  const keys = [...(withYear ? [`FY${year}`] : []), ...[1, 2, 3, 4].map((q) => `FY${year}-Q${q}`)];
  const lists = keys.map((period) =>
    gql
      .fetch({ variables: { period, metric: null, teamId: null }, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.goals ?? [])),
  );
  return forkJoin(lists).pipe(map((found) => found.flat()));
}

/** A rep's own goals for a period, read-only: one card per metric with what is achieved and left. */
@Component({
  selector: 'so-my-goals',
  imports: [StateMessageComponent, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (note(); as note) {
      <p class="note" data-testid="my-goals-note">{{ note }}</p>
    }
    @for (goal of shown(); track goal.id) {
      @let attainment = attainmentFor(goal);
      <article class="card" data-testid="my-goal-card">
        @if (standInShown()) {
          <!-- Goals of other periods than the one picked: each says its own. -->
          <span class="period" data-testid="my-goal-period">{{ goal.periodKey }}</span>
        }
        <span class="label">{{ metricLabel(goal.metric) | t }}</span>
        <span class="value" data-testid="my-goal-actual">{{ show(goal, goal.actual) }}</span>
        <span class="hint" data-testid="my-goal-target">{{
          'goals.ofTarget' | t: { target: show(goal, goal.target) }
        }}</span>
        <span class="bar" aria-hidden="true" [class.reached]="(attainment ?? 0) >= 1">
          <span [style.width.%]="bar(attainment)"></span>
        </span>
        <span class="attainment" data-testid="my-goal-attainment">
          {{ attainment === null ? '—' : (attainment | localPercent) }}
          <span class="hint">{{ 'goals.attainment' | t }}</span>
        </span>
        <span class="hint" data-testid="my-goal-remaining">{{ remaining(goal) }}</span>
      </article>
    } @empty {
      <div class="card empty">
        @if (searching()) {
          <so-state-message [message]="'goals.mySearching' | t" data-testid="my-goals-searching" />
        } @else {
          <so-state-message
            [message]="'goals.myEmpty' | t: { period: period() }"
            data-testid="my-goals-empty"
          />
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 12px;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 16px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    .empty,
    .note {
      grid-column: 1 / -1;
    }
    .note {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .period {
      font: var(--mat-sys-title-small);
    }
    .label,
    .hint {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      font: var(--mat-sys-headline-small);
      overflow-wrap: anywhere;
    }
    .attainment {
      font: var(--mat-sys-title-medium);
    }
    .bar {
      display: block;
      height: 8px;
      margin-top: 4px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      span {
        display: block;
        height: 100%;
        border-radius: 4px;
        background: var(--mat-sys-primary);
      }
      &.reached span {
        background: var(--mat-sys-tertiary);
      }
    }
  `,
})
export class MyGoalsComponent {
  readonly goals = input.required<readonly GoalCellFragment[]>();
  readonly period = input<string>('');

  private readonly i18n = inject(I18nService);
  private readonly gql = inject(GoalGridGQL);
  private readonly calendar = inject(FiscalCalendarService).calendar;

  /** Looked for only when the period asked for is empty, so the rep is not left before an empty year. */
  protected readonly standIn = rxResource({
    params: () => {
      const currentYear = this.calendar()?.currentYear;
      return this.goals().length === 0 && currentYear ? { period: this.period(), currentYear } : undefined;
    },
    stream: ({ params }) => findStandIn(this.gql, params.period, params.currentYear),
  });
  private readonly found = computed(() =>
    this.goals().length === 0 && this.standIn.hasValue() ? this.standIn.value() : null,
  );
  protected readonly searching = computed(
    () => this.goals().length === 0 && (!this.calendar() || this.standIn.isLoading()),
  );
  /** The period's goals, else those found elsewhere (each card then names its period). */
  protected readonly shown = computed(() =>
    this.goals().length > 0 ? this.goals() : (this.found()?.goals ?? []),
  );
  protected readonly standInShown = computed(() => this.found() !== null);
  /** Why other periods' goals are shown than the one asked for. */
  protected readonly note = computed(() => {
    const found = this.found();
    if (!found) return null;
    return found.kind === 'quarters'
      ? this.i18n.t('goals.myQuarters', { period: found.year })
      : this.i18n.t('goals.myLatest', { period: this.period(), year: found.year });
  });

  protected metricLabel(metric: GoalMetric): TranslationKey {
    return `goals.metric.${metric}`;
  }

  protected attainmentFor(goal: GoalCellFragment): number | null {
    return attainmentOf(unitsOf(goal.actual, goal.metric), unitsOf(goal.target, goal.metric));
  }

  protected bar(attainment: number | null): number {
    return barWidth(attainment);
  }

  protected show(goal: GoalCellFragment, value: string): string {
    return this.format(unitsOf(value, goal.metric), goal);
  }

  /** What is left to reach the goal, or that it is reached. */
  protected remaining(goal: GoalCellFragment): string {
    const left = unitsOf(goal.target, goal.metric) - unitsOf(goal.actual, goal.metric);
    if (left <= 0n) return this.i18n.t('goals.reached');
    return this.i18n.t('goals.toGo', { amount: this.format(left, goal) });
  }

  private format(units: bigint, goal: GoalCellFragment): string {
    if (!isMoneyMetric(goal.metric)) return this.i18n.formatNumber(Number(units));
    return this.i18n.formatMoney(
      textOf(units, goal.metric),
      goal.currency ?? DEFAULT_CURRENCY,
      units % 100n === 0n,
    );
  }
}
