import { parseCsv } from '@salesops/domain';
import { type ImportRejection } from '@salesops/portal/data-access';
import { type CsvColumn, toCsv } from '@salesops/portal/ui';

/** The words of the export's own columns, and each row's reasons in the reader's language. */
export interface RejectionsCsvWords {
  readonly line: string;
  readonly reason: string;
  readonly raw: string;
  readonly reasonText: (row: ImportRejection) => string;
}

interface Row {
  readonly rejection: ImportRejection;
  readonly cells: readonly string[];
}

/** The cells of a row kept as CSV text; a row cut at 2,000 characters may not parse, and gives none. */
function cellsOf(raw: string): string[] {
  try {
    return parseCsv(raw)[0] ?? [];
  } catch {
    return [];
  }
}

/**
 * The refused rows as a file to fix and import again: the file's own header and cells, then the line
 * and every reason in two columns of their own (an import reads only the columns its mapping names).
 * Without the header (imports before it was kept): line, reason and the raw row.
 */
export function rejectionsCsv(
  header: string | null,
  rejections: readonly ImportRejection[],
  words: RejectionsCsvWords,
): string {
  const names = header === null ? [] : cellsOf(header);
  if (names.length === 0) {
    return toCsv<ImportRejection>(
      [
        { header: words.line, value: (row) => row.line },
        { header: words.reason, value: words.reasonText },
        { header: words.raw, value: (row) => row.raw },
      ],
      rejections,
    );
  }
  const columns: CsvColumn<Row>[] = [
    ...names.map((name, index) => ({ header: name, value: (row: Row) => row.cells[index] ?? '' })),
    { header: words.line, value: (row: Row) => row.rejection.line },
    { header: words.reason, value: (row: Row) => words.reasonText(row.rejection) },
  ];
  return toCsv(
    columns,
    rejections.map((rejection) => ({ rejection, cells: cellsOf(rejection.raw) })),
  );
}
