/**
 * Which answers the results of an anonymous survey may show. While it is open they move in steps: a
 * release is taken each time the number of responses reaches a multiple of the threshold k, and the
 * results shown are those of the release before the latest one. So every change anyone can see (from
 * one release to the next, and from the last one shown to the full results at close) adds at least k
 * new responses, and a re-submission, which changes no count, never shows on its own.
 */
export interface AnonymousRelease {
  /** Every current answer shows: the survey is closed (or named). */
  complete: boolean;
  /** The release shown while open, 0 for none yet; it holds generation × k responses. */
  generation: number;
  /** Open only: the responses the shown results hold (generation × k). */
  releasedResponses: number | null;
  /** Open only: the response count at which the shown results move next. */
  nextReleaseAt: number | null;
}

export function anonymousRelease(responses: number, threshold: number, closed: boolean): AnonymousRelease {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new Error('the threshold must be a whole number from 1');
  if (closed) return { complete: true, generation: 0, releasedResponses: null, nextReleaseAt: null };
  const steps = Math.floor(Math.max(0, responses) / threshold);
  // One step behind the latest release: the full results at close then differ by k answers or more.
  const generation = Math.max(0, steps - 1);
  return {
    complete: false,
    generation,
    releasedResponses: generation * threshold,
    nextReleaseAt: (steps + 1) * threshold,
  };
}

/**
 * The release to take when a new response brings the count to `responses`: its generation at each
 * multiple of the threshold, otherwise null (a re-submission keeps the count, so it never takes one).
 */
export function releaseTakenAt(responses: number, threshold: number): number | null {
  if (responses <= 0 || responses % threshold !== 0) return null;
  return responses / threshold;
}
