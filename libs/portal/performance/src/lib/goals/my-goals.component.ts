import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type GoalCellFragment, type GoalMetric } from '@salesops/portal/data-access';
import { I18nService, LocalPercentPipe, type TranslationKey, TranslatePipe } from '@salesops/portal/i18n';
import { StateMessageComponent } from '@salesops/portal/ui';
import { attainmentOf, barWidth, isMoneyMetric, textOf, unitsOf } from './goal-target';

const DEFAULT_CURRENCY = 'USD';

/** A rep's own goals for a period, read-only: one card per metric with what is achieved and left. */
@Component({
  selector: 'so-my-goals',
  imports: [StateMessageComponent, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
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
    .empty {
      grid-column: 1 / -1;
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
