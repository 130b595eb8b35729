import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalMoneyPipe, LocalNumberPipe, LocalPercentPipe, TranslatePipe } from '@salesops/portal/i18n';

import { attainmentBand, attainmentWidth } from './attainment-bar';
import { type ScopeSummary } from './dashboard-summary';

/**
 * The dashboard's KPI cards for one scope: won revenue, attainment against the goal (with a bar, or
 * a link to set goals), win rate, open and weighted pipeline, and coverage of what remains of the goal.
 */
@Component({
  selector: 'so-dashboard-kpi-cards',
  imports: [RouterLink, LocalMoneyPipe, LocalNumberPipe, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="card" data-testid="kpi-won-revenue">
      <span class="label">{{ 'perf.totalWon' | t }}</span>
      @if (deals(); as links) {
        <a class="value" [routerLink]="['/deals']" [queryParams]="links.won" data-testid="kpi-won-deals">{{
          (summary().wonRevenue | localMoney: true) || '—'
        }}</a>
      } @else {
        <span class="value">{{ (summary().wonRevenue | localMoney: true) || '—' }}</span>
      }
      @if (summary().target; as target) {
        <span class="hint">{{ 'dash.goalOf' | t: { goal: (target | localMoney: true) } }}</span>
      } @else if (summary().reps !== null) {
        <span class="hint">{{ 'dash.repsCount' | t: { count: (summary().reps | localNumber) } }}</span>
      }
    </div>

    <div class="card" data-testid="kpi-attainment">
      <span class="label">{{ 'dash.attainment' | t }}</span>
      @if (summary().attainment !== null) {
        <span class="value" [attr.data-band]="band()">{{ summary().attainment | localPercent }}</span>
        <span class="bar" [attr.data-band]="band()" aria-hidden="true"
          ><span [style.width.%]="width()"></span
        ></span>
        <span class="hint">
          {{
            'dash.attainmentOf'
              | t
                : {
                    won: (summary().wonRevenue | localMoney: true),
                    goal: (summary().target | localMoney: true),
                  }
          }}
        </span>
      } @else {
        <span class="value muted">—</span>
        <span class="hint" data-testid="kpi-no-goal">
          @if (summary().goals; as goals) {
            {{ goals.set === 0 ? ('dash.noGoalFor' | t) : ('dash.someGoals' | t: goals) }}
          } @else {
            {{ 'dash.noGoalFor' | t }}
          }
          ·
          <a routerLink="/goals" [queryParams]="{ period: periodKey() }" data-testid="kpi-set-goals">{{
            'dash.setGoals' | t
          }}</a>
        </span>
      }
    </div>

    <div class="card" data-testid="kpi-win-rate">
      <span class="label">{{ 'perf.winRate' | t }}</span>
      <span class="value">{{ (summary().winRate | localPercent) || '—' }}</span>
      <span class="hint">
        {{
          'dash.wonLost'
            | t: { won: (summary().dealsWon | localNumber), lost: (summary().dealsLost | localNumber) }
        }}
        @if (deals(); as links) {
          · <a [routerLink]="['/deals']" [queryParams]="links.won">{{ 'dash.wonDeals' | t }}</a> ·
          <a [routerLink]="['/deals']" [queryParams]="links.lost" data-testid="kpi-lost-deals">{{
            'dash.lostDeals' | t
          }}</a>
        }
      </span>
    </div>

    <div class="card" data-testid="kpi-open-pipeline">
      <span class="label">{{ 'perf.openPipelineCard' | t }}</span>
      <span class="value">{{ (summary().openPipeline | localMoney: true) || '—' }}</span>
      @if (deals(); as links) {
        <a class="hint" [routerLink]="['/deals']" [queryParams]="links.open" data-testid="kpi-open-deals">{{
          'dash.openDeals' | t: { count: (summary().openDeals | localNumber) }
        }}</a>
      } @else {
        <span class="hint">{{ 'dash.openDeals' | t: { count: (summary().openDeals | localNumber) } }}</span>
      }
    </div>

    <div class="card" data-testid="kpi-weighted">
      <span class="label">{{ 'dash.weighted' | t }}</span>
      <span class="value">{{ (summary().weightedPipeline | localMoney: true) || '—' }}</span>
      <span class="hint">{{ 'dash.weightedHint' | t }}</span>
    </div>

    <div class="card" data-testid="kpi-coverage">
      <span class="label">{{ 'dash.coverage' | t }}</span>
      @if (summary().coverage !== null) {
        <span class="value">{{
          'dash.coverageValue' | t: { value: (coverage(summary().coverage) | localNumber) }
        }}</span>
        <span class="hint">{{ 'dash.coverageHint' | t }}</span>
      } @else if (goalMet()) {
        <span class="value">—</span>
        <span class="hint">{{ 'dash.goalMet' | t }}</span>
      } @else {
        <span class="value muted">—</span>
        <span class="hint">{{ 'dash.noGoal' | t }}</span>
      }
    </div>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
      gap: 12px;
      margin-bottom: 16px;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: 0;
      padding: 16px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    .label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .hint a {
      color: var(--mat-sys-primary);
    }
    .value {
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    .value.muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .value[data-band] {
      color: var(--so-band-text);
    }
    .bar {
      display: block;
      height: 8px;
      margin: 2px 0;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .bar span {
      display: block;
      height: 100%;
      border-radius: 4px;
      background: var(--mat-sys-primary);
    }
    .bar[data-band] span {
      background: var(--so-band);
    }
    @media (max-width: 599px) {
      :host {
        grid-template-columns: 1fr 1fr;
        gap: 8px;
      }
      .card {
        padding: 12px;
      }
      .value {
        font: var(--mat-sys-title-medium);
      }
    }
  `,
})
export class DashboardKpiCardsComponent {
  readonly summary = input.required<ScopeSummary>();
  /** The period shown, for the link to its goals. */
  readonly periodKey = input<string | null>(null);
  /** The deals behind the won, lost and open counts (deals-list query parameters); null: no links. */
  readonly deals = input<{
    won: Record<string, string>;
    lost: Record<string, string>;
    open: Record<string, string>;
  } | null>(null);

  protected readonly band = computed(() => attainmentBand(this.summary().attainment));
  protected readonly width = computed(() => attainmentWidth(this.summary().attainment));
  protected readonly goalMet = computed(() => (this.summary().attainment ?? 0) >= 1);

  /** A multiple to one decimal: `2.4`. */
  protected coverage(value: number | null): number | null {
    return value === null ? null : Math.round(value * 10) / 10;
  }
}
