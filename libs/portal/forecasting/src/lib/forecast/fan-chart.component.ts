import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type ForecastMetric } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { map } from 'rxjs';

import { type ChartMonth, COMPACT_BOX, DEFAULT_BOX, fanChartGeometry } from './fan-chart';

/** Monthly actuals, then the chosen method's forecast months: P10–P90 band, P50 and the point. */
@Component({
  selector: 'so-fan-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      role="img"
      data-testid="fan-chart"
      [attr.viewBox]="geometry().viewBox"
      [attr.aria-label]="label()"
      preserveAspectRatio="xMidYMid meet"
    >
      @for (tick of geometry().yTicks; track $index) {
        <line
          class="grid"
          [attr.x1]="geometry().plot.left"
          [attr.x2]="geometry().plot.right"
          [attr.y1]="tick.y"
          [attr.y2]="tick.y"
        />
        <text class="y-label" [attr.x]="geometry().plot.left - 6" [attr.y]="tick.y + 4">
          {{ axis(tick.value) }}
        </text>
      }
      @for (tick of geometry().xTicks; track tick.label) {
        <text class="x-label" [attr.x]="tick.x" [attr.y]="geometry().plot.bottom + 18">{{ tick.label }}</text>
      }
      @if (geometry().splitX !== null) {
        <line
          class="split"
          [attr.x1]="geometry().splitX"
          [attr.x2]="geometry().splitX"
          [attr.y1]="geometry().plot.top"
          [attr.y2]="geometry().plot.bottom"
        />
      }
      @if (geometry().band) {
        <polygon class="band" data-testid="fan-band" [attr.points]="geometry().band" />
      }
      <path class="history" [attr.d]="geometry().history" />
      @if (geometry().p50) {
        <path class="p50" [attr.d]="geometry().p50" />
      }
      @if (geometry().point) {
        <path class="point" [attr.d]="geometry().point" />
      }
    </svg>
    <p class="legend">
      <span class="key history-key"></span>{{ 'forecast.chart.actual' | t }}
      <span class="key band-key"></span>P10–P90 <span class="key p50-key"></span>P50
      <span class="key point-key"></span>{{ 'forecast.chart.point' | t }}
    </p>
  `,
  styleUrl: './fan-chart.component.scss',
})
export class FanChartComponent {
  private readonly i18n = inject(I18nService);

  readonly months = input.required<readonly ChartMonth[]>();
  readonly metric = input.required<ForecastMetric>();
  readonly currency = input<string | null>(null);
  readonly label = input('');

  private readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly geometry = computed(() =>
    fanChartGeometry(this.months(), this.narrow() ? COMPACT_BOX : DEFAULT_BOX),
  );

  /** Axis figures short: 1.2M, 350K, or deals as counts. */
  protected axis(value: number): string {
    const compact = new Intl.NumberFormat(this.i18n.locale(), {
      notation: 'compact',
      maximumFractionDigits: 1,
      ...(this.metric() === 'WON_REVENUE' && this.currency()
        ? { style: 'currency', currency: this.currency() as string }
        : {}),
    });
    return compact.format(value);
  }
}
