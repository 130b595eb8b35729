import { type RoutingRuleRowFragment } from '@salesops/portal/data-access';

export type RoutingRule = RoutingRuleRowFragment;
export type RepAbsence = RoutingRule['absences'][number];

/** True when the rule's rep is in the weighted draw at all: active and weight above 0. */
export function takesPart(rule: Pick<RoutingRule, 'repActive' | 'weight'>): boolean {
  return rule.repActive && rule.weight > 0;
}

/** Sum of the weights of the reps that take part, leaving one rep out (for "what if" previews). */
export function totalWeight(rules: readonly RoutingRule[], exceptRepId: string | null = null): number {
  return rules.reduce(
    (sum, rule) => (rule.repId !== exceptRepId && takesPart(rule) ? sum + rule.weight : sum),
    0,
  );
}

/**
 * Each rep's share of new leads implied by the weights alone (0.25 = 25%), among the active reps
 * with a weight above 0; reps outside the draw get null. Absences and caps are left out: they only
 * pass a rep's turns to the others while they last.
 */
export function sharesOfLeads(rules: readonly RoutingRule[]): ReadonlyMap<string, number | null> {
  const total = totalWeight(rules);
  return new Map(
    rules.map((rule) => [rule.repId, takesPart(rule) && total > 0 ? rule.weight / total : null]),
  );
}

/** The share a rep would get with `weight`, the other reps' weights staying as they are. */
export function shareWithWeight(weight: number, othersTotal: number, active: boolean): number | null {
  if (!active || !Number.isInteger(weight) || weight <= 0) return null;
  return weight / (othersTotal + weight);
}

/** How full the monthly cap is, 0..1 for the bar; null without a cap. A cap of 0 is full at once. */
export function capUsed(rule: Pick<RoutingRule, 'capacityPerMonth' | 'routedThisMonth'>): number | null {
  const cap = rule.capacityPerMonth;
  if (cap === null) return null;
  if (cap === 0) return 1;
  return Math.min(1, rule.routedThisMonth / cap);
}

export function atCap(rule: Pick<RoutingRule, 'capacityPerMonth' | 'routedThisMonth'>): boolean {
  return rule.capacityPerMonth !== null && rule.routedThisMonth >= rule.capacityPerMonth;
}

/** True when `day` (YYYY-MM-DD) falls inside the absence, both ends included. */
export function coversDay(absence: Pick<RepAbsence, 'startsOn' | 'endsOn'>, day: string): boolean {
  return absence.startsOn <= day && day <= absence.endsOn;
}

export function absentOn(rule: Pick<RoutingRule, 'absences'>, day: string): boolean {
  return rule.absences.some((absence) => coversDay(absence, day));
}

/** Reps whose name contains every word of the search, ignoring case and accents. */
export function filterByName(rules: readonly RoutingRule[], search: string): RoutingRule[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rules];
  return rules.filter((rule) => {
    const name = fold(rule.repName);
    return words.every((word) => name.includes(word));
  });
}

export interface RoutingSummary {
  /** Active reps with a weight above 0. */
  readonly inRouting: number;
  readonly absentToday: number;
  readonly atCap: number;
  readonly routedThisMonth: number;
}

export function summarizeRules(rules: readonly RoutingRule[], today: string): RoutingSummary {
  return {
    inRouting: rules.filter(takesPart).length,
    absentToday: rules.filter((rule) => rule.repActive && absentOn(rule, today)).length,
    atCap: rules.filter((rule) => takesPart(rule) && atCap(rule)).length,
    routedThisMonth: rules.reduce((sum, rule) => sum + rule.routedThisMonth, 0),
  };
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}
