import { timeOrderedIds } from './time-ordered-ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedIds', () => {
  it('should give version 7 UUIDs with the RFC variant when asked for many', () => {
    const ids = timeOrderedIds(1000);
    expect(ids).toHaveLength(1000);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it("should draw every random digit and the variant's two free bits when many ids are made", () => {
    const ids = timeOrderedIds(2000, 1_800_000_000_000);
    for (const at of [15, 16, 17, 20, 21, 22, 24, 35]) expect(new Set(ids.map((id) => id[at])).size).toBe(16);
    expect(new Set(ids.map((id) => id[19]))).toEqual(new Set(['8', '9', 'a', 'b']));
  });

  it('should give distinct ids when they share a millisecond', () => {
    const ids = timeOrderedIds(5000, 1_800_000_000_000);
    expect(new Set(ids).size).toBe(5000);
  });

  it('should start with the time in milliseconds when one is given', () => {
    const now = Date.UTC(2026, 11, 7, 15, 30);
    const [id] = timeOrderedIds(1, now);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(now);
  });

  it('should sort later ids after earlier ones when their milliseconds differ', () => {
    const [earlier] = timeOrderedIds(1, 1_800_000_000_000);
    const [later] = timeOrderedIds(1, 1_800_000_000_001);
    expect(earlier < later).toBe(true);
  });

  it('should give nothing when asked for none', () => {
    expect(timeOrderedIds(0)).toEqual([]);
  });
});
