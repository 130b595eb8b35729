import { pickWeightedRoundRobin, type RoutingCandidate } from './weighted-round-robin';

function run(
  candidates: RoutingCandidate[],
  rounds: number,
  unavailableAt: (id: string, round: number) => string | null = () => null,
): string[] {
  let state = candidates;
  const picks: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const current = state.map((c) => ({ ...c, unavailable: unavailableAt(c.id, round) }));
    const pick = pickWeightedRoundRobin(current);
    if (pick.chosenId) picks.push(pick.chosenId);
    state = current.map((c) => ({ ...c, credit: pick.credits.get(c.id) as number }));
  }
  return picks;
}

const rep = (id: string, weight: number): RoutingCandidate => ({ id, weight, credit: 0, unavailable: null });

describe('pickWeightedRoundRobin', () => {
  it('should share leads by weight and interleave them instead of bunching', () => {
    const picks = run([rep('a', 3), rep('b', 1)], 8);
    expect(picks.filter((p) => p === 'a')).toHaveLength(6);
    expect(picks.filter((p) => p === 'b')).toHaveLength(2);
    expect(picks.join('')).not.toMatch(/aaaa/);
  });

  it('should give equal weights a plain rotation', () => {
    expect(run([rep('a', 1), rep('b', 1), rep('c', 1)], 6)).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('should skip an absent rep and not give them a catch-up burst when they return', () => {
    const absent = (id: string, round: number) => (id === 'b' && round < 10 ? 'absent' : null);
    const picks = run([rep('a', 1), rep('b', 1)], 20, absent);
    expect(picks.slice(0, 10)).toEqual(Array(10).fill('a'));
    // Back from absence: strict alternation, not ten leads in a row for b.
    expect(picks.slice(10).join('')).toMatch(/^(ab|ba){5}$/);
  });

  it('should give a tie to the lowest id, wherever it is in the list', () => {
    const pick = pickWeightedRoundRobin([rep('c', 1), rep('a', 1), rep('b', 1)]);
    expect(pick.chosenId).toBe('a');
    expect(pick.credits).toEqual(
      new Map([
        ['c', 1],
        ['a', -2],
        ['b', 1],
      ]),
    );
  });

  it('should give the lead to the most credit even when a lower id comes after it', () => {
    const pick = pickWeightedRoundRobin([{ ...rep('b', 1), credit: 5 }, rep('a', 1)]);
    expect(pick.chosenId).toBe('b');
    expect(pick.credits).toEqual(
      new Map([
        ['b', 4],
        ['a', 1],
      ]),
    );
  });

  it('should give no lead to a rep weighted 0, whatever credit they hold', () => {
    const pick = pickWeightedRoundRobin([{ ...rep('a', 0), credit: 100 }, rep('b', 1)]);
    expect(pick.chosenId).toBe('b');
    expect(pick.credits).toEqual(
      new Map([
        ['a', 100],
        ['b', 0],
      ]),
    );
  });

  it('should choose nobody when nobody is available, keeping every credit', () => {
    const pick = pickWeightedRoundRobin([{ ...rep('a', 1), credit: 2, unavailable: 'at capacity' }]);
    expect(pick.chosenId).toBeNull();
    expect(pick.credits.get('a')).toBe(2);
  });
});
