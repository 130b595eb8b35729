import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction, type Principal, sql } from '@salesops/api/core';
import { rulesDiff, todayIsoDate } from '@salesops/domain';
import { DataSource } from 'typeorm';

import {
  acceptedVersionsOfPlans,
  insertAcknowledgement,
  repAssignmentsFrom,
  repName,
  versionAssignedToRep,
} from './acknowledgement.queries';
import { type PlanVersionRow, planVersions } from './comp-plan.queries';
import { toVersionDto } from './comp-plan.service';
import { type AcknowledgePlanInput, type MyPlanDto } from './dtos/acknowledgement.dto';
import { PlanVersionStatus } from './entities/plan-version-status';

/**
 * A rep reads and accepts the exact plan version they are on. The acceptance stores the hash of the
 * document and rules they saw, so a version that changed since (it cannot once published, but a client
 * may hold a stale copy) is refused rather than accepted unseen.
 */
@Injectable()
export class AcknowledgementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The signed-in rep's current and coming plan versions, newest first, with what changed since the last one they accepted. */
  async myPlans(principal: Principal): Promise<MyPlanDto[]> {
    if (!principal.repId) return [];
    const today = todayIsoDate();
    const mine = await repAssignmentsFrom(this.dataSource.manager, principal.repId, today);
    if (mine.length === 0) return [];
    const versions = await planVersions(
      this.dataSource.manager,
      sql`v.id = ANY(${mine.map((a) => a.plan_version_id)}::uuid[])`,
      today,
    );
    const accepted = await acceptedVersionsOfPlans(
      this.dataSource.manager,
      versions.map((v) => v.plan_id),
      principal.repId,
      today,
    );
    const byId = new Map(versions.map((v) => [v.id, v]));
    return mine.map((assignment) => {
      const version = byId.get(assignment.plan_version_id) as PlanVersionRow;
      const previous = accepted
        .filter((v) => v.plan_id === version.plan_id && v.number < version.number)
        .sort((a, b) => b.number - a.number)[0];
      return {
        assignmentId: assignment.id,
        validFrom: assignment.valid_from,
        validTo: assignment.valid_to,
        version: toVersionDto(version),
        acceptedAt: assignment.accepted_at,
        previousAcceptedNumber: previous?.number ?? null,
        changes: previous ? rulesDiff(previous.rules, version.rules) : [],
        documentChanged: previous ? previous.document !== version.document : false,
      };
    });
  }

  /** Accepts a published version the rep is on; accepting it twice keeps the first acceptance. */
  async acknowledge(principal: Principal, input: AcknowledgePlanInput): Promise<MyPlanDto> {
    if (!principal.repId) throw AppError.forbidden('Only a rep accepts their own plan');
    const repId = principal.repId;
    await inTransaction(this.dataSource, async (manager) => {
      const [version] = await versionAssignedToRep(manager, input.planVersionId, repId, todayIsoDate());
      if (!version) throw AppError.notFound('Plan version');
      if (version.status !== PlanVersionStatus.PUBLISHED)
        throw AppError.conflict(
          `Version ${version.number} of ${version.plan_name} is ${version.status.toLowerCase()}: only a published version is accepted`,
          'planVersionId',
        );
      if (version.content_hash !== input.contentHash)
        throw AppError.conflict(
          'This version is not the one you read: reload it, read it again and accept it',
          'contentHash',
        );
      const inserted = await insertAcknowledgement(manager, randomUUID(), {
        repId,
        versionId: version.id,
        contentHash: version.content_hash,
        userId: principal.userId,
      });
      if (inserted.length === 0) return;
      const [rep] = await repName(manager, repId);
      await this.audit.record(manager, {
        action: 'comp_plan.acknowledge',
        entityType: 'plan_acknowledgement',
        entityId: inserted[0].id,
        summary: auditSummary('comp_plan.acknowledge', {
          rep: rep.name,
          plan: version.plan_name,
          version: version.number,
        }),
        after: { planVersionId: version.id, contentHash: version.content_hash },
      });
    });
    const mine = await this.myPlans(principal);
    const plan = mine.find((p) => p.version.id === input.planVersionId);
    if (!plan) throw AppError.notFound('Plan version');
    return plan;
  }
}
