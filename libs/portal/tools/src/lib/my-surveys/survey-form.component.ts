import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  errorCodeOf,
  shownErrors,
  SubmitSurveyResponseGQL,
  toFieldErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { CloseDatePipe, ClosesInPipe } from './close-time.pipes';
import {
  type AnswerDraft,
  byPosition,
  initialDraft,
  isAnswered,
  type MySurveyEntry,
  placeApiErrors,
  type QuestionProblems,
  type SurveyDraft,
  toAnswersPayload,
  validateDraft,
} from './my-surveys-model';
import { SurveyQuestionComponent } from './survey-question.component';

/**
 * One survey to answer: a card per question, checked here first (required, text length), then by
 * the API, whose `answers.N.field` errors land back on the question they are about.
 */
@Component({
  selector: 'so-survey-form',
  imports: [
    MatButtonModule,
    RouterLink,
    ErrorBannerComponent,
    SurveyQuestionComponent,
    CloseDatePipe,
    ClosesInPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-form.component.html',
  styleUrl: './survey-form.component.scss',
})
export class SurveyFormComponent {
  private readonly submitGql = inject(SubmitSurveyResponseGQL);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly entry = input.required<MySurveyEntry>();
  /** The page's clock, for "closes in 3 days". */
  readonly now = input.required<number>();
  readonly sent = output<MySurveyEntry>();

  protected readonly survey = computed(() => this.entry().survey);
  protected readonly questions = computed(() => byPosition(this.survey().questions));
  /** Prefilled from the rep's earlier answers: named surveys only, anonymous ones never send them back. */
  protected readonly draft = linkedSignal<SurveyDraft>(() => initialDraft(this.entry()));
  protected readonly problems = signal<QuestionProblems>({});
  protected readonly banner = signal<readonly string[]>([]);
  protected readonly sending = signal(false);

  protected readonly answeredCount = computed(
    () => this.questions().filter((question) => isAnswered(question, this.draft()[question.id])).length,
  );
  protected readonly problemCount = computed(() => Object.keys(this.problems()).length);

  protected setAnswer(questionId: string, answer: AnswerDraft): void {
    this.draft.update((draft) => ({ ...draft, [questionId]: answer }));
    // A message goes away as soon as the answer fixes it; a new one only shows on the next send.
    const problem = this.problems()[questionId];
    if (!problem) return;
    const question = this.questions().find((candidate) => candidate.id === questionId);
    const stillWrong = question ? validateDraft([question], this.draft())[questionId] : undefined;
    const fixed = problem.kind === 'required' || problem.kind === 'tooLong' ? !stillWrong : true;
    if (fixed) {
      this.problems.update((problems) => {
        const rest = { ...problems };
        delete rest[questionId];
        return rest;
      });
    }
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) return;
    this.banner.set([]);
    const questions = this.questions();
    const draft = this.draft();
    const problems = validateDraft(questions, draft);
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      this.revealFirstProblem();
      return;
    }
    const { answers, questionIds } = toAnswersPayload(questions, draft);
    this.sending.set(true);
    try {
      const result = await firstValueFrom(
        this.submitGql.mutate({ variables: { input: { surveyId: this.survey().id, answers } } }),
      );
      const saved = result.data?.submitSurveyResponse;
      if (!saved) throw new Error('no answer from the API');
      this.sent.emit(saved);
    } catch (error) {
      this.showApiError(error, questionIds);
    } finally {
      this.sending.set(false);
    }
  }

  private showApiError(error: unknown, questionIds: readonly string[]): void {
    const code = errorCodeOf(error);
    if (code === 'NOT_FOUND') {
      this.banner.set([this.i18n.t('mySurveys.error.notOpen')]);
      return;
    }
    if ('surveyId' in toFieldErrors(error)) {
      this.banner.set([this.i18n.t('mySurveys.error.closed')]);
      return;
    }
    const placed = placeApiErrors(error, this.questions(), questionIds);
    this.problems.set(placed.problems);
    if (Object.keys(placed.problems).length > 0) {
      this.banner.set(placed.unplaced);
      this.revealFirstProblem();
    } else {
      this.banner.set(shownErrors(error, this.i18n).banner);
    }
  }

  /** Scrolls the first question with a message into view and puts the focus in it. */
  private revealFirstProblem(): void {
    afterNextRender(
      () => {
        const first = this.questions().find((question) => question.id in this.problems());
        if (!first) return;
        const card = this.host.nativeElement.querySelector<HTMLElement>(
          `[data-testid="question-${first.position}"]`,
        );
        card?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
        const control =
          card?.querySelector<HTMLElement>('input:checked') ??
          card?.querySelector<HTMLElement>('input, textarea');
        control?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
