import { type Decimal } from 'decimal.js';

import { Dec } from './decimal';
import { type RuleReader } from './rule-reader';

/** As RuleReader reads a decimal; weights above 1 are reported there. */
const WEIGHT = /^\d{1,4}(\.\d{1,6})?$/;

/**
 * Keys are unique (inputs and versions match measures by key) and tiered weights add up to exactly 1.
 * Read from the raw items, so a measure with another problem (a blank label) still counts here.
 */
export function checkMeasureSet(reader: RuleReader, items: readonly unknown[]): void {
  const seen = new Map<string, number>();
  let sum: Decimal | null = new Dec(0);
  let tiered = 0;
  items.forEach((item, index) => {
    const key = member(item, 'key');
    const first = typeof key === 'string' ? seen.get(key) : undefined;
    if (first !== undefined) reader.report(`measures.${index}.key`, `repeats the key of measures.${first}`);
    else if (typeof key === 'string') seen.set(key, index);
    const kind = member(member(item, 'curve'), 'kind');
    const weight = member(item, 'weight');
    if (kind === 'COMMISSION') return;
    tiered += 1;
    // An unknown kind or an unreadable weight is reported where it is; the sum would only add noise.
    const readable = kind === 'TIERED' && typeof weight === 'string' && WEIGHT.test(weight);
    sum = sum !== null && readable ? sum.plus(weight) : null;
  });
  if (tiered > 0 && sum !== null && !sum.eq(1)) {
    reader.report(
      'measures',
      `the weights of the tiered measures add up to ${sum.toString()}; they must add up to 1`,
    );
  }
}

function member(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
