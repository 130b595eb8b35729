import { type DestroyRef, inject, type Signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  ControlContainer,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { type QuestionKind, type SurveyAudience, type TextTopic } from '@salesops/portal/data-access';
import { map, startWith } from 'rxjs';

import {
  closesAfterOpens,
  emptyDraft,
  fromLocalInput,
  hasTool,
  isChoice,
  LIMITS,
  minAnswersProblem,
  optionsProblem,
  placeSurveyErrors,
  type QuestionDraft,
  type SurveyDraft,
} from './survey-model';

export type QuestionForm = FormGroup<{
  kind: FormControl<QuestionKind>;
  prompt: FormControl<string>;
  required: FormControl<boolean>;
  options: FormArray<FormControl<string>>;
  toolId: FormControl<string | null>;
  textTopic: FormControl<TextTopic | null>;
}>;

export type SurveyForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  toolIds: FormControl<string[]>;
  anonymous: FormControl<boolean>;
  minAnswers: FormControl<number | null>;
  audience: FormControl<SurveyAudience>;
  audienceTeamIds: FormControl<string[]>;
  audienceRepIds: FormControl<string[]>;
  opensAt: FormControl<string>;
  closesAt: FormControl<string>;
  questions: FormArray<QuestionForm>;
}>;

/** What a question's controls need from the builder: the survey's tools, and when to stop listening. */
export interface QuestionContext {
  readonly toolIds: () => readonly string[];
  readonly destroyRef: DestroyRef;
}

/**
 * For the builder's sections: their `formControlName`s bind to the page's `<form [formGroup]>`, so the
 * form stays one (one submit, one "submitted" state for the error messages, no extra DOM).
 */
export const PAGE_FORM = {
  provide: ControlContainer,
  useFactory: () => inject(ControlContainer, { skipSelf: true }),
};

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

/** The form's values as they are typed (disabled fields included), for previews and sections. Needs an injection context. */
export function liveDraft(form: SurveyForm): Signal<SurveyDraft> {
  return toSignal(
    form.valueChanges.pipe(
      startWith(null),
      map(() => form.getRawValue() as SurveyDraft),
    ),
    { requireSync: true },
  );
}

/** A new survey's form, with the API's rules as validators: opens now, closes in two weeks, no questions. */
export function surveyForm(start: SurveyDraft = emptyDraft()): SurveyForm {
  return new FormGroup({
    title: new FormControl(start.title, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(LIMITS.title)],
    }),
    description: new FormControl(start.description, {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.description)],
    }),
    toolIds: new FormControl<string[]>([...start.toolIds], {
      nonNullable: true,
      validators: [toolCountValidator],
    }),
    anonymous: new FormControl(start.anonymous, { nonNullable: true }),
    minAnswers: new FormControl<number | null>(start.minAnswers, { validators: [minAnswersValidator] }),
    audience: new FormControl<SurveyAudience>(start.audience, { nonNullable: true }),
    audienceTeamIds: new FormControl<string[]>([...start.audienceTeamIds], {
      nonNullable: true,
      validators: [audienceListValidator('TEAMS')],
    }),
    audienceRepIds: new FormControl<string[]>([...start.audienceRepIds], {
      nonNullable: true,
      validators: [audienceListValidator('REPS')],
    }),
    opensAt: new FormControl(start.opensAt, { nonNullable: true, validators: [dateValidator] }),
    closesAt: new FormControl(start.closesAt, { nonNullable: true, validators: [dateValidator] }),
    questions: new FormArray<QuestionForm>([], { validators: [questionCountValidator] }),
  });
}

/**
 * Rules that depend on another field are checked again when that field changes, and a question about
 * a tool the survey no longer covers moves to the survey's first tool.
 */
export function watchSurveyRules(form: SurveyForm, destroyRef: DestroyRef): void {
  const { controls } = form;
  controls.anonymous.valueChanges
    .pipe(takeUntilDestroyed(destroyRef))
    .subscribe(() => controls.minAnswers.updateValueAndValidity());
  controls.audience.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
    controls.audienceTeamIds.updateValueAndValidity();
    controls.audienceRepIds.updateValueAndValidity();
  });
  controls.opensAt.valueChanges
    .pipe(takeUntilDestroyed(destroyRef))
    .subscribe(() => controls.closesAt.updateValueAndValidity());
  controls.toolIds.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((ids) => {
    for (const question of controls.questions.controls) {
      const { kind, toolId } = question.controls;
      if (hasTool(kind.value) && (!toolId.value || !ids.includes(toolId.value)))
        toolId.setValue(ids[0] ?? null);
    }
  });
}

/** Puts a stored survey's values in the form, questions included, as not yet changed. */
export function fillSurveyForm(form: SurveyForm, draft: SurveyDraft, context: QuestionContext): void {
  const { questions } = form.controls;
  questions.clear({ emitEvent: false });
  for (const question of draft.questions)
    questions.push(questionForm(question, context), { emitEvent: false });
  form.patchValue(
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
  form.updateValueAndValidity();
  form.markAsPristine();
}

/**
 * Puts the API's field errors on the controls they are about (as `server` errors, touched, so they
 * show) and returns the messages no control owns.
 */
export function markServerErrors(
  form: SurveyForm,
  fieldErrors: Readonly<Record<string, string>>,
): { hasPlaced: boolean; unplaced: string[] } {
  const { placed, unplaced } = placeSurveyErrors(fieldErrors, (path) => form.get(path) !== null);
  for (const [path, message] of Object.entries(placed)) {
    const control = form.get(path);
    control?.setErrors({ ...(control.errors ?? {}), server: message });
    control?.markAsTouched();
  }
  return { hasPlaced: Object.keys(placed).length > 0, unplaced };
}

/** A question's controls; changing its kind fills in what the new kind needs. */
export function questionForm(question: QuestionDraft, context: QuestionContext): QuestionForm {
  const group: QuestionForm = new FormGroup({
    kind: new FormControl<QuestionKind>(question.kind, { nonNullable: true }),
    prompt: new FormControl(question.prompt, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(LIMITS.prompt)],
    }),
    required: new FormControl(question.required, { nonNullable: true }),
    options: new FormArray(
      question.options.map((option) => optionControl(option)),
      { validators: [optionsValidator] },
    ),
    toolId: new FormControl<string | null>(question.toolId),
    textTopic: new FormControl<TextTopic | null>(question.textTopic),
  });
  group.controls.kind.valueChanges
    .pipe(takeUntilDestroyed(context.destroyRef))
    .subscribe((kind) => applyKind(group, kind, context.toolIds()));
  // The validator reads the kind from the group, which only exists now.
  group.controls.options.updateValueAndValidity({ emitEvent: false });
  return group;
}

/** What a question needs after its kind changed: two options to fill in, a tool, a topic. */
export function applyKind(question: QuestionForm, kind: QuestionKind, toolIds: readonly string[]): void {
  const { options, toolId, textTopic } = question.controls;
  if (isChoice(kind) && options.length === 0) {
    options.push(optionControl(''));
    options.push(optionControl(''));
  }
  if (hasTool(kind) && !toolId.value) toolId.setValue(toolIds[0] ?? null);
  if (kind === 'TEXT' && !textTopic.value) textTopic.setValue('OTHER');
  options.updateValueAndValidity();
}

export function optionControl(value: string): FormControl<string> {
  return new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(LIMITS.option)] });
}
