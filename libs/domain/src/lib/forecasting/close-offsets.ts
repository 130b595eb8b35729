/**
 * The empirical close-day offsets of one open deal, which simulatePipeline draws from: a plain array, or
 * a view on an ascending pool of past cycles that many deals share, so a company's hundreds of thousands
 * of past wins are neither copied nor scanned once per deal.
 */
export interface CloseOffsets {
  readonly length: number;
  /** The offset at index i, 0 ≤ i < length. */
  at(index: number): number;
  /** How many offsets lie in [0, windowDays). */
  countWithin(windowDays: number): number;
}

/** Offsets held in a plain array, in its order. */
export function arrayOffsets(values: readonly number[]): CloseOffsets {
  return {
    length: values.length,
    at: (index) => values[index],
    countWithin: (windowDays) => values.filter((o) => o >= 0 && o < windowDays).length,
  };
}

/** The first index of an ascending array whose value is ≥ `value` (its length when none is). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The offsets c − minus of the cycles c ≥ atLeast of an ascending pool, in the pool's order: the same
 * values, at the same indexes, as `sorted.filter((c) => c >= atLeast).map((c) => c - minus)`, without
 * building that array.
 */
export function sortedTailOffsets(sorted: readonly number[], atLeast: number, minus: number): CloseOffsets {
  const from = lowerBound(sorted, atLeast);
  return {
    length: sorted.length - from,
    at: (index) => sorted[from + index] - minus,
    // o = c − minus in [0, windowDays)  ⇔  c in [minus, minus + windowDays), within the tail.
    countWithin: (windowDays) =>
      Math.max(0, lowerBound(sorted, minus + windowDays) - Math.max(from, lowerBound(sorted, minus))),
  };
}
