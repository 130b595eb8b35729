import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type ToolScorecardRowFragment } from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalMoneyPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@salesops/portal/i18n';

import { categoryKey, renewalFlag, statusKey } from '../inventory/tool-model';
import { UtilisationBarComponent } from '../inventory/utilisation-bar.component';
import { CsatTrendChartComponent } from './csat-trend-chart.component';
import { findingText, linkReading } from './scorecard-labels';
import { correlationPosition, csatChange, csatLevel, measuredWaves, signalKey } from './scorecard-model';

/** One tool's scorecard: the signal and why, satisfaction and its trend, use, cost and renewal. */
@Component({
  selector: 'so-tool-score-card',
  imports: [
    CsatTrendChartComponent,
    UtilisationBarComponent,
    LocalDatePipe,
    LocalMoneyPipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tool-score-card.component.html',
  styleUrl: './tool-score-card.component.scss',
  host: { '[attr.data-signal]': 'row().signal', 'data-testid': 'scorecard-card' },
})
export class ToolScoreCardComponent {
  readonly row = input.required<ToolScorecardRowFragment>();
  private readonly i18n = inject(I18nService);

  protected readonly categoryKey = categoryKey;
  protected readonly statusKey = statusKey;
  protected readonly signalKey = signalKey;
  protected readonly tool = computed(() => this.row().tool);
  protected readonly measured = computed(() => measuredWaves(this.row().trend).length > 0);
  protected readonly change = computed(() => csatChange(this.row().trend));
  /** The change in whole percentage points, without sign (the arrow shows it). */
  protected readonly changePoints = computed(() => Math.round(Math.abs(this.change() ?? 0) * 100));
  protected readonly level = computed(() => csatLevel(this.row().latestCsat));
  protected readonly flag = computed(() => renewalFlag(this.tool()));
  /** Why the signal, in the current language. */
  protected readonly reasons = computed(() =>
    this.row().findings.map((finding) => findingText(this.i18n, finding)),
  );
  protected readonly link = computed(() => this.row().satisfactionVsPerformance);
  protected readonly linkText = computed(() => {
    const link = this.link();
    return link ? linkReading(this.i18n, link) : '';
  });
  protected readonly linkPosition = computed(() => {
    const correlation = this.link()?.correlation;
    return correlation === null || correlation === undefined ? null : correlationPosition(correlation);
  });
}
