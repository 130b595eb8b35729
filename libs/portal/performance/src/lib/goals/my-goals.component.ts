import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type GoalCellFragment, type GoalMetric } from '@salesops/portal/data-access';
import { I18nService, LocalPercentPipe, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';
import { StateMessageComponent } from '@salesops/portal/ui';

import { type GoalPeriodOption } from './goal-periods';
import { attainmentOf, barWidth, isMoneyMetric, textOf, unitsOf } from './goal-target';

const DEFAULT_CURRENCY = 'USD';
/** How many other periods with goals are offered as shortcuts. */
const MAX_SHORTCUTS = 12;

/** A rep's own goals for a period, read-only: one card per metric with what is achieved and left. */
@Component({
  selector: 'so-my-goals',
  imports: [MatButtonModule, StateMessageComponent, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (movedFrom(); as from) {
      <p class="note" data-testid="my-goals-note">
        {{ 'goals.myMoved' | t: { from: from, to: period() } }}
      </p>
    }
    @for (goal of goals(); track goal.id) {
      @let attainment = attainmentFor(goal);
      <article class="card" data-testid="my-goal-card">
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
        <so-state-message
          [message]="'goals.myEmpty' | t: { period: period() }"
          data-testid="my-goals-empty"
        />
      </div>
    }
    @if (others().length > 0) {
      <nav class="others" [attr.aria-label]="'goals.myPeriods' | t" data-testid="my-goals-periods">
        <span class="hint">{{ 'goals.myPeriods' | t }}</span>
        @for (other of others(); track other) {
          <button mat-stroked-button type="button" data-testid="my-goals-period" (click)="pick.emit(other)">
            {{ other }}
          </button>
        }
      </nav>
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
    .note,
    .others {
      grid-column: 1 / -1;
    }
    .others {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .note {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
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
  /** Every period that holds goals of the rep, newest first (the API's `goalPeriods`). */
  readonly periods = input<readonly GoalPeriodOption[]>([]);
  /** The period the page was opened on when it moved here because that one held no goal of the rep. */
  readonly movedFrom = input<string | null>(null);
  /** A period the rep picked among those with goals of theirs. */
  readonly pick = output<string>();

  private readonly i18n = inject(I18nService);

  /** The other periods with goals of the rep, to go to in one click. */
  protected readonly others = computed(() =>
    this.periods()
      .map((p) => p.periodKey)
      .filter((key) => key !== this.period())
      .slice(0, MAX_SHORTCUTS),
  );

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
