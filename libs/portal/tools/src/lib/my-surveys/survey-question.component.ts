import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18nService, LocalNumberPipe, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import {
  type AnswerDraft,
  EMPTY_ANSWER,
  isAnswered,
  type MySurveyQuestion,
  type QuestionProblem,
  SCORE_RANGE,
  TEXT_ANSWER_MAX,
  toggleChoice,
} from './my-surveys-model';

function range(low: number, high: number): number[] {
  return Array.from({ length: high - low + 1 }, (_, index) => low + index);
}

const CSAT_SCORES = range(...SCORE_RANGE.CSAT);
const NPS_SCORES = range(...SCORE_RANGE.NPS);

/**
 * One question as a card: CSAT as five large choices, NPS as 0-10 in a wrapping row, choices as
 * radio buttons or checkboxes, text as a growing textarea with a counter. Every choice is a native
 * radio or checkbox with its label, so arrow keys, Space and screen readers work as usual.
 */
@Component({
  selector: 'so-survey-question',
  imports: [MatButtonModule, LocalNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-question.component.html',
  styleUrl: './survey-question.component.scss',
  host: {
    role: 'group',
    class: 'question',
    '[class.invalid]': '!!problem()',
    '[attr.data-testid]': "'question-' + question().position",
    '[attr.aria-labelledby]': 'promptId()',
    '[attr.aria-describedby]': 'problem() ? errorId() : null',
  },
})
export class SurveyQuestionComponent {
  private readonly i18n = inject(I18nService);

  readonly question = input.required<MySurveyQuestion>();
  readonly answer = model<AnswerDraft>(EMPTY_ANSWER);
  readonly problem = input<QuestionProblem | undefined>(undefined);

  protected readonly csatScores = CSAT_SCORES;
  protected readonly npsScores = NPS_SCORES;
  protected readonly textMax = TEXT_ANSWER_MAX;

  protected readonly name = computed(() => `q-${this.question().id}`);
  protected readonly promptId = computed(() => `${this.name()}-prompt`);
  protected readonly errorId = computed(() => `${this.name()}-error`);
  protected readonly countId = computed(() => `${this.name()}-count`);
  protected readonly answered = computed(() => isAnswered(this.question(), this.answer()));
  protected readonly textLength = computed(() => this.answer().text.length);
  /** Optional questions answered with a score or a single choice need a way back to "no answer". */
  protected readonly clearable = computed(
    () =>
      !this.question().required &&
      this.question().kind !== 'TEXT' &&
      this.question().kind !== 'MULTI_CHOICE' &&
      this.answered(),
  );
  protected readonly errorText = computed(() => {
    const problem = this.problem();
    if (!problem) return '';
    switch (problem.kind) {
      case 'required':
        return this.i18n.t('mySurveys.error.required');
      case 'tooLong':
        return this.i18n.t('mySurveys.error.tooLong', { max: this.i18n.formatNumber(TEXT_ANSWER_MAX) });
      case 'score':
        return this.i18n.t('mySurveys.error.score');
      case 'choices':
        return this.i18n.t('mySurveys.error.choices');
      case 'other':
        return problem.message;
    }
  });

  protected csatLabel(score: number): TranslationKey {
    return `mySurveys.csat.${score}` as TranslationKey;
  }

  protected setScore(score: number): void {
    this.answer.set({ ...EMPTY_ANSWER, score });
  }

  protected choose(option: string): void {
    this.answer.set({ ...EMPTY_ANSWER, choices: [option] });
  }

  protected toggle(option: string): void {
    this.answer.set(toggleChoice(this.question(), this.answer(), option));
  }

  protected setText(event: Event): void {
    this.answer.set({ ...EMPTY_ANSWER, text: (event.target as HTMLTextAreaElement).value });
  }

  protected clear(): void {
    this.answer.set(EMPTY_ANSWER);
  }
}
