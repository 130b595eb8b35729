import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type SurveyAdminQuestionResultFragment } from '@salesops/portal/data-access';
import { LocalNumberPipe, LocalPercentPipe, TranslatePipe } from '@salesops/portal/i18n';

import { bars } from './survey-charts';

/** A choice question's results: a bar per option, with its count and share of who answered. */
@Component({
  selector: 'so-choice-result',
  imports: [LocalNumberPipe, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
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
          <span class="figure">{{ bar.count | localNumber }} · {{ share(bar.count) | localPercent }}</span>
        </li>
      }
    </ul>
    @if (result().kind === 'MULTI_CHOICE') {
      <p class="hint">{{ 'survey.multiHint' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
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
    .hint {
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ChoiceResultComponent {
  readonly result = input.required<SurveyAdminQuestionResultFragment>();

  protected readonly bars = computed(() => bars(this.result().distribution));

  /** Share of the people who answered the question (multi choice adds up to more than 100%). */
  protected share(count: number): number {
    const answered = this.result().answered;
    return answered > 0 ? count / answered : 0;
  }
}
