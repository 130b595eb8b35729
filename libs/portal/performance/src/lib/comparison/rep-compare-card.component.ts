import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { dealsLinkParams } from '@salesops/portal/data-access';
import {
  I18nService,
  LocalMoneyPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@salesops/portal/i18n';

import { AttainmentBandPipe } from '../dashboard/attainment-band.pipe';
import { outlierReason, outlierTitle, signalText, stepText, weakestStepReason } from './comparison-labels';
import { type ComparisonRow, type TeamFairness, type TeamMedians } from './comparison-model';
import { GiniChipComponent } from './gini-chip.component';
import { repDealLinks } from './rep-deal-links';
import { RepFunnelChartComponent } from './rep-funnel-chart.component';

/**
 * One rep in the side-by-side view: key figures against the team median, the funnel with the
 * weakest step and its reason, the outliers and red flags in words, and the team's lead split.
 */
@Component({
  selector: 'so-rep-compare-card',
  imports: [
    AttainmentBandPipe,
    GiniChipComponent,
    MatButtonModule,
    RepFunnelChartComponent,
    RouterLink,
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
  /** The compared period: with it, each count links to the deals behind it. */
  readonly period = input<{ start: string; end: string } | null>(null);
  /** False on a page about this one rep: nothing to remove them from. */
  readonly removable = input(true);
  /** A link to the rep's own page (false on that page). */
  readonly repLink = input(true);
  readonly removed = output<void>();

  protected readonly dealLinks = computed(() => {
    const period = this.period();
    return period
      ? repDealLinks(this.row(), period).map((link) => ({ ...link, params: dealsLinkParams(link.filter) }))
      : [];
  });

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
