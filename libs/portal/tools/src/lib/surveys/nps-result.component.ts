import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type SurveyAdminQuestionResultFragment } from '@salesops/portal/data-access';
import {
  I18nService,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';

import { ScoreColumnsComponent } from './score-columns.component';
import { type NpsGroup, npsSegments } from './survey-charts';
import { formatScore } from './survey-format';

/**
 * An NPS question's results: the score and the mean, the promoters / passives / detractors bar with
 * its legend, and a column per score coloured by group.
 */
@Component({
  selector: 'so-nps-result',
  imports: [LocalNumberPipe, LocalPercentPipe, ScoreColumnsComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (result().nps; as nps) {
      <div class="stats">
        <div class="stat" data-testid="result-nps">
          <span class="value">{{ score(nps.score, 1) }}</span>
          <span class="label">{{ 'survey.npsLabel' | t }}</span>
        </div>
        <div class="stat" data-testid="result-mean">
          <span class="value">{{ score(result().mean) }}</span>
          <span class="label">{{ 'survey.meanOf' | t: { max: 10 } }}</span>
        </div>
      </div>
      <div class="stacked" data-testid="result-nps-bar" aria-hidden="true">
        @for (segment of segments(); track segment.group) {
          @if (segment.width > 0) {
            <span [class]="'segment ' + segment.group" [style.width.%]="segment.width"></span>
          }
        }
      </div>
      <ul class="legend">
        @for (segment of segments(); track segment.group) {
          <li [attr.data-testid]="'nps-' + segment.group">
            <span [class]="'swatch ' + segment.group" aria-hidden="true"></span>
            {{ groupLabel(segment.group) | t }}: {{ segment.count | localNumber }} ({{
              segment.share | localPercent
            }})
          </li>
        }
      </ul>
    }
    <so-score-columns [buckets]="result().distribution" scale="NPS" />
  `,
  styleUrls: ['./question-result-shared.scss'],
  styles: `
    .stacked {
      display: flex;
      height: 16px;
      border-radius: 8px;
      overflow: hidden;
      background: var(--mat-sys-surface-container);
    }
    .segment {
      height: 100%;
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
      width: 10px;
      height: 10px;
      margin-right: 4px;
      border-radius: 2px;
    }
  `,
})
export class NpsResultComponent {
  private readonly i18n = inject(I18nService);

  readonly result = input.required<SurveyAdminQuestionResultFragment>();

  protected readonly segments = computed(() => {
    const nps = this.result().nps;
    return nps ? npsSegments(nps) : [];
  });

  protected score(value: number | null | undefined, digits = 2): string {
    return formatScore(this.i18n, value, digits);
  }

  protected groupLabel(group: NpsGroup): TranslationKey {
    return `survey.nps.${group}`;
  }
}
