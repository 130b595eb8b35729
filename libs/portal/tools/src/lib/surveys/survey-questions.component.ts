import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input } from '@angular/core';
import { type AbstractControl, type FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type QuestionKind, type TextTopic } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import {
  optionControl,
  PAGE_FORM,
  type QuestionContext,
  type QuestionForm,
  questionForm,
} from './survey-form';
import { type SurveyFormErrors } from './survey-form-errors';
import { kindKey } from './survey-format';
import {
  hasTool,
  isChoice,
  LIMITS,
  newQuestion,
  QUESTION_KINDS,
  type SurveyDraft,
  TEXT_TOPICS,
  toolsNotScored,
} from './survey-model';

/** What the "add question" buttons offer: a kind, and for text what it asks about. */
interface AddChoice {
  readonly kind: QuestionKind;
  readonly topic: TextTopic | null;
  readonly label: TranslationKey;
  readonly testId: string;
}

const ADD_CHOICES: readonly AddChoice[] = [
  { kind: 'CSAT', topic: null, label: 'survey.add.CSAT', testId: 'add-csat' },
  { kind: 'NPS', topic: null, label: 'survey.add.NPS', testId: 'add-nps' },
  { kind: 'SINGLE_CHOICE', topic: null, label: 'survey.add.SINGLE_CHOICE', testId: 'add-single' },
  { kind: 'MULTI_CHOICE', topic: null, label: 'survey.add.MULTI_CHOICE', testId: 'add-multi' },
  { kind: 'TEXT', topic: 'LIKES', label: 'survey.add.LIKES', testId: 'add-text-likes' },
  { kind: 'TEXT', topic: 'DISLIKES', label: 'survey.add.DISLIKES', testId: 'add-text-dislikes' },
  { kind: 'TEXT', topic: 'OTHER', label: 'survey.add.OTHER', testId: 'add-text-other' },
];

/**
 * The builder's questions: one card per question (kind, prompt, tool or topic, options), moved and
 * removed in place, and buttons that add a question of a kind with a suggested prompt.
 */
@Component({
  selector: 'so-survey-questions',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  viewProviders: [PAGE_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-questions.component.html',
  styleUrls: ['./surveys-shared.scss', './survey-section.scss', './survey-questions.component.scss'],
})
export class SurveyQuestionsComponent {
  private readonly i18n = inject(I18nService);

  /** The page form's `questions` array; this section adds, moves and removes its entries. */
  readonly questions = input.required<FormArray<QuestionForm>>();
  /** The builder's values: a new object on every change, so this view follows the form. */
  readonly draft = input.required<SurveyDraft>();
  /** Every tool that may be picked; a question picks among the survey's own. */
  readonly tools = input<readonly { id: string; name: string }[]>([]);
  readonly readOnly = input(false);
  readonly errors = input.required<SurveyFormErrors>();

  protected readonly addChoices = ADD_CHOICES;
  protected readonly kinds = QUESTION_KINDS;
  protected readonly topics = TEXT_TOPICS;
  protected readonly limits = LIMITS;

  /** The survey's chosen tools, for each question's tool select. */
  protected readonly chosenTools = computed(() => {
    const ids = this.draft().toolIds;
    return this.tools().filter((tool) => ids.includes(tool.id));
  });

  /** Names of the survey's tools no CSAT or NPS question asks about (they get no score from this wave). */
  protected readonly unscoredTools = computed(() => {
    const ids = toolsNotScored(this.draft());
    return this.tools()
      .filter((tool) => ids.includes(tool.id))
      .map((tool) => tool.name);
  });

  private readonly context: QuestionContext = {
    toolIds: () => this.draft().toolIds,
    destroyRef: inject(DestroyRef),
  };

  protected add(choice: AddChoice): void {
    const toolIds = this.draft().toolIds;
    const toolName = this.tools().find((tool) => tool.id === toolIds[0])?.name;
    const group = questionForm(
      newQuestion(choice.kind, toolIds, this.suggestedPrompt(choice, toolName)),
      this.context,
    );
    if (choice.topic) group.controls.textTopic.setValue(choice.topic);
    this.questions().push(group);
    this.questions().markAsTouched();
  }

  protected move(index: number, by: -1 | 1): void {
    const questions = this.questions();
    const target = index + by;
    if (target < 0 || target >= questions.length) return;
    const control = questions.at(index);
    questions.removeAt(index, { emitEvent: false });
    questions.insert(target, control);
  }

  protected remove(index: number): void {
    this.questions().removeAt(index);
    this.questions().markAsTouched();
  }

  protected addOption(question: QuestionForm): void {
    question.controls.options.push(optionControl(''));
  }

  protected removeOption(question: QuestionForm, index: number): void {
    question.controls.options.removeAt(index);
    question.controls.options.markAsTouched();
  }

  protected isChoice(kind: QuestionKind): boolean {
    return isChoice(kind);
  }

  protected hasTool(kind: QuestionKind): boolean {
    return hasTool(kind);
  }

  protected kindLabel(kind: QuestionKind): TranslationKey {
    return kindKey(kind);
  }

  protected topicLabel(topic: TextTopic): TranslationKey {
    return `survey.topic.${topic}`;
  }

  protected errorOf(control: AbstractControl): string {
    return this.errors().message(control);
  }

  protected shownError(control: AbstractControl): string {
    return this.errors().shown(control);
  }

  protected questionError(question: QuestionForm): string {
    return this.errors().ofQuestion(question);
  }

  private suggestedPrompt(choice: AddChoice, toolName: string | undefined): string {
    const tool = toolName ?? this.i18n.t('survey.thisTool');
    switch (choice.kind) {
      case 'CSAT':
        return this.i18n.t('survey.suggest.CSAT', { tool });
      case 'NPS':
        return this.i18n.t('survey.suggest.NPS', { tool });
      case 'TEXT':
        return choice.topic === 'LIKES'
          ? this.i18n.t('survey.suggest.LIKES', { tool })
          : choice.topic === 'DISLIKES'
            ? this.i18n.t('survey.suggest.DISLIKES', { tool })
            : '';
      default:
        return '';
    }
  }
}
