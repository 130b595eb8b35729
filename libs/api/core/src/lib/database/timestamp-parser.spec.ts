import { types } from 'pg';

import { parseTimestamptz, PG_TYPES, TIMESTAMPTZ_OID } from './timestamp-parser';

const standard = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => Date | number | null;

/** The same instant, or the same non-date answer (`Infinity`, null). */
function asComparable(value: Date | number | null): number | null {
  return value instanceof Date ? value.getTime() : value;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('parseTimestamptz', () => {
  it("should read every ISO-style timestamptz PostgreSQL writes to the same instant as pg's own parser", () => {
    // A deterministic spread: years 1000-9999, every fraction length, offsets as +HH, +HH:MM and +HH:MM:SS.
    let seed = 7;
    const next = (bound: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % bound) | 0;
    const offsets = [
      '+00',
      '-00',
      '+01',
      '-08',
      '+05:30',
      '-03:30',
      '+05:45',
      '+14',
      '-12',
      '+00:53:28',
      '-00:25:21',
    ];
    const differing: unknown[] = [];
    for (let i = 0; i < 20_000; i++) {
      const fraction = next(7); // 0 = none, 1..6 digits
      const text =
        `${1000 + next(9000)}-${pad(1 + next(12))}-${pad(1 + next(28))} ` +
        `${pad(next(24))}:${pad(next(60))}:${pad(next(60))}` +
        (fraction ? `.${String(next(10 ** fraction)).padStart(fraction, '0')}` : '') +
        offsets[next(offsets.length)];
      const ours = asComparable(parseTimestamptz(text));
      if (ours === null || ours !== asComparable(standard(text))) differing.push([text, ours]);
    }
    expect(differing).toEqual([]);
  });

  it('should read the instant of a timestamp with a non-zero offset', () => {
    expect((parseTimestamptz('2017-03-01 09:30:00.5+05:30') as Date).toISOString()).toBe(
      '2017-03-01T04:00:00.500Z',
    );
    expect((parseTimestamptz('2016-12-31 23:59:59.999999-08') as Date).toISOString()).toBe(
      '2017-01-01T07:59:59.999Z',
    );
  });

  it("should leave what it does not read (early years, BC, infinity, other styles) to pg's own parser", () => {
    for (const text of [
      '0099-01-01 00:00:00+00',
      '0850-06-15 12:00:00+00',
      '2017-03-01 09:30:00+00 BC',
      'infinity',
      '-infinity',
      '12017-03-01 09:30:00+00',
      '2017-03-01T09:30:00Z',
      '2017-03-01 09:30:00',
      '2017-03-01 09:30:00.+00',
      '2017-03-01 09:30:00+0x',
      '2017-03-01 09:30:00+05;30',
      '2017-03-01 09:3a:00+00',
    ]) {
      expect([text, asComparable(parseTimestamptz(text))]).toEqual([text, asComparable(standard(text))]);
    }
  });

  it('should be what the pool uses for timestamptz only, and pg’s own parser for every other type', () => {
    expect(PG_TYPES.getTypeParser(TIMESTAMPTZ_OID, 'text')).toBe(parseTimestamptz);
    expect(PG_TYPES.getTypeParser(TIMESTAMPTZ_OID)).toBe(parseTimestamptz);
    for (const oid of [16, 20, 23, 25, 1082, 1114, 1700, 2950])
      expect(PG_TYPES.getTypeParser(oid, 'text')).toBe(types.getTypeParser(oid, 'text'));
    expect(PG_TYPES.getTypeParser(TIMESTAMPTZ_OID, 'binary')).toBe(
      types.getTypeParser(TIMESTAMPTZ_OID, 'binary'),
    );
  });
});
