import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  allOf,
  AppError,
  AuditService,
  auditSummary,
  inTransaction,
  type Principal,
  runSql,
  sql,
  withLockedField,
} from '@salesops/api/core';
import { OrgScopeService } from '@salesops/api/org';
import { attainmentOf, minorToDecimal, parseAmountToMinor, type Period } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { type BulkGoalResultDto, type GoalDto, type TeamGoalGapDto } from './dtos/goal.dto';
import {
  type CopyGoalsInput,
  type GoalsArgs,
  type SetGoalInput,
  type SetTeamRepGoalsInput,
} from './dtos/goal.inputs';
import { type GoalActualDto, type GoalActualsArgs } from './dtos/goal-actual.dto';
import { type GoalPeriodDto, type GoalPeriodsArgs } from './dtos/goal-period.dto';
import { GoalMetric, MONEY_METRICS } from './goal.entity';
import {
  type GoalActualRow,
  type GoalPeriodRow,
  goalPeriods,
  goalSubjects,
  goalsWithActuals,
  periodActuals,
  type SubjectActualRow,
} from './goal.queries';
import {
  copyGoals,
  countGoals,
  goalsToCopy,
  goalVisibleTo,
  insertGoal,
  lockGoal,
  repsByIds,
  setTeamRepGoals,
  teamGoalGaps,
  teamsByIds,
  updateGoalTarget,
} from './goal-writes.queries';
import { PerformanceService } from './performance.service';

@Injectable()
export class GoalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly performance: PerformanceService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, args: GoalsArgs): Promise<GoalDto[]> {
    const period = this.performance.period(args.period);
    const teamIds = args.teamId ? await this.scope.subtreeIds(args.teamId) : null;
    const rows = await runSql<GoalActualRow>(
      this.dataSource,
      goalsWithActuals(
        allOf([
          sql`g.period_key = ${period.key}`,
          args.metric && sql`g.metric = ${args.metric}`,
          goalVisibleTo(principal),
          teamIds && sql`(g.team_id = ANY(${teamIds}::uuid[]) OR r.team_id = ANY(${teamIds}::uuid[]))`,
        ]),
        sql`g.team_id IS NULL, lower(coalesce(r.name, t.name)), g.metric`,
      ),
    );
    return rows.map(toGoalDto);
  }

  /** What every rep and team the caller may see achieved on a metric in a period, goal or not. */
  async actuals(principal: Principal, args: GoalActualsArgs): Promise<GoalActualDto[]> {
    const period = this.performance.period(args.period);
    const [subjects] = await runSql<{ rep_ids: string[]; team_ids: string[] }>(
      this.dataSource,
      goalSubjects(principal, args.teamId ?? null),
    );
    const rows = await runSql<SubjectActualRow>(
      this.dataSource,
      periodActuals(period, args.metric, subjects.rep_ids, subjects.team_ids),
    );
    return rows.map((row) => ({
      repId: row.rep_id,
      teamId: row.team_id,
      actual: fromTargetUnits(args.metric, row.actual),
    }));
  }

  /** The periods that hold goals the caller may see (with `repId`, that rep's own), newest first. */
  async periods(principal: Principal, args: GoalPeriodsArgs): Promise<GoalPeriodDto[]> {
    const rows = await runSql<GoalPeriodRow>(
      this.dataSource,
      goalPeriods(allOf([goalVisibleTo(principal), !!args.repId && sql`g.rep_id = ${args.repId}::uuid`])),
    );
    return rows.map((row) => ({
      periodKey: row.period_key,
      start: row.start,
      end: row.end,
      goals: row.goals,
    }));
  }

  async set(principal: Principal, input: SetGoalInput): Promise<GoalDto> {
    const [goal] = await this.setMany(principal, [input], '');
    return goal;
  }

  /**
   * Writes many goals in one transaction: every one is stored, or none is. Each is checked against
   * its expectedVersion; the first fault answers with the field at fault (`goals.3.target`).
   */
  async setMany(principal: Principal, inputs: SetGoalInput[], prefix = 'goals'): Promise<GoalDto[]> {
    const field = (index: number, name: string) => (prefix ? `${prefix}.${index}.${name}` : name);
    const seen = new Map<string, number>();
    const checked = inputs.map((input, index) => {
      if (Boolean(input.repId) === Boolean(input.teamId))
        throw AppError.badInput(field(index, 'repId'), 'give either repId or teamId');
      const period = this.withField(field(index, 'period'), () => this.performance.period(input.period));
      const target = this.withField(field(index, 'target'), () => toTargetUnits(input.metric, input.target));
      const key = `${input.repId ?? input.teamId}|${period.key}|${input.metric}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw AppError.badInput(
          field(index, 'repId'),
          `sets the same goal as ${field(earlier, 'repId') || 'an earlier entry'}`,
        );
      seen.set(key, index);
      return { input, period, target };
    });
    const names = await this.checkSubjects(principal, inputs, field);
    return inTransaction(this.dataSource, async (manager) => {
      const ids: string[] = [];
      for (const [index, { input, period, target }] of checked.entries()) {
        const name = names.get((input.repId ?? input.teamId) as string) ?? '';
        ids.push(
          await withLockedField(field(index, 'period'), () =>
            this.writeGoal(manager, input, period, target, field(index, 'target'), name),
          ),
        );
      }
      // Read in the same transaction: the answer is what this call wrote, not a later writer's state.
      const rows = await runSql<GoalActualRow>(manager, goalsWithActuals(sql`g.id = ANY(${ids}::uuid[])`));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => toGoalDto(byId.get(id) as GoalActualRow));
    });
  }

  private async writeGoal(
    manager: EntityManager,
    input: SetGoalInput,
    period: Period,
    target: string,
    field: string,
    subjectName: string,
  ): Promise<string> {
    const subject = input.repId ? 'rep_id' : 'team_id';
    // FOR UPDATE: the lock is what keeps concurrent edits from losing each other (see the UPDATE below).
    const [existing] = await runSql<{ id: string; version: number; target: string }>(
      manager,
      lockGoal(input, period.key, input.metric),
    );
    const subjectId = input.repId ?? input.teamId;
    const goal = {
      subject: subjectName,
      period: period.key,
      metric: input.metric,
      target: fromTargetUnits(input.metric, target),
      currency: targetCurrency(input.metric),
    };
    const audit = (id: string, before: { target: string; version: number } | null) =>
      this.audit.record(manager, {
        action: 'goal.set',
        entityType: 'goal',
        entityId: id,
        summary: before
          ? auditSummary('goal.set', { ...goal, before: fromTargetUnits(input.metric, before.target) })
          : auditSummary('goal.set.new', goal),
        before: before && { target: fromTargetUnits(input.metric, before.target), version: before.version },
        after: {
          [subject === 'rep_id' ? 'repId' : 'teamId']: subjectId,
          period: period.key,
          metric: input.metric,
          target: fromTargetUnits(input.metric, target),
        },
      });
    if (existing) {
      if (input.expectedVersion !== undefined && input.expectedVersion !== existing.version) {
        throw AppError.conflict(
          `The goal was changed by someone else (now version ${existing.version}); reload and try again`,
          field,
        );
      }
      // The row lock taken by the SELECT ... FOR UPDATE above is the single mechanism against lost updates:
      // no one can change the row until this transaction ends, so the version read is the version written
      // over. A second `AND version = ...` here could never fail; blind edits queue on the lock instead.
      await runSql(manager, updateGoalTarget(existing.id, target));
      await audit(existing.id, existing);
      return existing.id;
    }
    // expectedVersion 0 means "I saw no goal here": creating it is right; any other version was lost.
    if (input.expectedVersion !== undefined && input.expectedVersion !== 0)
      throw AppError.conflict('The goal was removed or never existed; reload and try again', field);
    const id = await this.insertGoal(
      manager,
      input.repId ?? null,
      input.teamId ?? null,
      period,
      input.metric,
      target,
      field,
    );
    await audit(id, null);
    return id;
  }

  /** Runs a check that throws a field error, answering for the given field path instead. */
  private withField<T>(field: string, check: () => T): T {
    try {
      return check();
    } catch (error) {
      if (error instanceof AppError && error.fieldErrors.length > 0)
        throw AppError.badInput(field, error.fieldErrors[0].message);
      throw error;
    }
  }

  async setTeamRepGoals(principal: Principal, input: SetTeamRepGoalsInput): Promise<BulkGoalResultDto> {
    const period = this.performance.period(input.period);
    const target = toTargetUnits(input.metric, input.target);
    const teamName = await this.checkTeam(principal, input.teamId);
    const written = await inTransaction(this.dataSource, async (manager) => {
      const rows = await withLockedField('period', () =>
        runSql<{ id: string }>(manager, setTeamRepGoals(input.teamId, period, input.metric, target)),
      );
      await this.audit.record(manager, {
        action: 'goal.set_team_reps',
        entityType: 'team',
        entityId: input.teamId,
        summary: auditSummary('goal.set_team_reps', {
          team: teamName,
          period: period.key,
          metric: input.metric,
          target: input.target,
          currency: targetCurrency(input.metric),
          count: rows.length,
        }),
        after: {
          period: period.key,
          metric: input.metric,
          target: input.target,
          goalIds: rows.map((row) => row.id),
        },
      });
      return rows.length;
    });
    return { written, skipped: 0 };
  }

  /** Copies a period's goals to another period of the same kind, changed by a percentage; existing goals stay. */
  async copy(principal: Principal, input: CopyGoalsInput): Promise<BulkGoalResultDto> {
    const from = this.performance.period(input.fromPeriod);
    const to = this.performance.period(input.toPeriod);
    if (from.type !== to.type)
      throw AppError.badInput('toPeriod', `must be a ${from.type.toLowerCase()} like ${from.key}`);
    if (from.key === to.key) throw AppError.badInput('toPeriod', 'must differ from fromPeriod');
    const where = goalsToCopy(principal, from.key, input.teamId ?? null);
    return inTransaction(this.dataSource, async (manager) => {
      const [{ total }] = await runSql<{ total: string }>(manager, countGoals(where));
      const rows = await withLockedField('toPeriod', () =>
        runSql<{ id: string }>(manager, copyGoals(where, to, input.percentChange)),
      );
      const copied = { count: rows.length, from: from.key, to: to.key, percentChange: input.percentChange };
      await this.audit.record(manager, {
        action: 'goal.copy',
        entityType: 'goal',
        summary: input.teamId
          ? auditSummary('goal.copy.team', { ...copied, team: await teamName(manager, input.teamId) })
          : auditSummary('goal.copy', copied),
        after: {
          fromPeriod: from.key,
          toPeriod: to.key,
          percentChange: input.percentChange,
          teamId: input.teamId ?? null,
          goalIds: rows.map((row) => row.id),
        },
      });
      return { written: rows.length, skipped: Number(total) - rows.length };
    });
  }

  /** Each visible team's own goal against the sum of its current reps' goals. */
  async teamGaps(principal: Principal, periodKey: string, metric: GoalMetric): Promise<TeamGoalGapDto[]> {
    const period = this.performance.period(periodKey);
    const scope = await this.scope.teamScope(principal);
    const rows = await runSql<{
      team_id: string;
      team_name: string;
      team_target: string | null;
      rep_sum: string;
      with_goal: string;
      without_goal: string;
    }>(this.dataSource, teamGoalGaps(period.key, metric, scope.kind === 'all' ? null : scope.teamIds));
    const show = (units: string) => fromTargetUnits(metric, units);
    return rows.map((row) => ({
      teamId: row.team_id,
      teamName: row.team_name,
      teamTarget: row.team_target === null ? null : show(row.team_target),
      repTargetSum: show(row.rep_sum),
      repsWithGoal: Number(row.with_goal),
      repsWithoutGoal: Number(row.without_goal),
      gap: row.team_target === null ? null : show((BigInt(row.team_target) - BigInt(row.rep_sum)).toString()),
    }));
  }

  private async insertGoal(
    manager: EntityManager,
    repId: string | null,
    teamId: string | null,
    period: Period,
    metric: GoalMetric,
    target: string,
    field: string,
  ): Promise<string> {
    const id = randomUUID();
    const rows = await runSql<{ id: string }>(
      manager,
      insertGoal(id, { repId, teamId }, period, metric, target),
    );
    if (rows.length === 0)
      throw AppError.conflict('Someone set this goal at the same moment; reload and try again', field);
    return id;
  }

  /** Every rep and team named must exist and be within the caller's scope; one query for each kind. */
  private async checkSubjects(
    principal: Principal,
    inputs: SetGoalInput[],
    field: (index: number, name: string) => string,
  ): Promise<Map<string, string>> {
    const teamIds = [...new Set(inputs.flatMap((input) => (input.teamId ? [input.teamId] : [])))];
    const repIds = [...new Set(inputs.flatMap((input) => (input.repId ? [input.repId] : [])))];
    const teams = teamIds.length
      ? await runSql<{ id: string; name: string }>(this.dataSource, teamsByIds(teamIds))
      : [];
    const reps = repIds.length
      ? await runSql<{ id: string; name: string; team_id: string }>(this.dataSource, repsByIds(repIds))
      : [];
    const teamOk = new Set<string>();
    for (const team of teams) if (await this.scope.canSeeTeam(principal, team.id)) teamOk.add(team.id);
    const repOk = new Set<string>();
    for (const rep of reps) if (await this.scope.canSeeTeam(principal, rep.team_id)) repOk.add(rep.id);
    for (const [index, input] of inputs.entries()) {
      if (input.teamId && !teamOk.has(input.teamId))
        throw AppError.badInput(field(index, 'teamId'), 'is not a team you manage');
      if (input.repId && !repOk.has(input.repId))
        throw AppError.badInput(field(index, 'repId'), 'is not a rep you manage');
    }
    return new Map([...teams, ...reps].map((subject) => [subject.id, subject.name]));
  }

  /** A team the caller manages, by its name. */
  private async checkTeam(principal: Principal, teamId: string): Promise<string> {
    const names = await this.checkSubjects(principal, [{ teamId } as SetGoalInput], (_index, name) => name);
    return names.get(teamId) as string;
  }
}

/** A team's name for the audit trail; its id if there is no such team (a copy for it copied nothing). */
async function teamName(manager: EntityManager, teamId: string): Promise<string> {
  const [team] = await runSql<{ name: string }>(manager, teamsByIds([teamId]));
  return team?.name ?? teamId;
}

/** Money targets are stored in minor units, counts as they are. */
function toTargetUnits(metric: GoalMetric, target: string): string {
  if (MONEY_METRICS.has(metric)) {
    const minor = parseAmountToMinor(target);
    if (minor === null || minor < 0n) throw AppError.badInput('target', 'must be a non-negative amount');
    return minor.toString();
  }
  if (!/^\d{1,9}$/.test(target)) throw AppError.badInput('target', 'must be a whole number of deals');
  return target;
}

function fromTargetUnits(metric: GoalMetric, units: string): string {
  return MONEY_METRICS.has(metric) ? minorToDecimal(BigInt(units)) : units;
}

/** The currency of a money target (goals are written in USD, see the INSERTs); null for counts. */
function targetCurrency(metric: GoalMetric): string | null {
  return MONEY_METRICS.has(metric) ? 'USD' : null;
}

function toGoalDto(row: GoalActualRow): GoalDto {
  const target = BigInt(row.target);
  const actual = BigInt(row.actual);
  return {
    id: row.id,
    repId: row.rep_id,
    teamId: row.team_id,
    subjectName: row.subject_name,
    periodKey: row.period_key,
    metric: row.metric,
    target: fromTargetUnits(row.metric, row.target),
    actual: fromTargetUnits(row.metric, row.actual),
    attainment: attainmentOf(actual, target),
    currency: MONEY_METRICS.has(row.metric) ? row.currency.trim() : null,
    version: row.version,
  };
}
