import { ITEMS_PER_TURN, mapYielding } from './map-yielding.util';

describe('mapYielding', () => {
  it('should map in order and let other work run between every few items', async () => {
    const events: string[] = [];
    const items = Array.from({ length: 3 * ITEMS_PER_TURN + 1 }, (_, i) => i);
    // Queued before the mapping starts: it must run after the first turn's items, not after all of them.
    setImmediate(() => events.push('other request'));
    const mapped = await mapYielding(items, (item) => {
      events.push(`item ${item}`);
      return item * 2;
    });
    expect(mapped).toEqual(items.map((item) => item * 2));
    expect(events.indexOf('other request')).toBe(ITEMS_PER_TURN);
  });

  it('should answer an empty list at once', async () => {
    expect(await mapYielding([], () => 1)).toEqual([]);
  });
});
