import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type SurveyAdminQuestionResultFragment } from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, LocalPercentPipe, TranslatePipe } from '@salesops/portal/i18n';
import { bars, npsGroupOf, npsSegments } from './survey-charts';
import { formatScore, kindKey } from './survey-format';

/**
 * One question's results as a chart: CSAT and NPS as columns per score (NPS coloured by group, with
 * the promoters / passives / detractors bar and the score), choice questions as a bar per option.
 * CSS only, no chart library; every number is also written out for screen readers and print.
 */
@Component({
  selector: 'so-question-result',
  imports: [LocalNumberPipe, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="card" data-testid="result-question" [attr.data-kind]="result().kind">
      <header>
        <h3 class="prompt">
          <span class="number">{{ result().position }}.</span> {{ result().prompt }}
        </h3>
        <p class="meta">
          {{ kindLabel() | t }}
          @if (toolName()) {
            · {{ toolName() }}
          }
          ·
          <span data-testid="result-answered">{{
            'survey.answeredN' | t: { count: (result().answered | localNumber) }
          }}</span>
        </p>
      </header>

      @if (result().answered === 0) {
        <p class="none">{{ 'survey.noAnswers' | t }}</p>
      } @else {
        @switch (result().kind) {
          @case ('CSAT') {
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
            <div class="columns" data-testid="result-distribution" role="list">
              @for (bar of bars(); track bar.label) {
                <div
                  class="column"
                  role="listitem"
                  [attr.aria-label]="bar.label + ': ' + bar.count"
                  data-testid="result-bucket"
                  [attr.data-label]="bar.label"
                  [attr.data-count]="bar.count"
                >
                  <span class="count">{{ bar.count | localNumber }}</span>
                  <span class="track"
                    ><span class="fill" [class.good]="+bar.label >= 4" [style.height.%]="bar.size"></span
                  ></span>
                  <span class="tick">{{ bar.label }}</span>
                </div>
              }
            </div>
          }
          @case ('NPS') {
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
            <div class="columns nps" data-testid="result-distribution" role="list">
              @for (bar of bars(); track bar.label) {
                <div
                  class="column"
                  role="listitem"
                  [attr.aria-label]="bar.label + ': ' + bar.count"
                  data-testid="result-bucket"
                  [attr.data-label]="bar.label"
                  [attr.data-count]="bar.count"
                >
                  <span class="count">{{ bar.count | localNumber }}</span>
                  <span class="track"
                    ><span [class]="'fill ' + npsGroup(bar.label)" [style.height.%]="bar.size"></span
                  ></span>
                  <span class="tick">{{ bar.label }}</span>
                </div>
              }
            </div>
          }
          @default {
            <ul class="rows" data-testid="result-distribution">
              @for (bar of bars(); track bar.label) {
                <li
                  class="row"
                  data-testid="result-bucket"
                  [attr.data-label]="bar.label"
                  [attr.data-count]="bar.count"
                >
                  <span class="option">{{ bar.label }}</span>
                  <span class="bar"><span class="fill" [style.width.%]="bar.size"></span></span>
                  <span class="figure"
                    >{{ bar.count | localNumber }} · {{ share(bar.count) | localPercent }}</span
                  >
                </li>
              }
            </ul>
            @if (result().kind === 'MULTI_CHOICE') {
              <p class="hint">{{ 'survey.multiHint' | t }}</p>
            }
          }
        }
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .card {
      height: 100%;
      box-sizing: border-box;
      padding: 16px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    .prompt {
      margin: 0;
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .number,
    .meta,
    .label,
    .hint,
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
    .meta {
      margin: 2px 0 12px;
      font: var(--mat-sys-body-small);
    }
    .none,
    .hint {
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
    }
    .stats {
      display: flex;
      flex-wrap: wrap;
      gap: 24px;
      margin-bottom: 12px;
    }
    .stat {
      display: flex;
      flex-direction: column;
    }
    .value {
      font: var(--mat-sys-headline-small);
    }
    .label {
      font: var(--mat-sys-label-medium);
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(5, minmax(0, 1fr));
      gap: 6px;
      max-width: 420px;
    }
    .columns.nps {
      grid-template-columns: repeat(11, minmax(0, 1fr));
      gap: 3px;
      max-width: none;
      margin-top: 12px;
    }
    .column {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      text-align: center;
      min-width: 0;
    }
    .count,
    .tick {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .track {
      position: relative;
      height: 96px;
      margin: 2px 0;
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
    }
    .track .fill {
      position: absolute;
      left: 0;
      right: 0;
      bottom: 0;
      border-radius: 4px;
      background: var(--mat-sys-outline);
    }
    .track .fill.good,
    .promoters {
      background: #2e7d32 !important;
    }
    .passives {
      background: #9e9e9e !important;
    }
    .detractors {
      background: #c62828 !important;
    }
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
    .rows {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 10px;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'option figure' 'bar bar';
      gap: 2px 8px;
    }
    .option {
      grid-area: option;
      overflow-wrap: anywhere;
    }
    .figure {
      grid-area: figure;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    .bar {
      grid-area: bar;
      height: 10px;
      border-radius: 5px;
      background: var(--mat-sys-surface-container);
    }
    .bar .fill {
      display: block;
      height: 100%;
      border-radius: 5px;
      background: var(--mat-sys-primary);
    }
  `,
})
export class QuestionResultComponent {
  private readonly i18n = inject(I18nService);

  readonly result = input.required<SurveyAdminQuestionResultFragment>();
  readonly toolName = input<string | null>(null);

  protected readonly bars = computed(() => bars(this.result().distribution));
  protected readonly segments = computed(() => {
    const nps = this.result().nps;
    return nps ? npsSegments(nps) : [];
  });
  protected readonly kindLabel = computed(() => kindKey(this.result().kind));

  protected score(value: number | null | undefined, digits = 2): string {
    return formatScore(this.i18n, value, digits);
  }

  protected npsGroup(label: string): string {
    return npsGroupOf(Number(label));
  }

  protected groupLabel(group: 'detractors' | 'passives' | 'promoters') {
    return `survey.nps.${group}` as const;
  }

  /** Share of the people who answered the question (multi choice adds up to more than 100%). */
  protected share(count: number): number {
    const answered = this.result().answered;
    return answered > 0 ? count / answered : 0;
  }
}
