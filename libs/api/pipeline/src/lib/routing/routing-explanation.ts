import { RoutingSkipReason } from './routing.dto';

/** A rep passed over for a lead, and why. */
export interface RoutingSkip {
  repName: string;
  why: RoutingSkipReason;
  until: string | null;
  capacity: number | null;
}

/** The facts behind a routing decision, kept with it (routing_decision.explanation). */
export interface RoutingExplanation {
  /** The chosen rep's weight; null when nobody was chosen. */
  weight: number | null;
  availableReps: number;
  skipped: RoutingSkip[];
}

/** What keeps a rep from taking a lead today, or null when they can. */
export function skipReasonOf(
  rep: { active: boolean; weight: number; absentUntil: string | null; capacityPerMonth: number | null },
  routedThisMonth: number,
): Omit<RoutingSkip, 'repName'> | null {
  if (!rep.active) return { why: RoutingSkipReason.INACTIVE, until: null, capacity: null };
  if (rep.weight === 0) return { why: RoutingSkipReason.ZERO_WEIGHT, until: null, capacity: null };
  if (rep.absentUntil) return { why: RoutingSkipReason.ABSENT, until: rep.absentUntil, capacity: null };
  if (rep.capacityPerMonth !== null && routedThisMonth >= rep.capacityPerMonth) {
    return { why: RoutingSkipReason.AT_CAPACITY, until: null, capacity: rep.capacityPerMonth };
  }
  return null;
}

/** The decision in English words, as `RoutingDecision.reason` gives it. */
export function routingReason(chosenName: string | null, explanation: RoutingExplanation): string {
  const skipped = explanation.skipped.map((skip) => `${skip.repName} (${skipText(skip)})`);
  if (chosenName === null) return `No rep available: ${skipped.join(', ') || 'no reps'}`;
  return (
    `Weighted round robin: ${chosenName} had the most credit (weight ${explanation.weight}) among ${explanation.availableReps} available reps` +
    (skipped.length ? `; skipped ${skipped.join(', ')}` : '')
  );
}

function skipText(skip: RoutingSkip): string {
  switch (skip.why) {
    case RoutingSkipReason.INACTIVE:
      return 'inactive';
    case RoutingSkipReason.ZERO_WEIGHT:
      return 'weight 0';
    case RoutingSkipReason.ABSENT:
      return `absent until ${skip.until}`;
    case RoutingSkipReason.AT_CAPACITY:
      return `capacity ${skip.capacity} reached this month`;
  }
}
