import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type SurveyAdminQuestionResultFragment } from '@salesops/portal/data-access';
import { LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';

import { ChoiceResultComponent } from './choice-result.component';
import { CsatResultComponent } from './csat-result.component';
import { NpsResultComponent } from './nps-result.component';
import { kindKey } from './survey-format';

/**
 * One question's results as a chart: CSAT and NPS as columns per score (NPS coloured by group, with
 * the promoters / passives / detractors bar and the score), choice questions as a bar per option.
 * CSS only, no chart library; every number is also written out for screen readers and print.
 */
@Component({
  selector: 'so-question-result',
  imports: [ChoiceResultComponent, CsatResultComponent, LocalNumberPipe, NpsResultComponent, TranslatePipe],
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
            <so-csat-result [result]="result()" />
          }
          @case ('NPS') {
            <so-nps-result [result]="result()" />
          }
          @default {
            <so-choice-result [result]="result()" />
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
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
    .meta {
      margin: 2px 0 12px;
      font: var(--mat-sys-body-small);
    }
    .none {
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class QuestionResultComponent {
  readonly result = input.required<SurveyAdminQuestionResultFragment>();
  readonly toolName = input<string | null>(null);

  protected readonly kindLabel = computed(() => kindKey(this.result().kind));
}
