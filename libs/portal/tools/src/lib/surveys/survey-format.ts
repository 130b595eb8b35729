import { inject, Pipe, type PipeTransform } from '@angular/core';
import { type QuestionKind, type SurveyStatus } from '@salesops/portal/data-access';
import { I18nService, type TranslationKey } from '@salesops/portal/i18n';

/** An instant as date and time in the viewer's time zone (`Nov 27, 2026, 9:00 AM`); '' when empty. */
export function formatDateTime(value: string | null | undefined, locale: string, timeZone?: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** `survey.opensAt | surveyDateTime` in the current language. */
@Pipe({ name: 'surveyDateTime' })
export class SurveyDateTimePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined): string {
    return formatDateTime(value, this.i18n.locale());
  }
}

export function statusKey(status: SurveyStatus): TranslationKey {
  return `survey.status.${status}`;
}

export function kindKey(kind: QuestionKind): TranslationKey {
  return `survey.kind.${kind}`;
}

/** A score with at most `digits` decimals in the current language; '—' for none. */
export function formatScore(i18n: I18nService, value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(i18n.locale(), { maximumFractionDigits: digits }).format(value);
}
