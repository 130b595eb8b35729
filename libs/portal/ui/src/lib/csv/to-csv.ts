export type CsvValue = string | number | null | undefined;

/** One column of an export: its header and how to read a row's cell. */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => CsvValue;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A text cell starting like a formula would run in a spreadsheet (CSV injection); numbers are safe.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** RFC 4180 CSV: a header row, CRLF line ends, quotes only where a field needs them. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((column) => csvField(column.header))];
  for (const row of rows) lines.push(columns.map((column) => csvField(column.value(row))));
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
