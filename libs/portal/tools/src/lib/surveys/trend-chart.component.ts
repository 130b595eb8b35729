import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { plotTrend, TREND_FRAME, type TrendLine, type TrendWave, trendX, trendY } from './survey-charts';

/** A small line chart of one metric across the waves of a series, one line per tool, in SVG. */
@Component({
  selector: 'so-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.data-testid]="testId()">
      <figcaption>{{ caption() }}</figcaption>
      <svg
        [attr.viewBox]="'0 0 ' + frame.width + ' ' + frame.height"
        preserveAspectRatio="xMidYMid meet"
        role="img"
        [attr.aria-label]="summary()"
      >
        @for (tick of ticks(); track tick.value) {
          <line
            class="grid"
            [attr.x1]="frame.padLeft"
            [attr.x2]="frame.width - frame.padRight"
            [attr.y1]="tick.y"
            [attr.y2]="tick.y"
          />
          <text class="axis" [attr.x]="frame.padLeft - 4" [attr.y]="tick.y + 3" text-anchor="end">
            {{ tick.value }}{{ unit() }}
          </text>
        }
        @for (label of waveLabels(); track label.wave) {
          <text class="axis" [attr.x]="label.x" [attr.y]="frame.height - 6" text-anchor="middle">
            W{{ label.wave }}
          </text>
        }
        @for (line of plotted(); track line.key) {
          @if (line.points.length > 1) {
            <polyline [attr.points]="line.path" fill="none" [attr.stroke]="line.color" stroke-width="2" />
          }
          @for (point of line.points; track point.wave) {
            <circle [attr.cx]="point.x" [attr.cy]="point.y" r="3.5" [attr.fill]="line.color">
              <title>{{ line.label }} · W{{ point.wave }}: {{ point.value }}{{ unit() }}</title>
            </circle>
          }
        }
      </svg>
      <ul class="legend">
        @for (line of plotted(); track line.key) {
          <li>
            <span class="swatch" [style.background]="line.color" aria-hidden="true"></span>{{ line.label }}:
            {{ latest(line.points) }}
          </li>
        }
      </ul>
    </figure>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .chart {
      margin: 0;
    }
    figcaption {
      font: var(--mat-sys-label-large);
      margin-bottom: 4px;
    }
    svg {
      display: block;
      width: 100%;
      max-width: 480px;
      height: auto;
    }
    .grid {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .axis {
      font-size: 9px;
      fill: var(--mat-sys-on-surface-variant);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-right: 4px;
      border-radius: 50%;
    }
  `,
})
export class TrendChartComponent {
  readonly caption = input.required<string>();
  readonly waves = input.required<readonly TrendWave[]>();
  readonly lines = input.required<readonly TrendLine[]>();
  readonly min = input(0);
  readonly max = input(100);
  readonly unit = input('');
  readonly testId = input('trend-chart');

  protected readonly frame = TREND_FRAME;
  protected readonly plotted = computed(() => plotTrend(this.waves(), this.lines(), this.min(), this.max()));
  protected readonly ticks = computed(() => {
    const min = this.min();
    const max = this.max();
    const mid = (min + max) / 2;
    return [max, mid, min].map((value) => ({ value, y: trendY(value, min, max) }));
  });
  protected readonly waveLabels = computed(() => {
    const waves = this.waves();
    return waves.map((wave, i) => ({ wave: wave.wave, x: trendX(i, waves.length) }));
  });
  protected readonly summary = computed(() =>
    this.plotted()
      .map(
        (line) =>
          `${line.label}: ${line.points.map((p) => `W${p.wave} ${p.value}${this.unit()}`).join(', ')}`,
      )
      .join('; '),
  );

  protected latest(points: readonly { value: number }[]): string {
    const last = points[points.length - 1];
    return last ? `${last.value}${this.unit()}` : '—';
  }
}
