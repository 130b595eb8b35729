import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type ToolScorecardRowFragment } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

import { trendChart } from './scorecard-model';

type Wave = ToolScorecardRowFragment['trend'][number];

const LABEL_SPACE = 16;
// Room right of the bars for the 70% and 50% labels.
const AXIS_SPACE = 32;

/**
 * CSAT per survey wave as small bars (oldest left), with the 70% review line and the 50% replace
 * line dashed behind them. Plain SVG: each bar carries its wave, date and responses as a tooltip,
 * and the whole chart has a text equivalent for screen readers.
 */
@Component({
  selector: 'so-csat-trend-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (chart().bars.length > 0) {
      <span class="caption">{{ 'scorecard.trend' | t }}</span>
      <svg
        [attr.width]="chart().width + axisSpace"
        [attr.height]="chart().height + labelSpace + 4"
        [attr.viewBox]="'-1 -4 ' + (chart().width + axisSpace) + ' ' + (chart().height + labelSpace + 4)"
        role="img"
        [attr.aria-label]="summary()"
        data-testid="csat-trend"
      >
        <line
          class="threshold review"
          x1="-1"
          [attr.x2]="chart().width + 3"
          [attr.y1]="chart().reviewLine"
          [attr.y2]="chart().reviewLine"
        />
        <text class="axis" [attr.x]="chart().width + 6" [attr.y]="chart().reviewLine + 3">70%</text>
        <line
          class="threshold replace"
          x1="-1"
          [attr.x2]="chart().width + 3"
          [attr.y1]="chart().replaceLine"
          [attr.y2]="chart().replaceLine"
        />
        <text class="axis" [attr.x]="chart().width + 6" [attr.y]="chart().replaceLine + 3">50%</text>
        <line
          class="baseline"
          x1="-1"
          [attr.x2]="chart().width + 1"
          [attr.y1]="chart().height"
          [attr.y2]="chart().height"
        />
        @for (bar of chart().bars; track $index) {
          <g
            data-testid="csat-trend-bar"
            [attr.data-level]="bar.level"
            [attr.data-provisional]="bar.wave.provisional"
            [class.provisional]="bar.wave.provisional"
          >
            <title>{{ barTitle(bar.wave) }}</title>
            @if (bar.wave.csat === null) {
              <rect
                class="slot"
                [attr.x]="bar.x + 0.5"
                y="0.5"
                [attr.width]="bar.width - 1"
                [attr.height]="chart().height - 1"
              />
            } @else {
              <rect
                class="bar"
                [attr.x]="bar.x"
                [attr.y]="bar.y"
                [attr.width]="bar.width"
                [attr.height]="bar.height"
                rx="2"
              />
            }
            <text
              class="label"
              [attr.x]="bar.x + bar.width / 2"
              [attr.y]="chart().height + 12"
              text-anchor="middle"
            >
              {{ 'scorecard.waveShort' | t: { wave: bar.wave.wave } }}
            </text>
          </g>
        }
      </svg>
      @if (chart().hidden > 0) {
        <span class="more">{{ 'scorecard.olderWaves' | t: { count: chart().hidden } }}</span>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    svg {
      display: block;
      overflow: visible;
    }
    .bar {
      fill: var(--mat-sys-primary);
    }
    [data-level='good'] .bar {
      fill: #2e7d4f;
    }
    [data-level='mid'] .bar {
      fill: #c77c02;
    }
    [data-level='low'] .bar {
      fill: var(--mat-sys-error);
    }
    .provisional .bar {
      fill-opacity: 0.35;
      stroke: var(--mat-sys-outline);
      stroke-dasharray: 2 2;
    }
    .slot {
      fill: none;
      stroke: var(--mat-sys-outline-variant);
      stroke-dasharray: 2 2;
    }
    .threshold {
      stroke-width: 1;
      stroke-dasharray: 3 3;
    }
    .threshold.review {
      stroke: #c77c02;
      opacity: 0.6;
    }
    .threshold.replace {
      stroke: var(--mat-sys-error);
      opacity: 0.5;
    }
    .baseline {
      stroke: var(--mat-sys-outline);
    }
    .label,
    .axis {
      font-size: 10px;
      fill: var(--mat-sys-on-surface-variant);
    }
    .caption {
      display: block;
      margin-bottom: 2px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CsatTrendChartComponent {
  private readonly i18n = inject(I18nService);

  readonly trend = input.required<readonly Wave[]>();

  protected readonly labelSpace = LABEL_SPACE;
  protected readonly axisSpace = AXIS_SPACE;
  protected readonly chart = computed(() => trendChart(this.trend()));
  protected readonly summary = computed(() =>
    this.i18n.t('scorecard.trendAria', {
      values: this.chart()
        .bars.map((bar) =>
          this.i18n.t('scorecard.waveValue', {
            wave: bar.wave.wave,
            csat: bar.wave.csat === null ? '—' : this.i18n.formatPercent(bar.wave.csat),
          }),
        )
        .join(', '),
    }),
  );

  protected barTitle(wave: Wave): string {
    const params = {
      title: wave.title,
      wave: wave.wave,
      date: this.i18n.formatDate(wave.closesAt),
      responses: this.i18n.formatNumber(wave.responses),
    };
    const title =
      wave.csat === null
        ? this.i18n.t('scorecard.waveHidden', params)
        : this.i18n.t('scorecard.waveTitle', { ...params, csat: this.i18n.formatPercent(wave.csat) });
    return wave.provisional ? `${title} ${this.i18n.t('scorecard.waveProvisional')}` : title;
  }
}
