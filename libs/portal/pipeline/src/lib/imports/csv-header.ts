import { CsvParser, type CsvRow, parseCsv } from '@salesops/domain';

// A header row longer than this is not a header; reading more of a large file would only cost memory.
const HEAD_BYTES = 64 * 1024;

/** The column names in the header row of CSV text (the first record; quoted names may hold commas). */
export function headerColumns(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  let quoted = false;
  let end = body.length;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      end = i;
      break;
    }
  }
  const line = body.slice(0, end);
  if (line.trim() === '') return [];
  try {
    return (parseCsv(line)[0] ?? []).map((name) => name.trim()).filter((name) => name !== '');
  } catch {
    // An unclosed quote in the first 64 KB: there is no header to offer.
    return [];
  }
}

/** The start of a file: its header's column names and the complete data rows that follow it. */
export interface CsvStart {
  readonly header: readonly string[];
  /** Data rows as read (blank ones left out), each cell by the header's position; at most SAMPLE_ROWS. */
  readonly rows: readonly (readonly string[])[];
}

/** Rows of the file's start looked at to guess its date layout. */
export const SAMPLE_ROWS = 500;

/**
 * The header and the data rows of CSV text. `whole` says the text is the whole file; otherwise its last
 * row may be cut, and only rows that end before the text does are given.
 */
export function csvStart(text: string, whole: boolean): CsvStart {
  const header = headerColumns(text);
  if (header.length === 0) return { header, rows: [] };
  const parser = new CsvParser();
  let rows: CsvRow[];
  try {
    rows = parser.push(text.replace(/^\uFEFF/, ''));
    if (whole) rows = [...rows, ...parser.end()];
  } catch {
    rows = [];
  }
  return {
    header,
    rows: rows
      .slice(1)
      .map((row) => row.values)
      .filter((values) => values.some((value) => value.trim() !== ''))
      .slice(0, SAMPLE_ROWS),
  };
}

/** The header and first rows of a file, reading only its start in the browser. */
export async function readCsvStart(file: Blob): Promise<CsvStart> {
  return csvStart(await file.slice(0, HEAD_BYTES).text(), file.size <= HEAD_BYTES);
}
