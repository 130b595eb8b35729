import { isCalendarDate } from './calendar-date';

/**
 * How a CSV file writes its dates: a pattern of one year, one month and one day token with separators.
 * Tokens: `YYYY` (four-digit year), `YY` (two-digit year: 00–69 is 2000–2069, 70–99 is 1970–1999, the
 * POSIX rule), `MM` (month, one or two digits), `MMM` (month by its English name or the name's first three
 * letters, any case: `Oct`, `october`), `DD` (day, one or two digits). Separators: `-`, `/`, `.`, space
 * and `,`; each must appear in the text as written. Nothing else may stand around the date (a time of day
 * is refused, so a timestamp column is not read as a date by mistake).
 */
export type DateFormat = string;

/** The layouts CRM exports commonly use, most common first; the GraphQL enum DateFormat names each. */
export const DATE_FORMATS = [
  'YYYY-MM-DD',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'DD.MM.YYYY',
  'YYYY/MM/DD',
  'DD-MM-YYYY',
  'MM-DD-YYYY',
  'DD/MM/YY',
  'MM/DD/YY',
  'DD.MM.YY',
  'DD-MM-YY',
  'MM-DD-YY',
  'YY-MM-DD',
  'DD-MMM-YYYY',
  'DD MMM YYYY',
  'MMM DD, YYYY',
] as const satisfies readonly DateFormat[];

export type NamedDateFormat = (typeof DATE_FORMATS)[number];

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

type Part = 'year2' | 'year4' | 'month' | 'monthName' | 'day';

interface CompiledFormat {
  pattern: RegExp;
  parts: Part[];
}

const TOKENS: [string, Part, string][] = [
  ['YYYY', 'year4', '(\\d{4})'],
  ['YY', 'year2', '(\\d{2})'],
  ['MMM', 'monthName', '([A-Za-z]{3,9})'],
  ['MM', 'month', '(\\d{1,2})'],
  ['DD', 'day', '(\\d{1,2})'],
];
const SEPARATORS = new Set(['-', '/', '.', ' ', ',']);

/** The longest pattern accepted: every token and a separator between each, with room for spaces. */
export const DATE_PATTERN_MAX = 20;

const compiled = new Map<string, CompiledFormat | null>();

/**
 * Reads a pattern into a regular expression; null when it is not one: a letter that is no token, a
 * character that is no separator, a year, month or day missing or given twice.
 */
function compile(format: DateFormat): CompiledFormat | null {
  if (compiled.has(format)) return compiled.get(format) ?? null;
  let result: CompiledFormat | null = null;
  if (format.length <= DATE_PATTERN_MAX) {
    const parts: Part[] = [];
    let source = '';
    let rest = format;
    while (rest.length > 0) {
      const token = TOKENS.find(([text]) => rest.startsWith(text));
      if (token) {
        parts.push(token[1]);
        source += token[2];
        rest = rest.slice(token[0].length);
      } else if (SEPARATORS.has(rest[0])) {
        source += rest[0] === '.' ? '\\.' : rest[0];
        rest = rest.slice(1);
      } else {
        source = '';
        break;
      }
    }
    const count = (kinds: Part[]) => parts.filter((part) => kinds.includes(part)).length;
    const whole = rest.length === 0 && source !== '';
    if (
      whole &&
      count(['year2', 'year4']) === 1 &&
      count(['month', 'monthName']) === 1 &&
      count(['day']) === 1
    )
      result = { pattern: new RegExp(`^${source}$`), parts };
  }
  if (compiled.size < 100) compiled.set(format, result);
  return result;
}

/** Whether a pattern can be read (see DateFormat for its tokens and separators). */
export function isDateFormat(format: string): boolean {
  return compile(format) !== null;
}

/** A month name or its first three letters, any case; null for anything else. */
function monthOfName(text: string): number | null {
  const lower = text.toLowerCase();
  const index = MONTHS.findIndex((name) => lower.length >= 3 && name.startsWith(lower));
  return index < 0 ? null : index + 1;
}

/** Reads a date written in the given layout as YYYY-MM-DD; null when it is not a real date in that layout. */
export function parseDate(text: string, format: DateFormat): string | null {
  const layout = compile(format);
  const match = layout?.pattern.exec(text.trim());
  if (!layout || !match) return null;
  let year = '';
  let month = '';
  let day = '';
  for (const [index, part] of layout.parts.entries()) {
    const value = match[index + 1];
    if (part === 'year4') year = value;
    else if (part === 'year2') year = `${Number(value) < 70 ? '20' : '19'}${value}`;
    else if (part === 'month') month = value;
    else if (part === 'day') day = value;
    else {
      const number = monthOfName(value);
      if (number === null) return null;
      month = String(number);
    }
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** Which of the common layouts read a file's dates, and whether the file leaves the choice open. */
export interface DateFormatGuess {
  /**
   * The layouts of DATE_FORMATS that read nearly as many samples as the best one (at least 90% of its
   * count: a few bad cells neither hide a layout nor settle a choice), in the order of DATE_FORMATS, the
   * most common first; empty when none reads any.
   */
  formats: NamedDateFormat[];
  /** Samples the best layout reads. */
  read: number;
  /**
   * True when two of those layouts read the samples differently (every day ≤ 12, or a two-digit year that
   * could be the day): the file alone cannot say which is meant.
   */
  ambiguous: boolean;
  /** Samples (non-empty) looked at. */
  samples: number;
}

/** Of the best count of samples read, the share another layout must read to stay a candidate. */
const NEAR_BEST = 0.9;

/** Guesses the layout of a column's dates from samples of it; empty cells are skipped. */
export function guessDateFormat(samples: readonly string[]): DateFormatGuess {
  const texts = samples.map((text) => text.trim()).filter((text) => text !== '');
  const readings = DATE_FORMATS.map((format) => {
    const days = texts.map((text) => parseDate(text, format));
    return { format, days, read: days.filter((day) => day !== null).length };
  });
  const read = Math.max(0, ...readings.map((reading) => reading.read));
  const best = read === 0 ? [] : readings.filter((reading) => reading.read >= Math.ceil(read * NEAR_BEST));
  const ambiguous = best.some((reading) => reading.days.some((day, index) => day !== best[0].days[index]));
  return { formats: best.map((reading) => reading.format), read, ambiguous, samples: texts.length };
}

const MONTH_SHORT = MONTHS.map((name) => name[0].toUpperCase() + name.slice(1, 3));

/** A YYYY-MM-DD day written in a layout (months by name in English, e.g. `Mar`), to show what it means. */
export function writeDate(iso: string, format: DateFormat): string {
  const [year, month, day] = iso.split('-');
  return format.replace(/YYYY|YY|MMM|MM|DD/g, (token) => {
    if (token === 'YYYY') return year;
    if (token === 'YY') return year.slice(2);
    if (token === 'MMM') return MONTH_SHORT[Number(month) - 1];
    return token === 'MM' ? month : day;
  });
}
