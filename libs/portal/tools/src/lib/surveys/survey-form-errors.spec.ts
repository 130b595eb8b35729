import { computed, DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, type ValidationErrors } from '@angular/forms';
import { I18nService } from '@salesops/portal/i18n';

import { questionForm } from './survey-form';
import { SurveyFormErrors } from './survey-form-errors';
import { newQuestion } from './survey-model';

function errors(): SurveyFormErrors {
  const i18n = TestBed.inject(I18nService);
  i18n.setLang('en');
  return new SurveyFormErrors(i18n);
}

function failing(problem: ValidationErrors | null): FormControl<string> {
  const control = new FormControl('', { nonNullable: true });
  control.setErrors(problem);
  return control;
}

describe('SurveyFormErrors', () => {
  it('should word each rule of the builder, the API’s own message first', () => {
    const messages = errors();
    const cases: [ValidationErrors, string][] = [
      [{ server: 'is not a tool', required: true }, 'is not a tool'],
      [{ required: true }, 'Required'],
      [{ maxlength: { requiredLength: 200, actualLength: 201 } }, 'At most 200 characters'],
      [{ options: 'duplicate' }, 'Options must differ from each other'],
      [{ tooManyTools: true }, 'At most 10 tools'],
      [{ minAnswers: 'required' }, 'Required'],
      [{ minAnswers: 'tooLow' }, 'At least 3, so that no answer can be singled out'],
      [{ audienceEmpty: 'TEAMS' }, 'Choose at least one team'],
      [{ audienceEmpty: 'REPS' }, 'Choose at least one rep'],
      [{ date: true }, 'Enter a date and time'],
      [{ order: true }, 'Must be after the opening time'],
      [{ noQuestions: true }, 'Add at least one question'],
      [{ tooManyQuestions: true }, 'At most 50 questions'],
      [{ somethingNew: true }, 'Something went wrong. Please try again.'],
    ];

    expect(cases.map(([problem]) => messages.message(failing(problem)))).toEqual(
      cases.map(([, text]) => text),
    );
    expect(messages.message(failing(null))).toBe('');
    expect(messages.message(null)).toBe('');
  });

  it('should show an error outside a field only once it was touched or the API refused it', () => {
    const messages = errors();
    const control = failing({ required: true });

    expect(messages.shown(control)).toBe('');
    control.markAsTouched();
    expect(messages.shown(control)).toBe('Required');
    expect(messages.shown(failing({ server: 'taken' }))).toBe('taken');
  });

  it('should name what the API said about a question as a whole, its kind or its required flag', () => {
    const messages = errors();
    const question = questionForm(newQuestion('CSAT', ['tool-crm'], 'How satisfied?'), {
      toolIds: () => [],
      destroyRef: TestBed.inject(DestroyRef),
    });

    expect(messages.ofQuestion(question)).toBe('');
    question.controls.required.setErrors({ server: 'must be required' });
    expect(messages.ofQuestion(question)).toBe('must be required');
    question.controls.kind.setErrors({ server: 'not allowed' });
    expect(messages.ofQuestion(question)).toBe('not allowed');
    question.setErrors({ server: 'duplicate question' });
    expect(messages.ofQuestion(question)).toBe('duplicate question');
  });

  it('should let a view read the errors again when refreshed, since controls do not notify it', () => {
    const messages = errors();
    const control = failing(null);
    const shown = computed(() => messages.shown(control));
    expect(shown()).toBe('');

    control.setErrors({ server: 'taken' });
    expect(shown()).toBe('');
    messages.refresh();
    expect(shown()).toBe('taken');
  });
});
