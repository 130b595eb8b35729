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
  const random = randomBytes(count * 10).toString('hex');
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const r = random.slice(i * 20, i * 20 + 20);
    // The variant's two bits (10) over the first hex digit of the second random group.
    const variant = ((parseInt(r[3], 16) & 0x3) | 0x8).toString(16);
    ids[i] = `${prefix}${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-${r.slice(7, 19)}`;
  }
  return ids;
}
