import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type SurveyAdminQuestionResultFragment } from '@salesops/portal/data-access';
import { I18nService, LocalPercentPipe, TranslatePipe } from '@salesops/portal/i18n';

import { ScoreColumnsComponent } from './score-columns.component';
import { formatScore } from './survey-format';

/** A CSAT question's results: the mean, the share of 4s and 5s, and a column per score. */
@Component({
  selector: 'so-csat-result',
  imports: [LocalPercentPipe, ScoreColumnsComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="stats">
      <div class="stat" data-testid="result-mean">
        <span class="value">{{ score(result().mean) }}</span>
        <span class="label">{{ 'survey.meanOf' | t: { max: 5 } }}</span>
      </div>
      <div class="stat" data-testid="result-csat">
        <span class="value">{{ result().csat | localPercent }}</span>
        <span class="label">{{ 'survey.csatLabel' | t }}</span>
      </div>
    </div>
    <so-score-columns [buckets]="result().distribution" scale="CSAT" />
  `,
  styleUrls: ['./question-result-shared.scss'],
})
export class CsatResultComponent {
  private readonly i18n = inject(I18nService);

  readonly result = input.required<SurveyAdminQuestionResultFragment>();

  protected score(value: number | null | undefined): string {
    return formatScore(this.i18n, value, 2);
  }
}
