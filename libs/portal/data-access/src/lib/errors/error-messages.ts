import { type I18nService, type TranslationKey } from '@salesops/portal/i18n';

import { errorCodeOf, type FieldErrors, graphQLErrorsOf, splitErrors } from './graphql-errors';

const CODE_KEYS: Readonly<Record<string, TranslationKey>> = {
  NETWORK: 'error.network',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  CONFLICT: 'error.conflict',
  BAD_USER_INPUT: 'error.badInput',
  SERVICE_UNAVAILABLE: 'error.unavailable',
  TOO_MANY_REQUESTS: 'error.tooMany',
};

export interface ShownErrors {
  /** Messages for the form's own fields, shown as mat-error next to them. */
  readonly fields: FieldErrors;
  /** Everything else, for the banner; empty when the fields say it all. */
  readonly banner: readonly string[];
}

/** Splits an API error between the form's fields and a translated banner. */
export function shownErrors(
  error: unknown,
  i18n: I18nService,
  formFields: readonly string[] = [],
): ShownErrors {
  const { fields, unplaced } = splitErrors(error, formFields);
  if (Object.keys(fields).length > 0 && unplaced.length === 0) return { fields, banner: [] };

  const code = errorCodeOf(error);
  const headline = i18n.t(CODE_KEYS[code] ?? 'error.generic');
  // The API's own words are specific for these codes ("Email already used"); for others they add nothing.
  const detail =
    unplaced.length === 0 && (code === 'CONFLICT' || code === 'BAD_USER_INPUT')
      ? graphQLErrorsOf(error)
          .map((e) => (typeof e.message === 'string' ? e.message : ''))
          .filter(Boolean)
      : [];
  return { fields, banner: [headline, ...unplaced, ...detail] };
}
