import { type TemplatedText, templatedText, type TemplateParams } from '@salesops/domain';

/**
 * Why an import refused a row (`row.*`) or stopped (`file.*`), in English, by key. A rejection and a
 * failed job store the key and params beside the English text, so a client words the same facts in its
 * reader's language (the portal keeps the same templates as `imports.reason.<key>`; docs/decisions/0012).
 * `column` is the column's name in the file, `value` the text found there as it was written; a date the
 * row was read as is `YYYY-MM-DD`.
 */
interface CellParams {
  column: string;
  value: string;
}

export const IMPORT_REASONS = {
  'row.empty': (p: { column: string }) => `${p.column} is empty`,
  'row.too_long': (p: { column: string; max: number }) => `${p.column} is longer than ${p.max} characters`,
  'row.unknown_stage': (p: CellParams) => `${p.column} "${p.value}" is not a stage of the sales process`,
  'row.unknown_rep': (p: CellParams) => `${p.column} "${p.value}" is not a known rep`,
  'row.unknown_product': (p: CellParams) => `${p.column} "${p.value}" is not a known product`,
  'row.unknown_account': (p: CellParams) => `${p.column} "${p.value}" is not a known account`,
  'row.not_an_amount': (p: CellParams) => `${p.column} "${p.value}" is not an amount`,
  'row.negative_amount': (p: CellParams) => `${p.column} "${p.value}" is negative`,
  'row.not_a_date': (p: CellParams & { format: string }) =>
    `${p.column} "${p.value}" is not a date written ${p.format}`,
  'row.close_before_engage': (p: {
    column: string;
    date: string;
    engageColumn: string;
    engageDate: string;
  }) => `${p.column} ${p.date} is before ${p.engageColumn} ${p.engageDate}`,
  'row.zero_amount': (p: CellParams) => `${p.column} "${p.value}" is 0 on a won deal`,
  'row.far_future_date': (p: { column: string; date: string; last: string }) =>
    `${p.column} ${p.date} is more than two years ahead (after ${p.last})`,
  'row.duplicate': (p: CellParams & { firstLine: number }) =>
    `${p.column} "${p.value}" already appeared on line ${p.firstLine}`,
  'file.missing_columns': (p: { columns: readonly string[] }) =>
    `The file has no column ${p.columns.map((column) => `"${column}"`).join(', ')} (check the column mapping)`,
  'file.empty': () => 'The file is empty: it has no header row',
  'file.unclosed_quote': (p: { line: number }) => `Unclosed quote in the row starting on line ${p.line}`,
  'file.internal': () => 'The import stopped on an internal error; rows stored before it are kept',
} as const satisfies Record<string, (params: never) => string>;

export type ImportReasonKey = keyof typeof IMPORT_REASONS;
export type ImportReasonParams<K extends ImportReasonKey> = TemplateParams<typeof IMPORT_REASONS, K>;
/** A reason as it is stored: the template's key, its params, and the English it gives. */
export type ImportReason = TemplatedText<ImportReasonKey>;

/** Why a row was refused or the file stopped, from its template and params; the English is rendered once. */
export const importReason = templatedText(IMPORT_REASONS);
