import { randomBytes } from 'node:crypto';

/**
 * `count` version 7 UUIDs (RFC 9562): the first 48 bits are the time in milliseconds, the other 74 are
 * random. Rows keyed by them go in at the end of their indexes instead of on a random page of each: with
 * random ids a batch of 5,000 new deals touched thousands of pages of a million-row index, each read in
 * and written back, and written whole to the WAL the first time after every checkpoint (decision 0033).
 */
export function timeOrderedIds(count: number, now: number = Date.now()): string[] {
  const time = now.toString(16).padStart(12, '0');
  const prefix = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
  const bytes = randomBytes(count * 10);
  const ids = new Array<string>(count);
  for (let i = 0, at = 0; i < count; i++, at += 10) {
    const hex = (offset: number) => HEX[bytes[at + offset]];
    // 12 random bits after the version; the variant (10) and 14 random bits, two of them from the tenth
    // byte; 48 random bits.
    ids[i] =
      `${prefix}${hex(0)}${hex(1)[0]}-${VARIANT[bytes[at + 9] & 0x3]}${hex(1)[1]}${hex(2)}-` +
      `${hex(3)}${hex(4)}${hex(5)}${hex(6)}${hex(7)}${hex(8)}`;
  }
  return ids;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const VARIANT = ['8', '9', 'a', 'b'];
