import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  I18nService,
  LocalMoneyPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@salesops/portal/i18n';
import { type ComparisonRow, type TeamFairness, type TeamMedians } from './comparison-model';
import { outlierReason, outlierTitle, signalText, stepText, weakestStepReason } from './comparison-labels';
import { GiniChipComponent } from './gini-chip.component';
import { RepFunnelChartComponent } from './rep-funnel-chart.component';

/**
 * One rep in the side-by-side view: key figures against the team median, the funnel with the
 * weakest step and its reason, the outliers and red flags in words, and the team's lead split.
 */
@Component({
  selector: 'so-rep-compare-card',
  imports: [
    GiniChipComponent,
    MatButtonModule,
    RepFunnelChartComponent,
    LocalMoneyPipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rep-compare-card.component.html',
  styleUrl: './rep-compare-card.component.scss',
})
export class RepCompareCardComponent {
  private readonly i18n = inject(I18nService);

  readonly row = input.required<ComparisonRow>();
  readonly medians = input<TeamMedians | undefined>(undefined);
  readonly fairness = input<TeamFairness | undefined>(undefined);
  /** "#3 by Won revenue", or empty without a rank. */
  readonly rankText = input<string>('');
  /** The last day of the period, formatted: the funnel counts the book as of then. */
  readonly asOf = input<string>('');
  readonly removed = output<void>();

  protected outlierTitle(outlier: ComparisonRow['outliers'][number]): string {
    return outlierTitle(this.i18n, outlier);
  }

  protected reason(outlier: ComparisonRow['outliers'][number]): string {
    const rep = this.row().performance;
    return outlierReason(this.i18n, outlier, rep.teamName, rep.wonRevenue.currency);
  }

  protected signalText(signal: ComparisonRow['signals'][number]): string {
    return signalText(this.i18n, signal);
  }

  protected weakestReason(): string {
    return weakestStepReason(this.i18n, this.row().funnel);
  }

  protected stepText(step: string | null): string {
    return stepText(this.i18n, step);
  }
}
