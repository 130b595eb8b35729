import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  resource,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MIN_ANONYMITY_THRESHOLD } from '@salesops/domain';
import {
  loadTeamOptions,
  type QuestionKind,
  shownErrors,
  SurveyAdminCreateGQL,
  type SurveyAdminDetailFragment,
  SurveyAdminRepsGQL,
  type SurveyAdminRepsQuery,
  type SurveyAdminRepsQueryVariables,
  SurveyAdminSurveyGQL,
  SurveyAdminToolsGQL,
  SurveyAdminUpdateGQL,
  type SurveyAudience,
  TeamOptionsGQL,
  type TextTopic,
  toFieldErrors,
} from '@salesops/portal/data-access';
import { I18nService, type TranslationKey, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent, PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { firstValueFrom, map, startWith } from 'rxjs';
import { type RepOption, RepPickerComponent } from './rep-picker.component';
import { SurveyActions } from './survey-actions';
import { kindKey, statusKey } from './survey-format';
import {
  AUDIENCES,
  closesAfterOpens,
  DEFAULT_MIN_ANSWERS,
  draftOf,
  emptyDraft,
  fromLocalInput,
  hasTool,
  isChoice,
  LIMITS,
  minAnswersProblem,
  newQuestion,
  optionsProblem,
  placeSurveyErrors,
  type QuestionDraft,
  type SurveyDraft,
  TEXT_TOPICS,
  toSurveyInput,
} from './survey-model';
import { SurveyPreviewComponent } from './survey-preview.component';

type QuestionForm = FormGroup<{
  kind: FormControl<QuestionKind>;
  prompt: FormControl<string>;
  required: FormControl<boolean>;
  options: FormArray<FormControl<string>>;
  toolId: FormControl<string | null>;
  textTopic: FormControl<TextTopic | null>;
}>;

/** What the "add question" menu offers: a kind, and for text what it asks about. */
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
const KINDS: readonly QuestionKind[] = ['CSAT', 'NPS', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'TEXT'];
const MAX_REP_PAGES = 20;

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;
}

function optionsValidator(control: AbstractControl): ValidationErrors | null {
  const kind = control.parent?.get('kind')?.value as QuestionKind | undefined;
  const problem = kind ? optionsProblem(kind, (control.value as string[]) ?? []) : null;
  return problem ? { options: problem } : null;
}

function toolCountValidator(control: AbstractControl<string[]>): ValidationErrors | null {
  const count = control.value?.length ?? 0;
  if (count === 0) return { required: true };
  return count > LIMITS.tools ? { tooManyTools: true } : null;
}

function minAnswersValidator(control: AbstractControl): ValidationErrors | null {
  const anonymous = Boolean(control.parent?.get('anonymous')?.value);
  const problem = minAnswersProblem(
    anonymous,
    control.value === '' ? null : (control.value as number | null),
  );
  return problem ? { minAnswers: problem } : null;
}

function audienceListValidator(audience: SurveyAudience) {
  return (control: AbstractControl): ValidationErrors | null =>
    control.parent?.get('audience')?.value === audience && ((control.value as string[]) ?? []).length === 0
      ? { audienceEmpty: audience }
      : null;
}

function dateValidator(control: AbstractControl<string>): ValidationErrors | null {
  if (!control.value) return { required: true };
  if (!fromLocalInput(control.value)) return { date: true };
  const opens = control.parent?.get('opensAt');
  if (opens && opens !== control && !closesAfterOpens(opens.value as string, control.value)) {
    return { order: true };
  }
  return null;
}

function questionCountValidator(control: AbstractControl): ValidationErrors | null {
  const count = (control as FormArray).length;
  if (count === 0) return { noQuestions: true };
  return count > LIMITS.questions ? { tooManyQuestions: true } : null;
}

/**
 * The survey builder: details, audience, dates and the questions, with a live preview of what a rep
 * will see. Drafts are saved as they are; published surveys open read-only.
 */
@Component({
  selector: 'so-survey-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    RepPickerComponent,
    SurveyPreviewComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-editor-page.component.html',
  styleUrls: ['./surveys-shared.scss', './survey-editor-page.component.scss'],
})
export class SurveyEditorPageComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly surveyGql = inject(SurveyAdminSurveyGQL);
  private readonly toolsGql = inject(SurveyAdminToolsGQL);
  private readonly repsGql = inject(SurveyAdminRepsGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly createGql = inject(SurveyAdminCreateGQL);
  private readonly updateGql = inject(SurveyAdminUpdateGQL);
  private readonly actions = inject(SurveyActions);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly previewPane = viewChild<ElementRef<HTMLElement>>('previewPane');

  protected readonly addChoices = ADD_CHOICES;
  protected readonly kinds = KINDS;
  protected readonly topics = TEXT_TOPICS;
  protected readonly audiences = AUDIENCES;
  protected readonly minThreshold = MIN_ANONYMITY_THRESHOLD;
  protected readonly limits = LIMITS;

  protected readonly id = toSignal(this.route.paramMap.pipe(map((params) => params.get('id'))), {
    initialValue: this.route.snapshot.paramMap.get('id'),
  });
  protected readonly saving = signal(false);
  protected readonly banner = signal<readonly string[]>([]);
  /** After a save was refused for the fields: says so until every field is fine again. */
  protected readonly fixFields = signal(false);
  protected readonly notice = signal<string>(this.arrivalNotice());
  // Bumped after the API answers, so the errors now on the controls are read again.
  private readonly checked = signal(0);
  /** The stored survey this form edits (null for a new one); its version goes back on save. */
  protected readonly stored = signal<SurveyAdminDetailFragment | null>(null);
  protected readonly readOnly = computed(() => {
    const survey = this.stored();
    return survey !== null && survey.status !== 'DRAFT';
  });

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(LIMITS.title)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.description)],
    }),
    toolIds: new FormControl<string[]>([], { nonNullable: true, validators: [toolCountValidator] }),
    anonymous: new FormControl(false, { nonNullable: true }),
    minAnswers: new FormControl<number | null>(DEFAULT_MIN_ANSWERS, { validators: [minAnswersValidator] }),
    audience: new FormControl<SurveyAudience>('SEAT_HOLDERS', { nonNullable: true }),
    audienceTeamIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [audienceListValidator('TEAMS')],
    }),
    audienceRepIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [audienceListValidator('REPS')],
    }),
    opensAt: new FormControl('', { nonNullable: true, validators: [dateValidator] }),
    closesAt: new FormControl('', { nonNullable: true, validators: [dateValidator] }),
    questions: new FormArray<QuestionForm>([], { validators: [questionCountValidator] }),
  });
  protected readonly questions = this.form.controls.questions;

  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly fixFieldsShown = computed(() => this.fixFields() && this.status() === 'INVALID');

  /** The builder's values as they are typed, for the preview and the pickers. */
  protected readonly draft = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue() as SurveyDraft),
    ),
    { requireSync: true },
  );

  protected readonly loaded = rxResource({
    params: () => this.id() ?? undefined,
    stream: ({ params }) =>
      this.surveyGql
        .fetch({ variables: { id: params }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.survey)),
  });
  protected readonly loadErrors = computed(() =>
    this.loaded.error() ? shownErrors(this.loaded.error(), this.i18n).banner : [],
  );

  protected readonly toolOptions = rxResource({
    stream: () =>
      this.toolsGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.salesTools ?? [])),
  });
  protected readonly tools = computed(() => {
    const loaded = this.toolOptions.hasValue() ? this.toolOptions.value() : [];
    // A survey's own tools stay listed even when the inventory cannot be read.
    const own = this.stored()?.tools ?? [];
    const all = [...loaded, ...own.filter((tool) => !loaded.some((t) => t.id === tool.id))];
    return all.sort((a, b) => a.name.localeCompare(b.name));
  });
  /** True once the pickers have their options and a stored survey is in the form (for tests and screen readers). */
  protected readonly ready = computed(
    () => !this.toolOptions.isLoading() && (!this.id() || this.stored() !== null),
  );
  /** The survey's chosen tools, for each question's tool select. */
  protected readonly chosenTools = computed(() => {
    const ids = this.draft().toolIds;
    return this.tools().filter((tool) => ids.includes(tool.id));
  });

  private readonly teamOptions = resource({
    params: () => (this.draft().audience === 'TEAMS' ? true : undefined),
    loader: () => loadTeamOptions(this.teamOptionsGql),
  });
  protected readonly teams = computed(() =>
    this.teamOptions.hasValue() ? (this.teamOptions.value() ?? []) : [],
  );

  private readonly repOptions = resource({
    params: () => (this.draft().audience === 'REPS' ? true : undefined),
    loader: () => this.loadReps(),
  });
  protected readonly reps = computed(() =>
    this.repOptions.hasValue() ? (this.repOptions.value() ?? []) : [],
  );

  constructor() {
    const fresh = emptyDraft();
    this.form.patchValue({ opensAt: fresh.opensAt, closesAt: fresh.closesAt });

    // Rules that depend on another field are checked again when that field changes.
    this.form.controls.anonymous.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.minAnswers.updateValueAndValidity());
    this.form.controls.audience.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.audienceTeamIds.updateValueAndValidity();
      this.form.controls.audienceRepIds.updateValueAndValidity();
    });
    this.form.controls.opensAt.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.closesAt.updateValueAndValidity());
    // A question about a tool the survey no longer covers moves to the survey's first tool.
    this.form.controls.toolIds.valueChanges.pipe(takeUntilDestroyed()).subscribe((ids) => {
      for (const question of this.questions.controls) {
        const { kind, toolId } = question.controls;
        if (hasTool(kind.value) && (!toolId.value || !ids.includes(toolId.value)))
          toolId.setValue(ids[0] ?? null);
      }
    });

    effect(() => {
      const survey = this.loaded.hasValue() ? this.loaded.value() : undefined;
      if (survey) untracked(() => this.fill(survey));
    });
  }

  // ---- Questions ----

  protected add(choice: AddChoice): void {
    const toolIds = this.form.controls.toolIds.value;
    const toolName = this.tools().find((tool) => tool.id === toolIds[0])?.name;
    const group = this.questionGroup(
      newQuestion(choice.kind, toolIds, this.suggestedPrompt(choice, toolName)),
    );
    if (choice.topic) group.controls.textTopic.setValue(choice.topic);
    this.questions.push(group);
    this.questions.markAsTouched();
  }

  protected move(index: number, by: -1 | 1): void {
    const target = index + by;
    if (target < 0 || target >= this.questions.length) return;
    const control = this.questions.at(index);
    this.questions.removeAt(index, { emitEvent: false });
    this.questions.insert(target, control);
  }

  protected remove(index: number): void {
    this.questions.removeAt(index);
    this.questions.markAsTouched();
  }

  protected addOption(question: QuestionForm): void {
    question.controls.options.push(this.optionControl(''));
  }

  protected removeOption(question: QuestionForm, index: number): void {
    question.controls.options.removeAt(index);
    question.controls.options.markAsTouched();
  }

  protected changeKind(question: QuestionForm, kind: QuestionKind): void {
    const { options, toolId, textTopic } = question.controls;
    if (isChoice(kind) && options.length === 0) {
      options.push(this.optionControl(''));
      options.push(this.optionControl(''));
    }
    if (hasTool(kind) && !toolId.value) toolId.setValue(this.form.controls.toolIds.value[0] ?? null);
    if (kind === 'TEXT' && !textTopic.value) textTopic.setValue('OTHER');
    options.updateValueAndValidity();
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

  protected audienceLabel(audience: SurveyAudience): TranslationKey {
    return `survey.audience.${audience}`;
  }

  protected statusLabel() {
    const survey = this.stored();
    return survey ? statusKey(survey.status) : statusKey('DRAFT');
  }

  protected scrollToPreview(): void {
    this.previewPane()?.nativeElement.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }

  // ---- Errors ----

  /** The message for a control's first problem, '' when it has none. */
  protected errorOf(control: AbstractControl | null): string {
    this.checked();
    const errors = control?.errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.i18n.t('error.required');
    if (errors['maxlength'])
      return this.i18n.t('survey.error.tooLong', { max: errors['maxlength'].requiredLength });
    if (errors['options']) return this.i18n.t(`survey.error.options.${errors['options'] as 'tooFew'}`);
    if (errors['tooManyTools']) return this.i18n.t('survey.error.tooManyTools', { max: LIMITS.tools });
    if (errors['minAnswers'])
      return errors['minAnswers'] === 'required'
        ? this.i18n.t('error.required')
        : this.i18n.t('survey.error.minAnswers', { min: MIN_ANONYMITY_THRESHOLD });
    if (errors['audienceEmpty'])
      return this.i18n.t(
        errors['audienceEmpty'] === 'TEAMS' ? 'survey.error.noTeams' : 'survey.error.noReps',
      );
    if (errors['date']) return this.i18n.t('survey.error.badDate');
    if (errors['order']) return this.i18n.t('survey.error.closesBeforeOpens');
    if (errors['noQuestions']) return this.i18n.t('survey.error.noQuestions');
    if (errors['tooManyQuestions'])
      return this.i18n.t('survey.error.tooManyQuestions', { max: LIMITS.questions });
    return this.i18n.t('error.generic');
  }

  /** An error to show outside a form field: once the control was touched or a save was tried. */
  protected shownError(control: AbstractControl | null): string {
    return control && (control.touched || control.errors?.['server']) ? this.errorOf(control) : '';
  }

  /** Errors the API put on a question as a whole (or on its kind or required flag). */
  protected questionError(question: QuestionForm): string {
    this.checked();
    const own = question.errors?.['server'];
    const kind = question.controls.kind.errors?.['server'];
    const required = question.controls.required.errors?.['server'];
    return String(own ?? kind ?? required ?? '');
  }

  // ---- Save ----

  protected async save(): Promise<void> {
    if (this.readOnly() || this.saving()) return;
    this.form.markAllAsTouched();
    this.checked.update((n) => n + 1);
    this.banner.set([]);
    this.notice.set('');
    this.fixFields.set(false);
    if (this.form.invalid) {
      this.fixFields.set(true);
      this.focusFirstError();
      return;
    }
    this.saving.set(true);
    const input = toSurveyInput(this.form.getRawValue() as SurveyDraft);
    const current = this.stored();
    try {
      if (current) {
        const result = await firstValueFrom(
          this.updateGql.mutate({
            variables: { input: { id: current.id, expectedVersion: current.version, survey: input } },
          }),
        );
        const saved = result.data?.updateSurvey;
        if (saved) {
          this.stored.set(saved);
          this.form.markAsPristine();
          this.notice.set(this.i18n.t('survey.draftSaved'));
        }
      } else {
        const result = await firstValueFrom(this.createGql.mutate({ variables: { input } }));
        const saved = result.data?.createSurvey;
        if (saved) {
          this.stored.set(saved);
          this.form.markAsPristine();
          await this.router.navigate(['/surveys', saved.id, 'edit'], {
            replaceUrl: true,
            state: { surveyNotice: 'saved' },
          });
        }
      }
    } catch (error) {
      this.showSaveError(error);
    } finally {
      this.saving.set(false);
      this.checked.update((n) => n + 1);
    }
  }

  /** Publishes the saved draft (after saving what changed), behind the same confirmation as the list. */
  protected async publish(): Promise<void> {
    if (this.form.dirty) await this.save();
    const survey = this.stored();
    if (
      !survey ||
      survey.status !== 'DRAFT' ||
      this.form.dirty ||
      this.banner().length > 0 ||
      this.fixFields()
    ) {
      return;
    }
    const outcome = await this.actions.publish(survey);
    if (outcome.kind === 'failed') this.banner.set(outcome.messages);
    if (outcome.kind === 'done') {
      await this.router.navigate(['/surveys'], {
        state: { surveyNotice: 'published', surveyTitle: outcome.survey.title },
      });
    }
  }

  private showSaveError(error: unknown): void {
    const { placed, unplaced } = placeSurveyErrors(
      toFieldErrors(error),
      (path) => this.form.get(path) !== null,
    );
    for (const [path, message] of Object.entries(placed)) {
      const control = this.form.get(path);
      control?.setErrors({ ...(control.errors ?? {}), server: message });
      control?.markAsTouched();
    }
    const headline = shownErrors(error, this.i18n).banner[0];
    const hasPlaced = Object.keys(placed).length > 0;
    this.fixFields.set(hasPlaced);
    this.banner.set(
      hasPlaced
        ? unplaced
        : unplaced.length > 0
          ? [headline, ...unplaced]
          : [...shownErrors(error, this.i18n).banner],
    );
    if (hasPlaced) this.focusFirstError();
  }

  private focusFirstError(): void {
    // After the view shows the messages: the first invalid field gets the focus and scrolls into view.
    setTimeout(() => {
      const invalid = this.host.nativeElement.querySelector<HTMLElement>(
        'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [role="alert"].field-error',
      );
      invalid?.scrollIntoView?.({ block: 'center' });
      if (invalid && 'focus' in invalid) invalid.focus({ preventScroll: true });
    });
  }

  // ---- Building the form ----

  private fill(survey: SurveyAdminDetailFragment): void {
    this.stored.set(survey);
    const draft = draftOf(survey);
    this.questions.clear({ emitEvent: false });
    for (const question of draft.questions)
      this.questions.push(this.questionGroup(question), { emitEvent: false });
    this.form.patchValue(
      {
        title: draft.title,
        description: draft.description,
        toolIds: [...draft.toolIds],
        anonymous: draft.anonymous,
        minAnswers: draft.minAnswers,
        audience: draft.audience,
        audienceTeamIds: [...draft.audienceTeamIds],
        audienceRepIds: [...draft.audienceRepIds],
        opensAt: draft.opensAt,
        closesAt: draft.closesAt,
      },
      { emitEvent: false },
    );
    this.form.updateValueAndValidity();
    this.form.markAsPristine();
    if (survey.status !== 'DRAFT') this.form.disable();
    else this.form.enable();
  }

  private questionGroup(question: QuestionDraft): QuestionForm {
    const group: QuestionForm = new FormGroup({
      kind: new FormControl<QuestionKind>(question.kind, { nonNullable: true }),
      prompt: new FormControl(question.prompt, {
        nonNullable: true,
        validators: [Validators.required, notBlank, Validators.maxLength(LIMITS.prompt)],
      }),
      required: new FormControl(question.required, { nonNullable: true }),
      options: new FormArray(
        question.options.map((option) => this.optionControl(option)),
        { validators: [optionsValidator] },
      ),
      toolId: new FormControl<string | null>(question.toolId),
      textTopic: new FormControl<TextTopic | null>(question.textTopic),
    });
    group.controls.kind.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((kind) => this.changeKind(group, kind));
    // The validator reads the kind from the group, which only exists now.
    group.controls.options.updateValueAndValidity({ emitEvent: false });
    return group;
  }

  private optionControl(value: string): FormControl<string> {
    return new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(LIMITS.option)] });
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

  private async loadReps(): Promise<RepOption[]> {
    const reps: RepOption[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_REP_PAGES; page++) {
      const variables: SurveyAdminRepsQueryVariables = { first: 100, after, filter: null };
      const result = await firstValueFrom(this.repsGql.fetch({ variables, fetchPolicy: 'network-only' }));
      const connection: SurveyAdminRepsQuery['reps'] | undefined = result.data?.reps;
      if (!connection) break;
      for (const { node } of connection.edges) {
        reps.push({
          id: node.id,
          name: node.name,
          email: node.email,
          active: node.active,
          teamName: node.team?.name ?? null,
        });
      }
      if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
      after = connection.pageInfo.endCursor;
    }
    return reps;
  }

  private arrivalNotice(): string {
    const state = this.router.currentNavigation()?.extras.state as { surveyNotice?: string } | undefined;
    return state?.surveyNotice === 'saved' ? this.i18n.t('survey.draftSaved') : '';
  }
}
