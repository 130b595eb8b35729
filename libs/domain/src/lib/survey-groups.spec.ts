import fc from 'fast-check';

import { type SurveyGroup, visibleGroups } from './survey-groups';

const g = (id: string, parentId: string | null, responses: number): SurveyGroup => ({
  id,
  parentId,
  responses,
});
const shown = (groups: SurveyGroup[], total: number, k: number) =>
  [...visibleGroups(groups, total, k)].sort();

describe('visibleGroups', () => {
  it('should show a group of exactly k, and hide one of k - 1, when the rest is large', () => {
    // b and c have 10 each and 5 answers belong to no team, so what a's hiding leaves over is large.
    const top = (a: number) => [g('a', null, a), g('b', null, 10), g('c', null, 10)];
    expect(shown(top(4), 29, 5)).toEqual(['b', 'c']);
    expect(shown(top(5), 30, 5)).toEqual(['a', 'b', 'c']);
    expect(shown(top(6), 31, 5)).toEqual(['a', 'b', 'c']);
    // Without the 5 others, hiding a group of 4 leaves 4 over: the next smallest hides with it.
    expect(shown([g('a', null, 4), g('b', null, 26)], 30, 5)).toEqual([]);
  });

  it('should show nothing when the whole survey has k - 1 answers, and the whole at exactly k', () => {
    expect(shown([g('a', null, 4)], 4, 5)).toEqual([]);
    expect(shown([g('a', null, 5)], 5, 5)).toEqual(['a']); // the group is the whole: nothing to subtract
  });

  it('should hide a group whose rest within the parent has k - 1, and show it when the rest has k or k + 1', () => {
    // Parent p (20) has one child c and direct members; p - c is the atom.
    const tree = (child: number) => [g('p', null, 20), g('c', 'p', child)];
    expect(shown(tree(16), 20, 5)).toEqual(['p']); // 4 left over: c hides
    expect(shown(tree(15), 20, 5)).toEqual(['c', 'p']); // exactly 5
    expect(shown(tree(14), 20, 5)).toEqual(['c', 'p']); // 6
    expect(shown(tree(20), 20, 5)).toEqual(['c', 'p']); // nothing left over: same answers twice
  });

  it('should stop the move-a-rep attack: two shown teams must not leave a team of one to subtract', () => {
    // The region above three teams: A and B have 5 each, the rep moved into a team of their own has 1.
    const region = [g('r', null, 11), g('a', 'r', 5), g('b', 'r', 5), g('solo', 'r', 1)];
    const visible = shown(region, 11, 5);
    expect(visible).not.toContain('solo');
    // Showing r, a and b would give solo = r - a - b; one of a and b (the first by id on a tie) hides with it.
    expect(visible).toEqual(['b', 'r']);
    // With one more answer in the region's other teams the leftover is still short.
    expect(shown([g('r', null, 12), g('a', 'r', 6), g('b', 'r', 5), g('solo', 'r', 1)], 12, 5)).toEqual([
      'a',
      'r',
    ]);
  });

  it('should count answers of people in no team (joined after publication) in the whole survey', () => {
    // 3 answers belong to no team: the whole minus the one team is 3, under k, so the team hides.
    expect(shown([g('a', null, 10)], 13, 5)).toEqual([]);
    expect(shown([g('a', null, 10)], 15, 5)).toEqual(['a']);
  });

  it('should look through a hidden team to the shown teams below it', () => {
    // t (hidden: its atom with u) has u below; the whole minus u minus v is t's leftover 2 plus nothing.
    const groups = [g('t', null, 8), g('u', 't', 6), g('v', null, 10)];
    const visible = shown(groups, 18, 5);
    // t - u = 2 is short: u hides (t shows whole), or t hides and u stays: never both t and u.
    expect(visible.includes('t') && visible.includes('u')).toBe(false);
  });

  it('should leave every figure that can be worked out from the shown ones at 0 or at least k', () => {
    // Random trees: check that each atom (shown group minus the shown groups nearest below) is 0 or >= k.
    const arbitraryTree = fc.array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 9 })), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        arbitraryTree,
        fc.integer({ min: 1, max: 6 }),
        fc.nat({ max: 4 }),
        (spec, k, unassigned) => {
          // Node i hangs under an earlier node (or the top) and has some direct members.
          const parents = spec.map(([p], i) => (i === 0 || p >= i ? null : `n${p}`));
          const direct = spec.map(([, n]) => n);
          const responses = spec.map((_, i) => subtree(i));
          function subtree(i: number): number {
            return (
              direct[i] + parents.reduce((sum, parent, j) => (parent === `n${i}` ? sum + subtree(j) : sum), 0)
            );
          }
          const groups = spec.map((_, i) => g(`n${i}`, parents[i], responses[i]));
          const total =
            unassigned + groups.filter((x) => x.parentId === null).reduce((sum, x) => sum + x.responses, 0);
          const visible = visibleGroups(groups, total, k);
          if (total < k) return expect(visible.size).toBe(0);
          const nearest = (id: string | null): SurveyGroup[] =>
            groups.filter((x) => x.parentId === id).flatMap((x) => (visible.has(x.id) ? [x] : nearest(x.id)));
          for (const id of [null, ...visible]) {
            const own = id === null ? total : (groups.find((x) => x.id === id)?.responses ?? 0);
            const atom = own - nearest(id).reduce((sum, x) => sum + x.responses, 0);
            expect(atom === 0 || atom >= k).toBe(true);
          }
          for (const id of visible) expect((groups.find((x) => x.id === id)?.responses ?? 0) >= k).toBe(true);
          return undefined;
        },
      ),
    );
  });
});
