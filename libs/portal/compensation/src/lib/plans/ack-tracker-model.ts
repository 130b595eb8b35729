import { type PlanAssignmentRowFragment } from '@salesops/portal/data-access';

/** Those who have not accepted first, then by name; one row per rep (their latest assignment). */
export function trackerRows(assignments: readonly PlanAssignmentRowFragment[]): PlanAssignmentRowFragment[] {
  const byRep = new Map<string, PlanAssignmentRowFragment>();
  for (const assignment of assignments) {
    const seen = byRep.get(assignment.repId);
    if (!seen || assignment.validFrom > seen.validFrom) byRep.set(assignment.repId, assignment);
  }
  return [...byRep.values()].sort(
    (a, b) =>
      Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) ||
      a.repName.localeCompare(b.repName),
  );
}
