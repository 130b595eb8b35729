import { runSql, runSqlReturning, sql } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

import { type RoutingRuleDto } from './routing.dto';
import { type RoutingExplanation } from './routing-explanation';

type Runner = Pick<EntityManager, 'query'>;

/** A rep's routing rule as listed: weight, cap, deals routed this month and absences not over yet. */
export interface RoutingRuleRow {
  rep_id: string;
  name: string;
  active: boolean;
  weight: number;
  capacity_per_month: number | null;
  routed: string;
  absences: RoutingRuleDto['absences'];
}

/** Every rep with their routing weight and cap, the deals routed to them this month and their absences, by name. */
export function routingRuleRows(runner: Runner): Promise<RoutingRuleRow[]> {
  return runSql(
    runner,
    sql`SELECT r.id AS rep_id, r.name, r.active, coalesce(rr.weight, 1) AS weight, rr.capacity_per_month,
                (SELECT count(*) FROM routing_decision d WHERE d.rep_id = r.id AND d.decided_at >= date_trunc('month', now())) AS routed,
                coalesce((SELECT json_agg(json_build_object('id', a.id, 'startsOn', to_char(a.starts_on, 'YYYY-MM-DD'),
                                   'endsOn', to_char(a.ends_on, 'YYYY-MM-DD'), 'reason', a.reason) ORDER BY a.starts_on)
                            FROM rep_absence a WHERE a.rep_id = r.id AND a.ends_on >= current_date), '[]') AS absences
           FROM rep r LEFT JOIN routing_rule rr ON rr.rep_id = r.id
          ORDER BY lower(r.name)`,
  );
}

/** A routing decision as listed, with its deal's external id and its rep's name. */
export interface RoutingDecisionRow {
  id: string;
  external_id: string;
  rep_name: string | null;
  decided_at: Date;
  reason: string;
  explanation: RoutingExplanation | null;
}

/** Which routing decisions to list: of a rep, of a deal (by external id), and the page. */
export interface RoutingDecisionFilter {
  repId: string | null;
  dealExternalId: string | null;
  first: number;
  offset: number;
}

/** A page of routing decisions (of the rep and deal if given), newest first. */
export function routingDecisionRows(
  runner: Runner,
  filter: RoutingDecisionFilter,
): Promise<RoutingDecisionRow[]> {
  const { repId, dealExternalId, first, offset } = filter;
  return runSql(
    runner,
    sql`SELECT d.id, deal.external_id, r.name AS rep_name, d.decided_at, d.reason, d.explanation
           FROM routing_decision d JOIN deal ON deal.id = d.deal_id LEFT JOIN rep r ON r.id = d.rep_id
          WHERE (${repId}::uuid IS NULL OR d.rep_id = ${repId}) AND (${dealExternalId}::text IS NULL OR deal.external_id = ${dealExternalId})
          ORDER BY d.decided_at DESC, d.id LIMIT ${first} OFFSET ${offset}`,
  );
}

/** Waits for, then holds until the transaction ends, the advisory lock that serialises routing. */
export async function lockRouting(runner: Runner): Promise<void> {
  await runSql(runner, sql`SELECT pg_advisory_xact_lock(hashtext('salesops.routing'))`);
}

/** The open deals without a rep that were never routed to one, oldest first. */
export function unroutedDeals(runner: Runner): Promise<{ id: string; external_id: string }[]> {
  return runSql(
    runner,
    sql`SELECT d.id, d.external_id FROM deal d JOIN sales_stage s ON s.id = d.stage_id
        WHERE d.rep_id IS NULL AND s.kind = 'OPEN'
          AND NOT EXISTS (SELECT 1 FROM routing_decision r WHERE r.deal_id = d.id AND r.rep_id IS NOT NULL)
        ORDER BY d.created_at, d.external_id`,
  );
}

/** A rep as a routing candidate on a day. */
export interface CandidateRow {
  rep_id: string;
  name: string;
  active: boolean;
  weight: number;
  credit: number;
  capacity_per_month: number | null;
  routed_this_month: string;
  absent_until: string | null;
}

/** Every rep with their routing weight, credit and cap, the deals routed to them in `today`'s month and the end of an absence that day, by id. */
export function routingCandidates(runner: Runner, today: string): Promise<CandidateRow[]> {
  return runSql(
    runner,
    sql`SELECT r.id AS rep_id, r.name, r.active, coalesce(rr.weight, 1) AS weight, coalesce(rr.credit, 0) AS credit,
              rr.capacity_per_month,
              (SELECT count(*) FROM routing_decision d WHERE d.rep_id = r.id AND d.decided_at >= date_trunc('month', ${today}::date)
                 AND d.decided_at < date_trunc('month', ${today}::date) + interval '1 month') AS routed_this_month,
              (SELECT to_char(max(a.ends_on), 'YYYY-MM-DD') FROM rep_absence a WHERE a.rep_id = r.id AND ${today}::date BETWEEN a.starts_on AND a.ends_on) AS absent_until
         FROM rep r LEFT JOIN routing_rule rr ON rr.rep_id = r.id
        ORDER BY r.id`,
  );
}

/** Gives each deal its rep, bumping its version. */
export async function assignDealReps(
  runner: Runner,
  assignments: readonly { dealId: string; repId: string }[],
): Promise<void> {
  await runSql(
    runner,
    sql`UPDATE deal d SET rep_id = a.rep_id, updated_at = now(), version = d.version + 1
           FROM unnest(${assignments.map((a) => a.dealId)}::uuid[], ${assignments.map((a) => a.repId)}::uuid[]) AS a(deal_id, rep_id) WHERE d.id = a.deal_id`,
  );
}

/** A routing decision to store: the rep chosen (none when no rep could take the deal) and why. */
export interface NewRoutingDecision {
  id: string;
  dealId: string;
  repId: string | null;
  reason: string;
  explanation: RoutingExplanation;
}

/** Inserts routing decisions. */
export async function insertRoutingDecisions(
  runner: Runner,
  decisions: readonly NewRoutingDecision[],
): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO routing_decision (id, deal_id, rep_id, reason, explanation)
       SELECT * FROM unnest(${decisions.map((d) => d.id)}::uuid[], ${decisions.map((d) => d.dealId)}::uuid[], ${decisions.map((d) => d.repId)}::uuid[], ${decisions.map((d) => d.reason)}::text[], ${decisions.map((d) => JSON.stringify(d.explanation))}::jsonb[])`,
  );
}

/** Stores each rep's round-robin credit (a rep without a rule gets one). */
export async function saveRoutingCredits(
  runner: Runner,
  credits: ReadonlyMap<string, number>,
): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO routing_rule (rep_id, credit) SELECT * FROM unnest(${[...credits.keys()]}::uuid[], ${[...credits.values()]}::int[])
       ON CONFLICT (rep_id) DO UPDATE SET credit = EXCLUDED.credit`,
  );
}

/** The rep with this id, if any. */
export function repById(runner: Runner, repId: string): Promise<{ id: string; name: string }[]> {
  return runSql(runner, sql`SELECT id, name FROM rep WHERE id = ${repId}`);
}

/** A rep's routing rule's weight and cap, locked for update until the transaction ends. */
export function lockRoutingRule(
  runner: Runner,
  repId: string,
): Promise<{ weight: number; capacity_per_month: number | null }[]> {
  return runSql(
    runner,
    sql`SELECT weight, capacity_per_month FROM routing_rule WHERE rep_id = ${repId} FOR UPDATE`,
  );
}

/** Sets a rep's routing weight and cap (creating their rule), bumping its version. */
export async function upsertRoutingRule(
  runner: Runner,
  repId: string,
  weight: number,
  capacityPerMonth: number | null,
): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO routing_rule (rep_id, weight, capacity_per_month) VALUES (${repId}, ${weight}, ${capacityPerMonth})
         ON CONFLICT (rep_id) DO UPDATE SET weight = EXCLUDED.weight, capacity_per_month = EXCLUDED.capacity_per_month,
                                            updated_at = now(), version = routing_rule.version + 1`,
  );
}

/** An absence of a rep to store. */
export interface NewAbsence {
  id: string;
  repId: string;
  startsOn: string;
  endsOn: string;
  reason: string | null;
}

/** Inserts a rep's absence. */
export async function insertAbsence(runner: Runner, absence: NewAbsence): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO rep_absence (id, rep_id, starts_on, ends_on, reason) VALUES (${absence.id}, ${absence.repId}, ${absence.startsOn}, ${absence.endsOn}, ${absence.reason})`,
  );
}

/** A removed absence as it was. */
export interface RemovedAbsenceRow {
  rep_id: string;
  starts_on: string;
  ends_on: string;
  reason: string | null;
}

/** Deletes an absence; the absence as it was (none when there was no such absence). */
export async function deleteAbsence(runner: Runner, id: string): Promise<RemovedAbsenceRow[]> {
  return runSqlReturning<RemovedAbsenceRow>(
    runner,
    sql`DELETE FROM rep_absence WHERE id = ${id} RETURNING rep_id, starts_on::text, ends_on::text, reason`,
  );
}
