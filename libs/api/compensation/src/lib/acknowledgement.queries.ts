import { runSql, sql } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

import { type PlanVersionRow, planVersions } from './comp-plan.queries';

type Runner = Pick<EntityManager, 'query'>;

export interface MyAssignmentRow {
  id: string;
  plan_version_id: string;
  valid_from: string;
  valid_to: string | null;
  accepted_at: Date | null;
}

/** A rep's assignments that have not ended by `today`, newest first, with when they accepted that version as it reads now. */
export function repAssignmentsFrom(runner: Runner, repId: string, today: string): Promise<MyAssignmentRow[]> {
  return runSql(
    runner,
    sql`SELECT a.id, a.plan_version_id, a.valid_from::text, a.valid_to::text, k.accepted_at
          FROM plan_assignment a
          JOIN comp_plan_version v ON v.id = a.plan_version_id
          LEFT JOIN plan_acknowledgement k ON k.rep_id = a.rep_id AND k.plan_version_id = v.id AND k.content_hash = v.content_hash
         WHERE a.rep_id = ${repId}::uuid AND coalesce(a.valid_to, 'infinity'::date) > ${today}::date
         ORDER BY a.valid_from DESC`,
  );
}

/** The versions of these plans the rep has accepted (any content). */
export function acceptedVersionsOfPlans(
  runner: Runner,
  planIds: readonly string[],
  repId: string,
  today: string,
): Promise<PlanVersionRow[]> {
  return planVersions(
    runner,
    sql`v.plan_id = ANY(${planIds}::uuid[])
        AND EXISTS (SELECT 1 FROM plan_acknowledgement k WHERE k.plan_version_id = v.id AND k.rep_id = ${repId}::uuid)`,
    today,
  );
}

/** One version, only when the rep has been assigned it (at any time); none otherwise. */
export function versionAssignedToRep(
  runner: Runner,
  versionId: string,
  repId: string,
  today: string,
): Promise<PlanVersionRow[]> {
  return planVersions(
    runner,
    sql`v.id = ${versionId}::uuid
        AND EXISTS (SELECT 1 FROM plan_assignment a WHERE a.plan_version_id = v.id AND a.rep_id = ${repId}::uuid)`,
    today,
  );
}

/** Records a rep's acceptance of a version's content; no row back when they had accepted that version already. */
export function insertAcknowledgement(
  runner: Runner,
  id: string,
  ack: { repId: string; versionId: string; contentHash: string; userId: string },
): Promise<{ id: string }[]> {
  return runSql(
    runner,
    sql`INSERT INTO plan_acknowledgement (id, rep_id, plan_version_id, content_hash, user_id)
        VALUES (${id}, ${ack.repId}::uuid, ${ack.versionId}::uuid, ${ack.contentHash}, ${ack.userId}::uuid)
        ON CONFLICT (rep_id, plan_version_id) DO NOTHING RETURNING id`,
  );
}

/** The rep's name (no row when there is no such rep). */
export function repName(runner: Runner, repId: string): Promise<{ name: string }[]> {
  return runSql(runner, sql`SELECT name FROM rep WHERE id = ${repId}::uuid`);
}
