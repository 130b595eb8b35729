import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { pickWeightedRoundRobin, type RoutingCandidate, todayIsoDate } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import {
  assignDealReps,
  deleteAbsence,
  insertAbsence,
  insertRoutingDecisions,
  lockRouting,
  lockRoutingRule,
  repById,
  routingCandidates,
  saveRoutingCredits,
  unroutedDeals,
  upsertRoutingRule,
} from './routing.queries';
import {
  type RoutingExplanation,
  routingReason,
  type RoutingSkip,
  skipReasonOf,
} from './routing-explanation';

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
    await lockRouting(manager);
    const deals = await unroutedDeals(manager);
    if (deals.length === 0) return { routed: 0, unassigned: 0 };
    const rows = await routingCandidates(manager, today);
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

    if (assignments.length > 0) await assignDealReps(manager, assignments);
    await insertRoutingDecisions(manager, decisions);
    await saveRoutingCredits(manager, credits);
    return { routed: assignments.length, unassigned: decisions.length - assignments.length };
  }

  async setRule(repId: string, weight: number, capacityPerMonth: number | null): Promise<void> {
    const [rep] = await repById(this.dataSource, repId);
    if (!rep) throw AppError.badInput('repId', 'is not a rep');
    await inTransaction(this.dataSource, async (manager) => {
      const [before] = await lockRoutingRule(manager, repId);
      await upsertRoutingRule(manager, repId, weight, capacityPerMonth);
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
    const [rep] = await repById(this.dataSource, repId);
    if (!rep) throw AppError.badInput('repId', 'is not a rep');
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      await insertAbsence(manager, { id, repId, startsOn, endsOn, reason });
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
      const removed = await deleteAbsence(manager, id);
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
