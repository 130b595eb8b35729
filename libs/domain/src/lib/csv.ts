/** The input ended inside a quoted field: the row it started cannot be read. */
export class CsvUnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`Unclosed quote in the row starting on line ${line}`);
    this.name = 'CsvUnclosedQuoteError';
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
/** The characters that end a run of plain field text: comma, quote, line feed, carriage return. */
const SPECIAL = new Set([0x2c, QUOTE, LF, 0x0d]);

/**
 * Incremental RFC 4180 parser: feed text chunks as they arrive, get complete rows back with the
 * line number each started on. Quoted fields may hold commas, doubled quotes and line breaks, and a
 * chunk may end anywhere, even inside a quoted field.
 */
export class CsvParser {
  private row: string[] = [];
  private field = '';
  private quoted = false;
  private quoteClosed = false;
  private pendingCr = false;
  private started = false;
  private line = 1;
  private rowLine = 1;

  push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = [];
    let text = chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (this.pendingCr) {
        this.pendingCr = false;
        if (char === '\n') continue;
      }
      if (this.quoted) {
        if (char === '"') {
          if (this.quoteClosed) {
            this.field += '"';
            this.quoteClosed = false;
          } else {
            this.quoteClosed = true;
          }
          continue;
        }
        if (!this.quoteClosed) {
          // The run of text up to the next quote, taken at once.
          let end = i;
          while (end < text.length && text.charCodeAt(end) !== QUOTE) {
            if (text.charCodeAt(end) === LF) this.line++;
            end++;
          }
          this.field += text.slice(i, end);
          i = end - 1;
          continue;
        }
        this.quoted = false;
        this.quoteClosed = false;
      }
      if (char === '"' && this.field === '') {
        this.quoted = true;
      } else if (char === ',') {
        this.row.push(this.field);
        this.field = '';
      } else if (char === '\n' || char === '\r') {
        this.pendingCr = char === '\r';
        rows.push(this.finishRow());
        this.line++;
        this.rowLine = this.line;
      } else {
        // The run of plain characters up to the next comma, quote or line end, taken at once.
        let end = i + 1;
        while (end < text.length && !SPECIAL.has(text.charCodeAt(end))) end++;
        this.field += text.slice(i, end);
        i = end - 1;
      }
    }
    return rows;
  }

  /** Call once the input is complete; returns the last row if the text did not end with a newline. */
  end(): CsvRow[] {
    if (this.quoted && !this.quoteClosed) throw new CsvUnclosedQuoteError(this.rowLine);
    if (this.field === '' && this.row.length === 0) return [];
    return [this.finishRow()];
  }

  private finishRow(): CsvRow {
    this.row.push(this.field);
    const row = { line: this.rowLine, values: this.row };
    this.row = [];
    this.field = '';
    this.quoted = false;
    this.quoteClosed = false;
    return row;
  }
}

export interface CsvRow {
  /** 1-based line of the file on which the row starts. */
  line: number;
  values: string[];
}

/** Parses a whole CSV text into rows of strings. */
export function parseCsv(text: string): string[][] {
  const parser = new CsvParser();
  return [...parser.push(text), ...parser.end()].map((row) => row.values);
}

/** Parses CSV with a header row into records keyed by the (trimmed) header names; blank lines skipped. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((name) => name.trim());
  return rows
    .filter((row) => row.some((value) => value.trim() !== ''))
    .map((row) => Object.fromEntries(names.map((name, index) => [name, row[index] ?? ''])));
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One row as RFC 4180 CSV text, each cell as it is (no line end): quoted only where it holds a comma, a
 * quote or a line break, with quotes doubled. parseCsv reads it back to the same cells.
 */
export function csvLine(values: readonly string[]): string {
  return values
    .map((value) => (NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value))
    .join(',');
}

/**
 * A first guess of which header column holds which field: the first synonym of each field found among the
 * column names, compared without case, spaces or punctuation ("Deal ID" is `dealid`). The user corrects it.
 */
export function guessColumnsBySynonyms<F extends string>(
  header: readonly string[],
  synonyms: Readonly<Record<F, readonly string[]>>,
): Partial<Record<F, string>> {
  const byKey = new Map(header.map((name) => [name.toLowerCase().replace(/[^a-z0-9]/g, ''), name]));
  const guess: Partial<Record<F, string>> = {};
  for (const field of Object.keys(synonyms) as F[]) {
    const match = synonyms[field].find((synonym) => byKey.has(synonym));
    if (match) guess[field] = byKey.get(match);
  }
  return guess;
}
