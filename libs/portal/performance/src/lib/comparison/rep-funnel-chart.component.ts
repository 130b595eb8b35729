import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LocalNumberPipe, LocalPercentPipe, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import { funnelGeometry, type FunnelStep, type RepFunnel, type TeamMedians } from './comparison-model';

const STEP_LABELS: Readonly<Record<FunnelStep, TranslationKey>> = {
  LEADS: 'cmp.funnel.LEADS',
  QUALIFIED: 'cmp.funnel.QUALIFIED',
  WON: 'cmp.funnel.WON',
};
const RATE_LABELS: Readonly<Record<FunnelStep, TranslationKey | null>> = {
  LEADS: null,
  QUALIFIED: 'cmp.funnel.rateQualified',
  WON: 'cmp.funnel.rateWon',
};

/**
 * A rep's funnel, leads -> qualified -> won, as CSS bars scaled to the rep's leads, with a marker
 * where each bar would end at the team's median rate; the weakest step is drawn in the warning colour.
 */
@Component({
  selector: 'so-rep-funnel-chart',
  imports: [LocalNumberPipe, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="funnel" data-testid="cmp-funnel">
      @for (bar of bars(); track bar.step) {
        <li
          class="step"
          [class.weakest]="bar.weakest"
          [attr.data-step]="bar.step"
          data-testid="cmp-funnel-step"
        >
          <div class="label">
            <span class="name">{{ stepLabel(bar.step) | t }}</span>
            <span class="count">{{ bar.count | localNumber }}</span>
            @if (rateLabel(bar.step); as rateKey) {
              <span class="rate">
                {{ bar.rate === null ? '—' : (rateKey | t: { rate: (bar.rate | localPercent) }) }}
              </span>
            }
          </div>
          <div class="track" aria-hidden="true">
            <div class="fill" [style.width.%]="bar.widthPct"></div>
            @if (bar.markerPct !== null) {
              <div class="marker" data-testid="cmp-funnel-marker" [style.left.%]="bar.markerPct"></div>
            }
          </div>
          @if (bar.teamRate !== null) {
            <div class="team" data-testid="cmp-funnel-team">
              {{ 'cmp.funnel.teamMedian' | t: { rate: (bar.teamRate | localPercent) } }}
              @if (bar.weakest) {
                <strong class="weakest-tag">· {{ 'cmp.funnel.weakest' | t }}</strong>
              }
            </div>
          }
        </li>
      }
    </ol>
    <p class="legend">
      <span class="legend-marker" aria-hidden="true"></span>{{ 'cmp.funnel.markerLegend' | t }}
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .funnel {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 10px;
    }
    .label {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 8px;
      font: var(--mat-sys-body-medium);
    }
    .name {
      font-weight: 500;
    }
    .count {
      font-variant-numeric: tabular-nums;
    }
    .rate,
    .team {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .track {
      position: relative;
      height: 14px;
      margin-top: 4px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
    }
    .fill {
      height: 100%;
      min-width: 2px;
      border-radius: 4px;
      background: var(--mat-sys-primary);
    }
    .marker {
      position: absolute;
      top: -3px;
      bottom: -3px;
      width: 0;
      border-left: 2px dashed var(--mat-sys-on-surface);
      transform: translateX(-1px);
    }
    .weakest .fill {
      background: var(--so-warning, #b3261e);
    }
    .weakest .name,
    .weakest-tag {
      color: var(--so-warning-text, #8c1d18);
    }
    .team {
      margin-top: 2px;
    }
    .legend {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 10px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .legend-marker {
      display: inline-block;
      flex: none;
      width: 0;
      height: 12px;
      border-left: 2px dashed var(--mat-sys-on-surface);
    }
  `,
})
export class RepFunnelChartComponent {
  readonly funnel = input.required<RepFunnel>();
  readonly medians = input<TeamMedians | undefined>(undefined);

  protected readonly bars = computed(() => funnelGeometry(this.funnel(), this.medians()));

  protected stepLabel(step: FunnelStep): TranslationKey {
    return STEP_LABELS[step];
  }

  protected rateLabel(step: FunnelStep): TranslationKey | null {
    return RATE_LABELS[step];
  }
}
