import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ToolScorecardRowFragment } from '@salesops/portal/data-access';
import {
  LocalDatePipe,
  LocalMoneyPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@salesops/portal/i18n';
import { categoryKey, renewalFlag, statusKey } from '../inventory/tool-model';
import { UtilisationBarComponent } from '../inventory/utilisation-bar.component';
import { CsatTrendChartComponent } from './csat-trend-chart.component';
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
  protected readonly link = computed(() => this.row().satisfactionVsPerformance);
  protected readonly linkPosition = computed(() => {
    const correlation = this.link()?.correlation;
    return correlation === null || correlation === undefined ? null : correlationPosition(correlation);
  });
}
