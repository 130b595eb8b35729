import { runSql, sql, type SqlFragment } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

import { type AdjustmentKind } from '../entities/payout-adjustment.entity';
import { type DisputeStatus } from '../entities/payout-dispute.entity';

type Runner = Pick<EntityManager, 'query'>;

export interface DisputeRow {
  id: string;
  rep_id: string;
  rep_name: string;
  period_key: string;
  line_key: string;
  line_label: string;
  line_amount_minor: string;
  currency: string;
  note: string;
  status: DisputeStatus;
  answer: string | null;
  adjustment_id: string | null;
  raised_at: Date;
  resolved_at: Date | null;
  resolved_by_name: string | null;
}

/** Disputes `where` selects (a condition on dispute `d`), with the rep and who answered: open ones first, then newest first; at most 1000. */
export function disputes(runner: Runner, where: SqlFragment): Promise<DisputeRow[]> {
  return runSql(
    runner,
    sql`SELECT d.id, d.rep_id, r.name AS rep_name, d.period_key, d.line_key, d.line_label, d.line_amount_minor, d.currency, d.note, d.status,
               d.answer, d.adjustment_id, d.raised_at, d.resolved_at, u.name AS resolved_by_name
          FROM payout_dispute d JOIN rep r ON r.id = d.rep_id LEFT JOIN app_user u ON u.id = d.resolved_by
         WHERE ${where}
         ORDER BY d.status = 'OPEN' DESC, d.raised_at DESC
         LIMIT 1000`,
  );
}

/** The open dispute of a rep on one line of their statement of a period, if any. */
export async function openDisputeOnLine(
  runner: Runner,
  repId: string,
  periodKey: string,
  lineKey: string,
): Promise<{ id: string } | undefined> {
  const [open] = await runSql<{ id: string }>(
    runner,
    sql`SELECT id FROM payout_dispute WHERE rep_id = ${repId}::uuid AND period_key = ${periodKey} AND line_key = ${lineKey} AND status = 'OPEN'`,
  );
  return open;
}

export interface DisputeInput {
  id: string;
  repId: string;
  periodKey: string;
  lineKey: string;
  lineLabel: string;
  lineAmountMinor: string;
  currency: string;
  note: string;
  raisedBy: string;
}

/** A new (open) dispute of one statement line, as the rep saw it. */
export async function insertDispute(runner: Runner, dispute: DisputeInput): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO payout_dispute (id, rep_id, period_key, line_key, line_label, line_amount_minor, currency, note, raised_by)
        VALUES (${dispute.id}, ${dispute.repId}::uuid, ${dispute.periodKey}, ${dispute.lineKey}, ${dispute.lineLabel}, ${dispute.lineAmountMinor}, ${dispute.currency}, ${dispute.note}, ${dispute.raisedBy}::uuid)`,
  );
}

/** A dispute's status (one row, none when there is no such dispute), the dispute locked until the transaction ends. */
export function lockDisputeStatus(runner: Runner, id: string): Promise<{ status: DisputeStatus }[]> {
  return runSql(runner, sql`SELECT status FROM payout_dispute WHERE id = ${id}::uuid FOR UPDATE`);
}

/** Answers a dispute: its new status, the answer, the adjustment booked for it (if any), by whom, now. */
export async function resolveDispute(
  runner: Runner,
  id: string,
  answer: { status: DisputeStatus; text: string; adjustmentId: string | null; resolvedBy: string },
): Promise<void> {
  await runSql(
    runner,
    sql`UPDATE payout_dispute SET status = ${answer.status}::dispute_status, answer = ${answer.text},
               adjustment_id = ${answer.adjustmentId}::uuid, resolved_by = ${answer.resolvedBy}::uuid, resolved_at = now()
         WHERE id = ${id}::uuid`,
  );
}

/** Holds off other writers of adjustments (and other reconciliations) until the transaction ends. */
export async function lockAdjustmentsForReconciliation(runner: Runner): Promise<void> {
  await runSql(runner, sql`LOCK TABLE payout_adjustment IN SHARE ROW EXCLUSIVE MODE`);
}

export interface AdjustmentInput {
  id: string;
  repId: string;
  period: { key: string; start: string; end: string };
  kind: AdjustmentKind;
  amountMinor: bigint;
  currency: string;
  reason: string;
  disputeId: string | null;
  createdBy: string;
}

/** One adjustment (or clawback) on a rep's statement of a period, answering a dispute or not. */
export async function insertAdjustment(runner: Runner, a: AdjustmentInput): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO payout_adjustment (id, rep_id, period_key, starts_on, ends_on, kind, amount_minor, currency, reason, dispute_id, created_by)
        VALUES (${a.id}, ${a.repId}::uuid, ${a.period.key}, ${a.period.start}::date, ${a.period.end}::date, ${a.kind}::adjustment_kind,
                ${a.amountMinor.toString()}::bigint, ${a.currency}, ${a.reason}, ${a.disputeId}::uuid, ${a.createdBy}::uuid)`,
  );
}
