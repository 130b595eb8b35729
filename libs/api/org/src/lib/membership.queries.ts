import { sql, type SqlFragment } from '@salesops/api/core';

/**
 * Which deals a subject's figures count, as a condition on deal `d` on the day `onDate` (an SQL date
 * expression): a rep's own deals; a team's, the deals of whoever was in the team or below it on that day
 * (effective-dated membership, as goals and the dashboard count them); the company's, every owned deal.
 */
export type SubjectFilter = { kind: 'REP'; id: string } | { kind: 'TEAM'; id: string } | { kind: 'COMPANY' };

export function dealsOfSubject(subject: SubjectFilter, onDate: SqlFragment): SqlFragment {
  switch (subject.kind) {
    case 'REP':
      return sql`d.rep_id = ${subject.id}::uuid`;
    case 'TEAM':
      return sql`EXISTS (
        SELECT 1 FROM rep_team_membership m
         WHERE m.rep_id = d.rep_id AND m.team_id IN (${subtreeOf(subject.id)})
           AND ${onDate} >= m.valid_from AND (m.valid_to IS NULL OR ${onDate} < m.valid_to))`;
    case 'COMPANY':
      return sql`d.rep_id IS NOT NULL`;
  }
}

/** The ids of a team and every team below it, as a subquery. */
export function subtreeOf(teamId: string): SqlFragment {
  return sql`WITH RECURSIVE sub AS (
      SELECT id FROM team WHERE id = ${teamId}::uuid
      UNION SELECT t.id FROM team t JOIN sub ON t.parent_id = sub.id
    ) SELECT id FROM sub`;
}
