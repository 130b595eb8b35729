import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';

import {
  hadNoActivity,
  notJudgedText,
  outlierKpiText,
  outlierReason,
  outlierTitle,
  readingText,
  signalText,
  stepText,
  weakestStepReason,
} from './comparison-labels';
import { type ComparisonRow, type TeamFairness } from './comparison-model';

type Outlier = ComparisonRow['outliers'][number];

/**
 * A rep's outliers, red flags and weakest step. `badges`: compact chips for a table cell, each with
 * its reason as a tooltip and a "Why" toggle; `details`: every reason written out, so it reads on a
 * phone without hovering.
 */
@Component({
  selector: 'so-rep-signals',
  imports: [MatTooltipModule, LocalNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rep-signals.component.html',
  styleUrl: './rep-signals.component.scss',
})
export class RepSignalsComponent {
  private readonly i18n = inject(I18nService);

  readonly row = input.required<ComparisonRow>();
  readonly mode = input<'badges' | 'details'>('badges');
  readonly expanded = input(false);
  /** For the details: the team's median leads and lead split, so a rep's volume reads in context. */
  readonly teamLeads = input<number | null | undefined>(undefined);
  readonly fairness = input<TeamFairness | undefined>(undefined);
  readonly toggled = output<void>();

  protected outlierKpi(outlier: Outlier): string {
    return outlierKpiText(this.i18n, outlier);
  }

  protected outlierTitle(outlier: Outlier): string {
    return outlierTitle(this.i18n, outlier);
  }

  protected stepText(step: string | null): string {
    return stepText(this.i18n, step);
  }

  protected readingText(gini: number | null): string {
    return readingText(this.i18n, gini);
  }

  protected reason(outlier: Outlier): string {
    const rep = this.row().performance;
    return outlierReason(this.i18n, outlier, rep.teamName, rep.wonRevenue.currency);
  }

  protected idle(): boolean {
    return hadNoActivity(this.row());
  }

  /** The not-judged lines to write out: one for a rep without activity, else one per KPI left out. */
  protected notJudgedLines(): string[] {
    const row = this.row();
    if (hadNoActivity(row)) return [notJudgedText(this.i18n, row.notJudged[0])];
    return row.notJudged.map((n) => notJudgedText(this.i18n, n));
  }

  protected signalText(signal: ComparisonRow['signals'][number]): string {
    return signalText(this.i18n, signal);
  }

  protected weakestReason(): string {
    return weakestStepReason(this.i18n, this.row().funnel);
  }

  protected flagsTooltip(signals: ComparisonRow['signals']): string {
    return signals.map((signal) => signalText(this.i18n, signal)).join(' · ');
  }
}
