import { daysBetween } from '@salesops/domain';

/** A stretch of days [from, to): `to` null while open-ended. */
export interface Span {
  repId: string;
  from: string;
  to: string | null;
}

export interface AssignmentSpan extends Span {
  versionId: string;
}

export interface MembershipSpan extends Span {
  teamId: string;
}

/** Days of a pay period under one plan version and one team (null: in no team on those days). */
export interface PaySegment {
  repId: string;
  versionId: string;
  teamId: string | null;
  from: string;
  to: string;
  days: number;
}

const covers = (span: Span, day: string) => span.from <= day && (span.to === null || span.to > day);

/**
 * Splits a pay period [start, end) into each rep's segments: a new segment starts wherever the rep's plan
 * version or team changes, and days on no plan are left out (they pay nothing). Adjacent days under the
 * same version and team stay one segment, so an unchanged rep has exactly one.
 */
export function paySegments(
  period: { start: string; end: string },
  assignments: readonly AssignmentSpan[],
  memberships: readonly MembershipSpan[],
): Map<string, PaySegment[]> {
  const byRep = new Map<string, PaySegment[]>();
  const repIds = [...new Set(assignments.map((a) => a.repId))];
  for (const repId of repIds) {
    const own = assignments.filter((a) => a.repId === repId);
    const teams = memberships.filter((m) => m.repId === repId);
    const cuts = new Set([period.start, period.end]);
    for (const span of [...own, ...teams]) {
      for (const day of [span.from, span.to])
        if (day !== null && day > period.start && day < period.end) cuts.add(day);
    }
    const days = [...cuts].sort();
    const segments: PaySegment[] = [];
    for (let i = 0; i + 1 < days.length; i++) {
      const [from, to] = [days[i], days[i + 1]];
      const assignment = own.find((a) => covers(a, from));
      if (!assignment) continue;
      const teamId = teams.find((m) => covers(m, from))?.teamId ?? null;
      const last = segments.at(-1);
      if (last && last.to === from && last.versionId === assignment.versionId && last.teamId === teamId) {
        last.to = to;
        last.days = daysBetween(last.from, to);
      } else {
        segments.push({
          repId,
          versionId: assignment.versionId,
          teamId,
          from,
          to,
          days: daysBetween(from, to),
        });
      }
    }
    if (segments.length) byRep.set(repId, segments);
  }
  return byRep;
}
