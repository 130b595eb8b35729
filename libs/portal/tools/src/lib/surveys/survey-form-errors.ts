import { signal } from '@angular/core';
import { type AbstractControl } from '@angular/forms';
import { MIN_ANONYMITY_THRESHOLD } from '@salesops/domain';
import { type I18nService } from '@salesops/portal/i18n';

import { type QuestionForm } from './survey-form';
import { LIMITS } from './survey-model';

/**
 * The builder's error messages, shared by the page and its sections. Errors the API puts on controls
 * do not notify a view, so every message reads a signal that the page bumps when the API answers.
 */
export class SurveyFormErrors {
  private readonly checked = signal(0);

  constructor(private readonly i18n: I18nService) {}

  /** Read the errors again (after a save was tried or the API answered). */
  refresh(): void {
    this.checked.update((n) => n + 1);
  }

  /** The message for a control's first problem, '' when it has none. */
  message(control: AbstractControl | null): string {
    this.checked();
    const errors = control?.errors;
    if (!errors) return '';
    const { i18n } = this;
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return i18n.t('error.required');
    if (errors['maxlength'])
      return i18n.t('survey.error.tooLong', { max: errors['maxlength'].requiredLength });
    if (errors['options']) return i18n.t(`survey.error.options.${errors['options'] as 'tooFew'}`);
    if (errors['tooManyTools']) return i18n.t('survey.error.tooManyTools', { max: LIMITS.tools });
    if (errors['minAnswers'])
      return errors['minAnswers'] === 'required'
        ? i18n.t('error.required')
        : i18n.t('survey.error.minAnswers', { min: MIN_ANONYMITY_THRESHOLD });
    if (errors['audienceEmpty'])
      return i18n.t(errors['audienceEmpty'] === 'TEAMS' ? 'survey.error.noTeams' : 'survey.error.noReps');
    if (errors['date']) return i18n.t('survey.error.badDate');
    if (errors['order']) return i18n.t('survey.error.closesBeforeOpens');
    if (errors['noQuestions']) return i18n.t('survey.error.noQuestions');
    if (errors['tooManyQuestions']) return i18n.t('survey.error.tooManyQuestions', { max: LIMITS.questions });
    return i18n.t('error.generic');
  }

  /** An error to show outside a form field: once the control was touched or the API refused it. */
  shown(control: AbstractControl | null): string {
    // Read first, so a view showing no error yet still hears when the API answers.
    this.checked();
    return control && (control.touched || control.errors?.['server']) ? this.message(control) : '';
  }

  /** Errors the API put on a question as a whole (or on its kind or required flag). */
  ofQuestion(question: QuestionForm): string {
    this.checked();
    const own = question.errors?.['server'];
    const kind = question.controls.kind.errors?.['server'];
    const required = question.controls.required.errors?.['server'];
    return String(own ?? kind ?? required ?? '');
  }
}
