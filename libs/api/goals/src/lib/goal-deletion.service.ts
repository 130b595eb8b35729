import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  inTransaction,
  lockedByDatabase,
  runSql,
} from '@salesops/api/core';
import { minorToDecimal } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { type DeleteGoalInput } from './dtos/delete-goal.input';
import { type GoalMetric, MONEY_METRICS } from './goal.entity';
import { deleteGoal, lockGoalForDelete } from './goal-writes.queries';

interface GoalRow {
  id: string;
  version: number;
  period_key: string;
  metric: GoalMetric;
  target: string;
  rep_id: string | null;
  team_id: string | null;
  subject: string;
}

/** Deletes a mistaken goal: admins only, never inside a closed pay period (the database refuses it too). */
@Injectable()
export class GoalDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async delete(input: DeleteGoalInput): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const [goal] = await runSql<GoalRow>(manager, lockGoalForDelete(input.id));
      if (!goal) throw AppError.notFound('Goal');
      if (goal.version !== input.expectedVersion) {
        throw AppError.conflict(
          `The goal was changed by someone else (now version ${goal.version}); reload and try again`,
          'expectedVersion',
        );
      }
      try {
        await runSql(manager, deleteGoal(goal.id));
      } catch (error) {
        const locked = lockedByDatabase(error);
        if (!locked) throw error;
        // The closed period is a fact of the input (this goal), not a race: nothing to reload.
        throw AppError.badInput('id', `${locked}: a goal of a closed pay period stays as it was paid`);
      }
      const money = MONEY_METRICS.has(goal.metric);
      await this.audit.record(manager, {
        action: 'goal.delete',
        entityType: 'goal',
        entityId: goal.id,
        summary: auditSummary('goal.delete', {
          subject: goal.subject,
          period: goal.period_key,
          metric: goal.metric,
          target: money ? minorToDecimal(BigInt(goal.target)) : goal.target,
          currency: money ? 'USD' : null,
        }),
        before: {
          repId: goal.rep_id,
          teamId: goal.team_id,
          period: goal.period_key,
          metric: goal.metric,
          target: goal.target,
          version: goal.version,
        },
      });
      return true;
    });
  }
}
