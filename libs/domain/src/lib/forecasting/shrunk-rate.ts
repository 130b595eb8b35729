/**
 * A rate shrunk toward a prior (empirical Bayes with a Beta prior): the posterior mean
 * (successes + k·p0) / (trials + k) of Beta(k·p0, k·(1-p0)) updated by the observed record.
 * `priorStrength` k is how many trials the team rate p0 is worth: a rep with 3 of 4 won reads close to
 * the team, one with 300 of 400 reads close to their own 0.75. Null when there is neither data nor prior.
 */
export function shrunkRate(
  successes: number,
  trials: number,
  priorRate: number,
  priorStrength: number,
): number | null {
  if (!(trials >= 0) || !(successes >= 0) || successes > trials) {
    throw new RangeError(`shrunkRate: need 0 <= successes <= trials, got ${successes} of ${trials}`);
  }
  if (!(priorRate >= 0 && priorRate <= 1) || !(priorStrength >= 0) || !Number.isFinite(priorStrength)) {
    throw new RangeError('shrunkRate: priorRate must be within [0, 1] and priorStrength finite and >= 0');
  }
  const weight = trials + priorStrength;
  if (weight === 0) return null;
  return (successes + priorStrength * priorRate) / weight;
}
