export interface RoutingCandidate {
  id: string;
  /** Share of leads relative to the others, 1 or more. */
  weight: number;
  /** Running credit of the smooth weighted round robin, kept between picks. */
  credit: number;
  /** Why the candidate cannot take a lead now (absent, at capacity, inactive); null when it can. */
  unavailable: string | null;
}

export interface RoutingPick {
  chosenId: string | null;
  /** The credits to store: unavailable candidates keep theirs unchanged. */
  credits: Map<string, number>;
}

/**
 * Smooth weighted round robin (as in nginx): every available candidate earns its weight, the one
 * with the most credit gets the lead and pays back the total weight. Over any run, leads follow the
 * weights and never bunch. Unavailable candidates neither earn nor pay, so a rep back from an
 * absence resumes their normal share without a catch-up burst. Ties go to the lowest id.
 */
export function pickWeightedRoundRobin(candidates: readonly RoutingCandidate[]): RoutingPick {
  const credits = new Map(candidates.map((c) => [c.id, c.credit]));
  const available = candidates.filter((c) => c.unavailable === null && c.weight > 0);
  if (available.length === 0) return { chosenId: null, credits };
  const total = available.reduce((sum, c) => sum + c.weight, 0);
  let chosen: RoutingCandidate | null = null;
  for (const candidate of available) {
    const credit = candidate.credit + candidate.weight;
    credits.set(candidate.id, credit);
    const best = chosen ? (credits.get(chosen.id) as number) : -Infinity;
    if (credit > best || (credit === best && chosen !== null && candidate.id < chosen.id)) chosen = candidate;
  }
  const winner = chosen as RoutingCandidate;
  credits.set(winner.id, (credits.get(winner.id) as number) - total);
  return { chosenId: winner.id, credits };
}
