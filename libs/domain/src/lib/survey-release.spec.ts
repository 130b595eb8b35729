import fc from 'fast-check';

import { anonymousRelease, releaseTakenAt } from './survey-release';

describe('anonymousRelease', () => {
  it.each([
    // k = 5: nothing shows below 2k while open; then one step behind the latest release.
    [0, { generation: 0, releasedResponses: 0, nextReleaseAt: 5 }],
    [4, { generation: 0, releasedResponses: 0, nextReleaseAt: 5 }],
    [5, { generation: 0, releasedResponses: 0, nextReleaseAt: 10 }],
    [6, { generation: 0, releasedResponses: 0, nextReleaseAt: 10 }],
    [9, { generation: 0, releasedResponses: 0, nextReleaseAt: 10 }],
    [10, { generation: 1, releasedResponses: 5, nextReleaseAt: 15 }],
    [11, { generation: 1, releasedResponses: 5, nextReleaseAt: 15 }],
    [14, { generation: 1, releasedResponses: 5, nextReleaseAt: 15 }],
    [15, { generation: 2, releasedResponses: 10, nextReleaseAt: 20 }],
  ])(
    'should show the release one step behind when an open survey has %i responses (k = 5)',
    (responses, expected) => {
      expect(anonymousRelease(responses, 5, false)).toEqual({ complete: false, ...expected });
    },
  );

  it('should show every answer once the survey is closed, whatever the count', () => {
    for (const responses of [0, 4, 5, 6, 11]) {
      expect(anonymousRelease(responses, 5, true)).toEqual({
        complete: true,
        generation: 0,
        releasedResponses: null,
        nextReleaseAt: null,
      });
    }
  });

  it('should refuse a threshold that is not a whole number from 1', () => {
    expect(() => anonymousRelease(3, 0, false)).toThrow('the threshold must be a whole number from 1');
    expect(() => anonymousRelease(3, 2.5, false)).toThrow('the threshold must be a whole number from 1');
  });

  it('should never let the shown results move by fewer than k answers, while open or at close', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.boolean(), { maxLength: 80 }), (k, steps) => {
        // Responses arrive one at a time (true) or the survey is looked at again (false); it closes at the end.
        let responses = 0;
        let shown = 0;
        for (const arrives of steps) {
          if (arrives) responses++;
          const release = anonymousRelease(responses, k, false);
          const now = release.releasedResponses ?? 0;
          if (now !== shown) expect(now - shown).toBeGreaterThanOrEqual(k);
          expect(now % k).toBe(0);
          expect(now).toBeLessThanOrEqual(responses);
          shown = now;
        }
        // At close everything shows: it adds at least k to what was last shown, unless nothing was shown.
        if (shown > 0) expect(responses - shown).toBeGreaterThanOrEqual(k);
      }),
    );
  });
});

describe('releaseTakenAt', () => {
  it.each([
    [0, 3, null],
    [2, 3, null],
    [3, 3, 1],
    [4, 3, null],
    [5, 3, null],
    [6, 3, 2],
    [7, 3, null],
    [9, 3, 3],
  ])('should take a release at %i responses with k = %i: %p', (responses, k, expected) => {
    expect(releaseTakenAt(responses, k)).toBe(expected);
  });

  it('should have taken the release that anonymousRelease shows before it is shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 200 }), (k, responses) => {
        const { generation } = anonymousRelease(responses, k, false);
        if (generation === 0) return;
        // The count passed generation × k on its way up, one response at a time.
        expect(releaseTakenAt(generation * k, k)).toBe(generation);
        expect(generation * k).toBeLessThanOrEqual(responses - k);
      }),
    );
  });
});
