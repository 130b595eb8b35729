import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  inTransaction,
  sql,
  withLockedField,
} from '@salesops/api/core';
import { todayIsoDate } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import {
  deleteDraft,
  insertPlan,
  insertVersion,
  type LockedVersionRow,
  lockPlanVersions,
  lockVersion,
  planNameTaken,
  type PlanVersionRow,
  planVersions,
  publishVersion,
  retireVersion,
  updateDraft,
  versionHasAssignments,
} from './comp-plan.queries';
import { type CompPlanDto, type PlanVersionDto } from './dtos/comp-plan.dto';
import { type CreateCompPlanInput, type SavePlanDraftInput } from './dtos/save-plan.input';
import { PlanVersionStatus } from './entities/plan-version-status';
import { moveAssignmentsToVersion } from './plan-assignment.queries';
import { checkedContent, toRulesDto } from './plan-content';

/** Compensation plans and their versions: drafted, published (then fixed), retired when replaced. */
@Injectable()
export class CompPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CompPlanDto[]> {
    const rows = await planVersions(this.dataSource.manager, sql`TRUE`, todayIsoDate());
    const plans = new Map<string, CompPlanDto>();
    for (const row of rows) {
      const plan = plans.get(row.plan_id) ?? { id: row.plan_id, name: row.plan_name, versions: [] };
      plan.versions.push(toVersionDto(row));
      plans.set(row.plan_id, plan);
    }
    return [...plans.values()];
  }

  async version(id: string, manager: EntityManager = this.dataSource.manager): Promise<PlanVersionDto> {
    const [row] = await planVersions(manager, sql`v.id = ${id}`, todayIsoDate());
    if (!row) throw AppError.notFound('Plan version');
    return toVersionDto(row);
  }

  async create(input: CreateCompPlanInput): Promise<PlanVersionDto> {
    const content = checkedContent(input.content, 'content');
    return inTransaction(this.dataSource, async (manager) => {
      if (await planNameTaken(manager, input.name))
        throw AppError.conflict(`A plan named "${input.name}" exists already`, 'name');
      const planId = randomUUID();
      const versionId = randomUUID();
      await insertPlan(manager, planId, input.name);
      await insertVersion(manager, versionId, planId, 1, content);
      await this.audit.record(manager, {
        action: 'comp_plan.create',
        entityType: 'comp_plan',
        entityId: planId,
        summary: auditSummary('comp_plan.create', { plan: input.name }),
        after: { name: input.name, version: 1, rules: content.rules, effectiveFrom: content.effectiveFrom },
      });
      return this.version(versionId, manager);
    });
  }

  async saveDraft(input: SavePlanDraftInput): Promise<PlanVersionDto> {
    const content = checkedContent(input.content, 'content');
    return inTransaction(this.dataSource, async (manager) => {
      const draft = await this.lockDraft(manager, input.versionId);
      if (draft.version !== input.expectedVersion) {
        throw AppError.conflict(
          `The draft changed since you read it (version ${draft.version}, you sent ${input.expectedVersion}); reload it`,
          'expectedVersion',
        );
      }
      await updateDraft(manager, draft.id, content);
      await this.audit.record(manager, {
        action: 'comp_plan.save_draft',
        entityType: 'comp_plan_version',
        entityId: draft.id,
        summary: auditSummary('comp_plan.save_draft', { plan: draft.plan_name, version: draft.number }),
        before: {
          rules: draft.rules,
          effectiveFrom: draft.effective_from,
          effectiveTo: draft.effective_to,
          contentHash: draft.content_hash,
        },
        after: {
          rules: content.rules,
          effectiveFrom: content.effectiveFrom,
          effectiveTo: content.effectiveTo,
          contentHash: content.contentHash,
        },
      });
      return this.version(draft.id, manager);
    });
  }

  /** A new draft copying the plan's latest version; one draft at a time per plan. */
  async newVersion(planId: string): Promise<PlanVersionDto> {
    return inTransaction(this.dataSource, async (manager) => {
      const versions = await lockPlanVersions(manager, planId);
      const latest = versions[0];
      if (!latest) throw AppError.notFound('Plan');
      if (versions.some((v) => v.status === PlanVersionStatus.DRAFT)) {
        throw AppError.conflict(`${latest.plan_name} has a draft already: edit or delete it`, 'planId');
      }
      const id = randomUUID();
      const from = todayIsoDate() > latest.effective_from ? todayIsoDate() : latest.effective_from;
      await insertVersion(manager, id, planId, latest.number + 1, {
        payFrequency: latest.pay_frequency,
        effectiveFrom: from,
        effectiveTo: null,
        document: latest.document,
        rules: latest.rules,
        contentHash: latest.content_hash,
      });
      await this.audit.record(manager, {
        action: 'comp_plan.new_version',
        entityType: 'comp_plan_version',
        entityId: id,
        summary: auditSummary('comp_plan.new_version', {
          plan: latest.plan_name,
          version: latest.number + 1,
        }),
        after: { copiedFrom: latest.number },
      });
      return this.version(id, manager);
    });
  }

  /**
   * Publishes a draft: from its first day it replaces the plan's earlier versions, which are retired, and
   * every rep on one of them from that day on moves to it (and is asked to accept it). Days inside a
   * closed pay period cannot move: the database refuses it, and this answers which period.
   */
  async publish(versionId: string): Promise<PlanVersionDto> {
    return inTransaction(this.dataSource, async (manager) => {
      const draft = await this.lockDraft(manager, versionId);
      const versions = await lockPlanVersions(manager, draft.plan_id);
      const earlier = versions.filter((v) => v.id !== draft.id && v.status === PlanVersionStatus.PUBLISHED);
      const moved = await withLockedField('versionId', async () => {
        let count = 0;
        for (const version of earlier) {
          count += await moveAssignmentsToVersion(manager, version.id, draft.id, draft.effective_from);
          await retireVersion(manager, version.id, draft.effective_from);
        }
        await publishVersion(manager, draft.id);
        return count;
      });
      await this.audit.record(manager, {
        action: 'comp_plan.publish',
        entityType: 'comp_plan_version',
        entityId: draft.id,
        summary: auditSummary('comp_plan.publish', {
          plan: draft.plan_name,
          version: draft.number,
          from: draft.effective_from,
          moved,
        }),
        after: {
          status: PlanVersionStatus.PUBLISHED,
          retired: earlier.map((v) => v.number),
          movedAssignments: moved,
        },
      });
      return this.version(draft.id, manager);
    });
  }

  /** Retires a published version without a successor; its assignments end on `endsOn` at the latest. */
  async retire(versionId: string): Promise<PlanVersionDto> {
    return inTransaction(this.dataSource, async (manager) => {
      const version = await lockVersion(manager, versionId);
      if (!version) throw AppError.notFound('Plan version');
      if (version.status !== PlanVersionStatus.PUBLISHED)
        throw AppError.conflict(
          `Version ${version.number} is ${version.status.toLowerCase()}; only a published version can be retired`,
          'versionId',
        );
      await retireVersion(manager, version.id, null);
      await this.audit.record(manager, {
        action: 'comp_plan.retire',
        entityType: 'comp_plan_version',
        entityId: version.id,
        summary: auditSummary('comp_plan.retire', { plan: version.plan_name, version: version.number }),
        before: { status: version.status },
        after: { status: PlanVersionStatus.RETIRED },
      });
      return this.version(version.id, manager);
    });
  }

  async deleteDraft(versionId: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const draft = await this.lockDraft(manager, versionId);
      if (await versionHasAssignments(manager, draft.id))
        throw AppError.conflict('Reps are assigned to this draft', 'versionId');
      await deleteDraft(manager, draft.id);
      await this.audit.record(manager, {
        action: 'comp_plan.delete_draft',
        entityType: 'comp_plan_version',
        entityId: draft.id,
        summary: auditSummary('comp_plan.delete_draft', { plan: draft.plan_name, version: draft.number }),
        before: { rules: draft.rules, document: draft.document },
      });
      return true;
    });
  }

  private async lockDraft(manager: EntityManager, versionId: string): Promise<LockedVersionRow> {
    const version = await lockVersion(manager, versionId);
    if (!version) throw AppError.notFound('Plan version');
    if (version.status !== PlanVersionStatus.DRAFT) {
      throw AppError.conflict(
        `Version ${version.number} of ${version.plan_name} is ${version.status.toLowerCase()} and cannot change; make a new version`,
        'versionId',
      );
    }
    return version;
  }
}

export function toVersionDto(row: PlanVersionRow): PlanVersionDto {
  return {
    id: row.id,
    planId: row.plan_id,
    planName: row.plan_name,
    number: row.number,
    status: row.status,
    payFrequency: row.pay_frequency,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    document: row.document,
    rules: toRulesDto(row.rules),
    contentHash: row.content_hash,
    publishedAt: row.published_at,
    assignedReps: Number(row.assigned_reps),
    acknowledgedReps: Number(row.acknowledged_reps),
    version: row.version,
  };
}
