import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { pickWeightedRoundRobin, type RoutingCandidate, todayIsoDate } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import {
  type RoutingExplanation,
  routingReason,
  type RoutingSkip,
  skipReasonOf,
} from './routing-explanation';

interface CandidateRow {
  rep_id: string;
  name: string;
  active: boolean;
  weight: number;
  credit: number;
  capacity_per_month: number | null;
  routed_this_month: string;
  absent_until: string | null;
}

export interface RoutingOutcome {
  routed: number;
  unassigned: number;
}

/**
 * Fair lead routing: deals that arrive without a rep are shared out by a smooth weighted round robin
 * over the active reps, skipping reps who are absent today or at their monthly capacity. Every
 * decision is stored with its reason. Runs in one transaction that locks the routing state, so two
 * imports never hand out the same turn twice.
 */
@Injectable()
export class RoutingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  routeUnassigned(today: string = todayIsoDate()): Promise<RoutingOutcome> {
    return inTransaction(this.dataSource, (manager) => this.routeWith(manager, today));
  }

  async routeWith(manager: EntityManager, today: string): Promise<RoutingOutcome> {
    // Serialise routing: the advisory lock is released at the end of the transaction.
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('salesops.routing'))");
    const deals: { id: string; external_id: string }[] = await manager.query(
      `SELECT d.id, d.external_id FROM deal d JOIN sales_stage s ON s.id = d.stage_id
        WHERE d.rep_id IS NULL AND s.kind = 'OPEN'
          AND NOT EXISTS (SELECT 1 FROM routing_decision r WHERE r.deal_id = d.id AND r.rep_id IS NOT NULL)
        ORDER BY d.created_at, d.external_id`,
    );
    if (deals.length === 0) return { routed: 0, unassigned: 0 };
    const rows: CandidateRow[] = await manager.query(
      `SELECT r.id AS rep_id, r.name, r.active, coalesce(rr.weight, 1) AS weight, coalesce(rr.credit, 0) AS credit,
              rr.capacity_per_month,
              (SELECT count(*) FROM routing_decision d WHERE d.rep_id = r.id AND d.decided_at >= date_trunc('month', $1::date)
                 AND d.decided_at < date_trunc('month', $1::date) + interval '1 month') AS routed_this_month,
              (SELECT to_char(max(a.ends_on), 'YYYY-MM-DD') FROM rep_absence a WHERE a.rep_id = r.id AND $1::date BETWEEN a.starts_on AND a.ends_on) AS absent_until
         FROM rep r LEFT JOIN routing_rule rr ON rr.rep_id = r.id
        ORDER BY r.id`,
      [today],
    );
    const routedCount = new Map(rows.map((row) => [row.rep_id, Number(row.routed_this_month)]));
    let credits = new Map(rows.map((row) => [row.rep_id, Number(row.credit)]));
    const names = new Map(rows.map((row) => [row.rep_id, row.name]));
    const decisions: {
      id: string;
      dealId: string;
      repId: string | null;
      reason: string;
      explanation: RoutingExplanation;
    }[] = [];
    const assignments: { dealId: string; repId: string }[] = [];

    for (const deal of deals) {
      const skips = new Map<string, RoutingSkip>();
      const candidates: RoutingCandidate[] = rows.map((row) => {
        const skip = skipReasonOf(
          {
            active: row.active,
            weight: Number(row.weight),
            absentUntil: row.absent_until,
            capacityPerMonth: row.capacity_per_month,
          },
          routedCount.get(row.rep_id) as number,
        );
        if (skip) skips.set(row.rep_id, { repName: row.name, ...skip });
        return {
          id: row.rep_id,
          weight: Number(row.weight),
          credit: credits.get(row.rep_id) as number,
          unavailable: skip?.why ?? null,
        };
      });
      const pick = pickWeightedRoundRobin(candidates);
      credits = pick.credits;
      const skipped = [...skips.values()];
      if (!pick.chosenId) {
        const explanation: RoutingExplanation = { weight: null, availableReps: 0, skipped };
        decisions.push({
          id: randomUUID(),
          dealId: deal.id,
          repId: null,
          reason: routingReason(null, explanation),
          explanation,
        });
        continue;
      }
      routedCount.set(pick.chosenId, (routedCount.get(pick.chosenId) as number) + 1);
      const chosen = candidates.find((c) => c.id === pick.chosenId) as RoutingCandidate;
      const explanation: RoutingExplanation = {
        weight: chosen.weight,
        availableReps: candidates.filter((c) => !c.unavailable && c.weight > 0).length,
        skipped,
      };
      decisions.push({
        id: randomUUID(),
        dealId: deal.id,
        repId: pick.chosenId,
        reason: routingReason(names.get(pick.chosenId) as string, explanation),
        explanation,
      });
      assignments.push({ dealId: deal.id, repId: pick.chosenId });
    }

    if (assignments.length > 0) {
      await manager.query(
        `UPDATE deal d SET rep_id = a.rep_id, updated_at = now(), version = d.version + 1
           FROM unnest($1::uuid[], $2::uuid[]) AS a(deal_id, rep_id) WHERE d.id = a.deal_id`,
        [assignments.map((a) => a.dealId), assignments.map((a) => a.repId)],
      );
    }
    await manager.query(
      `INSERT INTO routing_decision (id, deal_id, rep_id, reason, explanation)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::jsonb[])`,
      [
        decisions.map((d) => d.id),
        decisions.map((d) => d.dealId),
        decisions.map((d) => d.repId),
        decisions.map((d) => d.reason),
        decisions.map((d) => JSON.stringify(d.explanation)),
      ],
    );
    await manager.query(
      `INSERT INTO routing_rule (rep_id, credit) SELECT * FROM unnest($1::uuid[], $2::int[])
       ON CONFLICT (rep_id) DO UPDATE SET credit = EXCLUDED.credit`,
      [[...credits.keys()], [...credits.values()]],
    );
    return { routed: assignments.length, unassigned: decisions.length - assignments.length };
  }

  async setRule(repId: string, weight: number, capacityPerMonth: number | null): Promise<void> {
    const [rep]: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM rep WHERE id = $1',
      [repId],
    );
    if (!rep) throw AppError.badInput('repId', 'is not a rep');
    await inTransaction(this.dataSource, async (manager) => {
      const [before]: { weight: number; capacity_per_month: number | null }[] = await manager.query(
        'SELECT weight, capacity_per_month FROM routing_rule WHERE rep_id = $1 FOR UPDATE',
        [repId],
      );
      await manager.query(
        `INSERT INTO routing_rule (rep_id, weight, capacity_per_month) VALUES ($1, $2, $3)
         ON CONFLICT (rep_id) DO UPDATE SET weight = EXCLUDED.weight, capacity_per_month = EXCLUDED.capacity_per_month,
                                            updated_at = now(), version = routing_rule.version + 1`,
        [repId, weight, capacityPerMonth],
      );
      await this.audit.record(manager, {
        action: 'routing.set_rule',
        entityType: 'routing_rule',
        entityId: repId,
        summary:
          capacityPerMonth === null
            ? auditSummary('routing.set_rule.no_cap', { rep: rep.name, weight })
            : auditSummary('routing.set_rule', { rep: rep.name, weight, capacityPerMonth }),
        before: before ? { weight: before.weight, capacityPerMonth: before.capacity_per_month } : null,
        after: { weight, capacityPerMonth },
      });
    });
  }

  async addAbsence(repId: string, startsOn: string, endsOn: string, reason: string | null): Promise<string> {
    if (endsOn < startsOn) throw AppError.badInput('endsOn', 'must be on or after startsOn');
    const [rep]: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM rep WHERE id = $1',
      [repId],
    );
    if (!rep) throw AppError.badInput('repId', 'is not a rep');
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      await manager.query(
        'INSERT INTO rep_absence (id, rep_id, starts_on, ends_on, reason) VALUES ($1, $2, $3, $4, $5)',
        [id, repId, startsOn, endsOn, reason],
      );
      await this.audit.record(manager, {
        action: 'routing.add_absence',
        entityType: 'rep_absence',
        entityId: id,
        summary: auditSummary('routing.add_absence', { rep: rep.name, from: startsOn, to: endsOn }),
        after: { repId, startsOn, endsOn, reason },
      });
    });
    return id;
  }

  async removeAbsence(id: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      // TypeORM answers a DELETE with [rows, affected count].
      const [removed]: [
        { rep_id: string; starts_on: string; ends_on: string; reason: string | null }[],
        number,
      ] = await manager.query(
        'DELETE FROM rep_absence WHERE id = $1 RETURNING rep_id, starts_on::text, ends_on::text, reason',
        [id],
      );
      if (removed.length === 0) throw AppError.notFound('Absence');
      const [absence] = removed;
      await this.audit.record(manager, {
        action: 'routing.remove_absence',
        entityType: 'rep_absence',
        entityId: id,
        summary: auditSummary('routing.remove_absence', { from: absence.starts_on, to: absence.ends_on }),
        before: {
          repId: absence.rep_id,
          startsOn: absence.starts_on,
          endsOn: absence.ends_on,
          reason: absence.reason,
        },
      });
    });
  }
}
