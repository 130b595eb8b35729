import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  inTransaction,
  type Principal,
  sql,
  withLockedField,
} from '@salesops/api/core';
import { repVisibleTo } from '@salesops/api/org';
import { DataSource } from 'typeorm';

import { lockVersion } from './comp-plan.queries';
import {
  type AssignPlanInput,
  type EndPlanAssignmentInput,
  type PlanAssignmentDto,
} from './dtos/plan-assignment.dto';
import { PlanVersionStatus } from './entities/plan-version-status';
import {
  type AssignmentRow,
  assignments,
  assignReps,
  deleteAssignment,
  endAssignment,
  lockActiveRepsOfTeam,
  lockAssignment,
  lockReps,
} from './plan-assignment.queries';

/** Who is on which plan version, when; a whole team in one step. */
@Injectable()
export class PlanAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    filter: { planVersionId?: string | null; repId?: string | null },
  ): Promise<PlanAssignmentDto[]> {
    const rows = await assignments(
      this.dataSource.manager,
      sql`${repVisibleTo(principal, sql`a.rep_id`)}
          AND (${filter.planVersionId ?? null}::uuid IS NULL OR a.plan_version_id = ${filter.planVersionId ?? null}::uuid)
          AND (${filter.repId ?? null}::uuid IS NULL OR a.rep_id = ${filter.repId ?? null}::uuid)`,
    );
    return rows.map(toAssignmentDto);
  }

  async assign(input: AssignPlanInput): Promise<PlanAssignmentDto[]> {
    if (Boolean(input.repIds?.length) === Boolean(input.teamId))
      throw AppError.badInput('repIds', 'give either repIds or teamId');
    if (input.validTo && input.validTo <= input.validFrom)
      throw AppError.badInput('validTo', 'must be after validFrom');
    return inTransaction(this.dataSource, async (manager) => {
      const version = await lockVersion(manager, input.planVersionId);
      if (!version) throw AppError.notFound('Plan version');
      if (version.status !== PlanVersionStatus.PUBLISHED) {
        throw AppError.badInput(
          'planVersionId',
          `version ${version.number} of ${version.plan_name} is ${version.status.toLowerCase()}: only a published version can be assigned`,
        );
      }
      const reps = await (input.teamId
        ? lockActiveRepsOfTeam(manager, input.teamId)
        : lockReps(manager, input.repIds));
      if (input.teamId && reps.length === 0)
        throw AppError.badInput('teamId', 'no active rep is in this team');
      const missing = (input.repIds ?? []).filter((id) => !reps.some((rep) => rep.id === id));
      if (missing.length) throw AppError.badInput('repIds', `no rep has the id ${missing[0]}`);
      const ids = await withLockedField('validFrom', () =>
        assignReps(
          manager,
          reps.map((rep) => rep.id),
          version.id,
          input.validFrom,
          input.validTo ?? null,
        ),
      );
      const params = {
        plan: version.plan_name,
        version: version.number,
        count: reps.length,
        from: input.validFrom,
      };
      await this.audit.record(manager, {
        action: 'comp_plan.assign',
        entityType: 'comp_plan_version',
        entityId: version.id,
        summary:
          reps.length === 1
            ? auditSummary('comp_plan.assign.one', { ...params, rep: reps[0].name })
            : auditSummary('comp_plan.assign', params),
        after: {
          repIds: reps.map((rep) => rep.id),
          validFrom: input.validFrom,
          validTo: input.validTo ?? null,
        },
      });
      const rows = await assignments(manager, sql`a.id = ANY(${ids}::uuid[])`);
      return rows.map(toAssignmentDto);
    });
  }

  async end(input: EndPlanAssignmentInput): Promise<PlanAssignmentDto | null> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await lockAssignment(manager, input.assignmentId);
      if (!row) throw AppError.notFound('Plan assignment');
      const removed = input.validTo <= row.valid_from;
      await withLockedField('validTo', () =>
        removed ? deleteAssignment(manager, row.id) : endAssignment(manager, row.id, input.validTo),
      );
      await this.audit.record(manager, {
        action: 'comp_plan.end_assignment',
        entityType: 'plan_assignment',
        entityId: row.id,
        summary: auditSummary('comp_plan.end_assignment', {
          rep: row.rep_name,
          plan: row.plan_name,
          version: row.version_number,
          date: input.validTo,
        }),
        before: { validFrom: row.valid_from, validTo: row.valid_to },
        after: removed ? null : { validFrom: row.valid_from, validTo: input.validTo },
      });
      if (removed) return null;
      const [updated] = await assignments(manager, sql`a.id = ${row.id}`);
      return toAssignmentDto(updated);
    });
  }
}

export function toAssignmentDto(row: AssignmentRow): PlanAssignmentDto {
  return {
    id: row.id,
    repId: row.rep_id,
    repName: row.rep_name,
    teamName: row.team_name,
    planVersionId: row.plan_version_id,
    planName: row.plan_name,
    versionNumber: row.version_number,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    acknowledgedAt: row.acknowledged_at,
  };
}
