import {
  type ImportJobRowFragment,
  type ImportReason,
  type ImportRejection,
  type ParamKinds,
  wordTemplated,
} from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';

const CELL = { column: 'text', value: 'text' } as const;

/**
 * The API's import reasons (libs/api/pipeline/src/lib/import/import-reasons.ts) this portal words, with the
 * params each names; `imports.reason.<key>` holds the words. A key missing here shows the API's English.
 */
export const IMPORT_REASON_PARAMS = {
  'row.empty': { column: 'text' },
  'row.too_long': { column: 'text', max: 'count' },
  'row.unknown_stage': CELL,
  'row.unknown_rep': CELL,
  'row.unknown_product': CELL,
  'row.unknown_account': CELL,
  'row.not_an_amount': CELL,
  'row.negative_amount': CELL,
  'row.not_a_date': { ...CELL, format: 'text' },
  'row.close_before_engage': { column: 'text', date: 'date', engageColumn: 'text', engageDate: 'date' },
  'row.zero_amount': CELL,
  'row.far_future_date': { column: 'text', date: 'date', last: 'date' },
  'row.duplicate': { ...CELL, firstLine: 'count' },
  'file.missing_columns': { columns: 'quotedList' },
  'file.empty': {},
  'file.unclosed_quote': { line: 'count' },
  'file.internal': {},
} as const satisfies Record<string, ParamKinds>;

export type ImportReasonKey = keyof typeof IMPORT_REASON_PARAMS;

/**
 * Why a row was refused, every reason in the reader's language, joined by "; "; a reason the portal does
 * not know, and rows refused before the keys, keep the API's English.
 */
export function rejectionReasonText(
  i18n: I18nService,
  row: Pick<ImportRejection, 'reason' | 'reasonKey' | 'reasonParams'> & {
    reasons?: readonly Pick<ImportReason, 'key' | 'params' | 'text'>[];
  },
): string {
  if (row.reasons?.length)
    return row.reasons.map((reason) => wordReason(i18n, reason.key, reason.params) ?? reason.text).join('; ');
  return wordReason(i18n, row.reasonKey, row.reasonParams) ?? row.reason;
}

/** Why an import stopped, in the reader's language; null when it did not stop on an error. */
export function importErrorText(
  i18n: I18nService,
  job: Pick<ImportJobRowFragment, 'error' | 'errorKey' | 'errorParams'>,
): string | null {
  if (!job.error) return null;
  return wordReason(i18n, job.errorKey, job.errorParams) ?? job.error;
}

function wordReason(i18n: I18nService, key: string | null | undefined, params: string | null | undefined) {
  return wordTemplated(i18n, IMPORT_REASON_PARAMS, (known) => `imports.reason.${known}`, key, params);
}
