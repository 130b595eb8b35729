import { runSql, sql, type SqlFragment } from '@salesops/api/core';
import { type PlanRules } from '@salesops/domain';
import { type EntityManager } from 'typeorm';

import { type PayFrequency, type PlanVersionStatus } from './entities/plan-version-status';

type Runner = Pick<EntityManager, 'query'>;

export interface PlanVersionRow {
  id: string;
  plan_id: string;
  plan_name: string;
  number: number;
  status: PlanVersionStatus;
  pay_frequency: PayFrequency;
  effective_from: string;
  effective_to: string | null;
  document: string;
  rules: PlanRules;
  content_hash: string;
  published_at: Date | null;
  version: number;
  assigned_reps: string;
  acknowledged_reps: string;
}

export interface VersionContent {
  payFrequency: PayFrequency;
  effectiveFrom: string;
  effectiveTo: string | null;
  document: string;
  rules: PlanRules;
  contentHash: string;
}

/** Plan versions with their plan's name and how many reps are on them (today or later) and accepted them. */
export function planVersions(runner: Runner, where: SqlFragment, today: string): Promise<PlanVersionRow[]> {
  return runSql(
    runner,
    sql`SELECT v.id, v.plan_id, p.name AS plan_name, v.number, v.status, v.pay_frequency,
               v.effective_from::text, v.effective_to::text, v.document, v.rules, v.content_hash, v.published_at, v.version,
               (SELECT count(DISTINCT a.rep_id) FROM plan_assignment a
                 WHERE a.plan_version_id = v.id AND coalesce(a.valid_to, 'infinity'::date) > ${today}::date) AS assigned_reps,
               (SELECT count(DISTINCT a.rep_id) FROM plan_assignment a
                  JOIN plan_acknowledgement k ON k.rep_id = a.rep_id AND k.plan_version_id = v.id AND k.content_hash = v.content_hash
                 WHERE a.plan_version_id = v.id AND coalesce(a.valid_to, 'infinity'::date) > ${today}::date) AS acknowledged_reps
          FROM comp_plan_version v JOIN comp_plan p ON p.id = v.plan_id
         WHERE ${where}
         ORDER BY lower(p.name), v.number DESC`,
  );
}

export async function insertPlan(runner: Runner, id: string, name: string): Promise<void> {
  await runSql(runner, sql`INSERT INTO comp_plan (id, name) VALUES (${id}, ${name})`);
}

export async function planNameTaken(runner: Runner, name: string): Promise<boolean> {
  const rows = await runSql<{ id: string }>(
    runner,
    sql`SELECT id FROM comp_plan WHERE lower(name) = lower(${name})`,
  );
  return rows.length > 0;
}

export async function insertVersion(
  runner: Runner,
  id: string,
  planId: string,
  number: number,
  content: VersionContent,
): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO comp_plan_version (id, plan_id, number, pay_frequency, effective_from, effective_to, document, rules, content_hash)
        VALUES (${id}, ${planId}, ${number}, ${content.payFrequency}, ${content.effectiveFrom}, ${content.effectiveTo},
                ${content.document}, ${JSON.stringify(content.rules)}::jsonb, ${content.contentHash})`,
  );
}

export interface LockedVersionRow {
  id: string;
  plan_id: string;
  plan_name: string;
  number: number;
  status: PlanVersionStatus;
  pay_frequency: PayFrequency;
  effective_from: string;
  effective_to: string | null;
  rules: PlanRules;
  document: string;
  content_hash: string;
  version: number;
}

/** One version, locked for the rest of the transaction; null when there is none. */
export async function lockVersion(runner: Runner, id: string): Promise<LockedVersionRow | null> {
  const [row] = await runSql<LockedVersionRow>(
    runner,
    sql`SELECT v.id, v.plan_id, p.name AS plan_name, v.number, v.status, v.pay_frequency, v.effective_from::text,
               v.effective_to::text, v.rules, v.document, v.content_hash, v.version
          FROM comp_plan_version v JOIN comp_plan p ON p.id = v.plan_id
         WHERE v.id = ${id} FOR UPDATE OF v`,
  );
  return row ?? null;
}

/** The plan's versions, newest first, locked: publishing and new drafts are decided against all of them. */
export function lockPlanVersions(runner: Runner, planId: string): Promise<LockedVersionRow[]> {
  return runSql<LockedVersionRow>(
    runner,
    sql`SELECT v.id, v.plan_id, p.name AS plan_name, v.number, v.status, v.pay_frequency, v.effective_from::text,
               v.effective_to::text, v.rules, v.document, v.content_hash, v.version
          FROM comp_plan_version v JOIN comp_plan p ON p.id = v.plan_id
         WHERE v.plan_id = ${planId} ORDER BY v.number DESC FOR UPDATE OF v`,
  );
}

export async function updateDraft(runner: Runner, id: string, content: VersionContent): Promise<void> {
  await runSql(
    runner,
    sql`UPDATE comp_plan_version
           SET pay_frequency = ${content.payFrequency}, effective_from = ${content.effectiveFrom}, effective_to = ${content.effectiveTo},
               document = ${content.document}, rules = ${JSON.stringify(content.rules)}::jsonb, content_hash = ${content.contentHash},
               updated_at = now(), version = version + 1
         WHERE id = ${id}`,
  );
}

export async function publishVersion(runner: Runner, id: string): Promise<void> {
  await runSql(
    runner,
    sql`UPDATE comp_plan_version SET status = 'PUBLISHED', published_at = now(), updated_at = now(), version = version + 1 WHERE id = ${id}`,
  );
}

/** Retires a published version, ending it on `endsOn` (exclusive) unless it already ends earlier. */
export async function retireVersion(runner: Runner, id: string, endsOn: string | null): Promise<void> {
  await runSql(
    runner,
    sql`UPDATE comp_plan_version
           SET status = 'RETIRED', updated_at = now(), version = version + 1,
               effective_to = CASE WHEN ${endsOn}::date IS NULL THEN effective_to
                                   ELSE least(coalesce(effective_to, 'infinity'::date), ${endsOn}::date) END
         WHERE id = ${id}`,
  );
}

export async function deleteDraft(runner: Runner, id: string): Promise<void> {
  await runSql(runner, sql`DELETE FROM comp_plan_version WHERE id = ${id} AND status = 'DRAFT'`);
}

export async function versionHasAssignments(runner: Runner, id: string): Promise<boolean> {
  const rows = await runSql<{ id: string }>(
    runner,
    sql`SELECT id FROM plan_assignment WHERE plan_version_id = ${id} LIMIT 1`,
  );
  return rows.length > 0;
}
