import { types } from 'pg';

/** PostgreSQL's type id of `timestamptz`. */
export const TIMESTAMPTZ_OID = 1184;

const standard = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => Date | number | null;

const ZERO = 48;

/** The number the ASCII digits `text[from..to)` spell, or -1 if one of them is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A `timestamptz` as PostgreSQL writes it in its default ISO style (`2017-03-01 09:30:00.123456+00`, the
 * offset as `+HH`, `+HH:MM` or `+HH:MM:SS`) read without regular expressions, to the same `Date` as pg's own
 * parser (postgres-date), which reads anything else: years before 1000, BC, `infinity`, other date styles.
 * A list page reads a few hundred of these per request, most of them in columns nobody selected, and pg's
 * parser ran three regular expressions on each (docs/benchmarks.md, issue 16).
 */
export function parseTimestamptz(text: string): Date | number | null {
  const length = text.length;
  // Fixed positions of `YYYY-MM-DD HH:MM:SS`; a sign must follow, or a fraction and then a sign.
  if (
    length < 22 ||
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 32 || // space
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58
  )
    return standard(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (year < 1000 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return standard(text);
  let at = 19;
  let millisecond = 0;
  if (text.charCodeAt(at) === 46) {
    // .f to .ffffff: milliseconds are the first three digits, the rest is truncated as Date does.
    let end = at + 1;
    while (end < length && text.charCodeAt(end) >= ZERO && text.charCodeAt(end) <= ZERO + 9) end++;
    if (end === at + 1) return standard(text);
    const first3 = text.slice(at + 1, Math.min(end, at + 4)).padEnd(3, '0');
    millisecond = digits(first3, 0, 3);
    at = end;
  }
  const sign = text.charCodeAt(at);
  if (sign !== 43 && sign !== 45) return standard(text); // + or -
  // +HH, +HH:MM or +HH:MM:SS and nothing after it.
  const rest = length - at - 1;
  if (rest !== 2 && rest !== 5 && rest !== 8) return standard(text);
  const offsetHours = digits(text, at + 1, at + 3);
  const offsetMinutes = rest >= 5 && text.charCodeAt(at + 3) === 58 ? digits(text, at + 4, at + 6) : 0;
  const offsetSecs = rest === 8 && text.charCodeAt(at + 6) === 58 ? digits(text, at + 7, at + 9) : 0;
  if (
    offsetHours < 0 ||
    offsetMinutes < 0 ||
    offsetSecs < 0 ||
    (rest >= 5 && text.charCodeAt(at + 3) !== 58) ||
    (rest === 8 && text.charCodeAt(at + 6) !== 58)
  )
    return standard(text);
  const time = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (Number.isNaN(time)) return standard(text);
  const offsetMs = (offsetHours * 3600 + offsetMinutes * 60 + offsetSecs) * 1000;
  return new Date(sign === 43 ? time - offsetMs : time + offsetMs);
}

/**
 * The type parsers the pool's connections use: pg's own, with `parseTimestamptz` for `timestamptz`. Given
 * to the pool (`types`), not set on pg's global registry.
 */
export const PG_TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID && format !== 'binary'
      ? parseTimestamptz
      : types.getTypeParser(oid, format as 'text'),
};
