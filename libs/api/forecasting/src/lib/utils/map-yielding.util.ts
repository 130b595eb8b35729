/**
 * Subjects forecast between two turns of the event loop. A new series costs ~9 ms (the smoothing fits of
 * its backtest; a repeated one is answered from forecastWindow's memo), so a 10,000-rep company's
 * suggestions never hold the server for more than ~50 ms at a time: other requests go on meanwhile.
 */
export const ITEMS_PER_TURN = 5;

/** Maps in order, letting the event loop turn (setImmediate) after every `perTurn` items. */
export async function mapYielding<T, R>(
  items: readonly T[],
  map: (item: T) => R,
  perTurn = ITEMS_PER_TURN,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % perTurn === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    out.push(map(items[i]));
  }
  return out;
}
