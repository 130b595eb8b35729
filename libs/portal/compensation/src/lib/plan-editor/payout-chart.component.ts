import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@salesops/portal/i18n';

import { type ChartSeries, payoutAxisMax } from './payout-chart-model';

const WIDTH = 480;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 22;
const TOP = 10;
const BOTTOM = 30;
const COLOURS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5'];

/** Payout % against attainment %, one line a series; drawn as plain SVG, no chart library. */
@Component({
  selector: 'so-payout-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      [attr.viewBox]="'0 0 ' + width + ' ' + height"
      role="img"
      data-testid="payout-chart"
      [attr.aria-label]="'compEditor.chart.label' | t"
    >
      @for (tick of yTicks(); track tick.value) {
        <line
          class="grid"
          [attr.x1]="left"
          [attr.x2]="width - right"
          [attr.y1]="tick.at"
          [attr.y2]="tick.at"
        />
        <text class="tick" [attr.x]="left - 6" [attr.y]="tick.at + 4" text-anchor="end">
          {{ tick.value }}%
        </text>
      }
      @for (tick of xTicks(); track tick.value) {
        <line
          class="grid"
          [attr.x1]="tick.at"
          [attr.x2]="tick.at"
          [attr.y1]="top"
          [attr.y2]="height - bottom"
        />
        <text class="tick" [attr.x]="tick.at" [attr.y]="height - bottom + 16" text-anchor="middle">
          {{ tick.value }}%
        </text>
      }
      @for (line of lines(); track line.label) {
        <path
          class="series"
          [class.whole]="line.whole"
          [attr.d]="line.d"
          [style.stroke]="line.colour"
          data-testid="payout-chart-series"
        />
      }
    </svg>
    <p class="axes">{{ 'compEditor.chart.axes' | t }}</p>
    <ul class="legend">
      @for (line of lines(); track line.label) {
        <li>
          <span class="swatch" [class.whole]="line.whole" [style.background]="line.colour"></span>
          {{ line.label }}
          <span class="muted">· {{ line.baseKey | t }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
      --chart-1: var(--mat-sys-primary);
      --chart-2: var(--mat-sys-tertiary);
      --chart-3: var(--mat-sys-secondary);
      --chart-4: var(--mat-sys-error);
      --chart-5: var(--mat-sys-outline);
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .grid {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .tick {
      font-size: 11px;
      fill: var(--mat-sys-on-surface-variant);
    }
    .series {
      fill: none;
      stroke-width: 2;
      stroke-linejoin: round;
    }
    /* Under the measures, wide and pale: where a measure runs along the whole plan, both stay visible. */
    .series.whole {
      stroke-width: 7;
      stroke-opacity: 0.3;
    }
    .axes {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      text-align: center;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 14px;
      height: 3px;
      margin-right: 4px;
      vertical-align: middle;
    }
    .swatch.whole {
      height: 7px;
      opacity: 0.3;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PayoutChartComponent {
  readonly series = input.required<readonly ChartSeries[]>();
  /** The highest attainment drawn, in percent. */
  readonly maxPercent = input(200);

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly right = RIGHT;
  protected readonly top = TOP;
  protected readonly bottom = BOTTOM;

  private readonly yMax = computed(() => payoutAxisMax(this.series()));
  private x(percent: number): number {
    return LEFT + (percent / this.maxPercent()) * (WIDTH - LEFT - RIGHT);
  }
  private y(percent: number): number {
    return HEIGHT - BOTTOM - (Math.min(percent, this.yMax()) / this.yMax()) * (HEIGHT - TOP - BOTTOM);
  }

  protected readonly xTicks = computed(() =>
    ticks(this.maxPercent()).map((value) => ({ value, at: this.x(value) })),
  );
  protected readonly yTicks = computed(() =>
    ticks(this.yMax()).map((value) => ({ value, at: this.y(value) })),
  );
  protected readonly lines = computed(() =>
    this.series().map((series, index) => ({
      label: series.label,
      baseKey: `compEditor.chart.base.${series.kind}` as const,
      whole: series.key === null,
      colour: series.key === null ? 'var(--mat-sys-on-surface)' : `var(${COLOURS[index % COLOURS.length]})`,
      d: series.points
        .map((p, i) => `${i === 0 ? 'M' : 'L'}${this.x(p.x).toFixed(1)} ${this.y(p.y).toFixed(1)}`)
        .join(' '),
    })),
  );
}

/** Grid lines every 50% up to the top (every 100% when the top is high). */
function ticks(max: number): number[] {
  const step = max > 300 ? 100 : 50;
  const values: number[] = [];
  for (let value = 0; value <= max; value += step) values.push(value);
  return values;
}
