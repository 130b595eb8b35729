import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allOf, AppError, AuditService, auditSummary, inTransaction, type Principal, Role, runSql, sql, type SqlFragment, withLockedField } from '@salesops/api/core';
import { OrgScopeService } from '@salesops/api/org';
import { attainmentOf, minorToDecimal, parseAmountToMinor, type Period } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type GoalActualDto, type GoalActualsArgs } from './dtos/goal-actual.dto';
import { type BulkGoalResultDto, type GoalDto, type TeamGoalGapDto } from './dtos/goal.dto';
import { type CopyGoalsInput, type GoalsArgs, type SetGoalInput, type SetTeamRepGoalsInput } from './dtos/goal.inputs';
import { GoalMetric, MONEY_METRICS } from './goal.entity';
import { type GoalActualRow, goalSubjects, goalsWithActuals, periodActuals, type SubjectActualRow } from './goal.queries';
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
          await this.visibleGoals(principal),
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
    const [subjects] = await runSql<{ rep_ids: string[]; team_ids: string[] }>(this.dataSource, goalSubjects(principal, args.teamId ?? null));
    const rows = await runSql<SubjectActualRow>(this.dataSource, periodActuals(period, args.metric, subjects.rep_ids, subjects.team_ids));
    return rows.map((row) => ({ repId: row.rep_id, teamId: row.team_id, actual: fromTargetUnits(args.metric, row.actual) }));
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
      if (Boolean(input.repId) === Boolean(input.teamId)) throw AppError.badInput(field(index, 'repId'), 'give either repId or teamId');
      const period = this.withField(field(index, 'period'), () => this.performance.period(input.period));
      const target = this.withField(field(index, 'target'), () => toTargetUnits(input.metric, input.target));
      const key = `${input.repId ?? input.teamId}|${period.key}|${input.metric}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) throw AppError.badInput(field(index, 'repId'), `sets the same goal as ${field(earlier, 'repId') || 'an earlier entry'}`);
      seen.set(key, index);
      return { input, period, target };
    });
    const names = await this.checkSubjects(principal, inputs, field);
    return inTransaction(this.dataSource, async (manager) => {
      const ids: string[] = [];
      for (const [index, { input, period, target }] of checked.entries()) {
        const name = names.get((input.repId ?? input.teamId) as string) ?? '';
        ids.push(await withLockedField(field(index, 'period'), () => this.writeGoal(manager, input, period, target, field(index, 'target'), name)));
      }
      // Read in the same transaction: the answer is what this call wrote, not a later writer's state.
      const rows = await runSql<GoalActualRow>(manager, goalsWithActuals(sql`g.id = ANY(${ids}::uuid[])`));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => toGoalDto(byId.get(id) as GoalActualRow));
    });
  }

  private async writeGoal(manager: EntityManager, input: SetGoalInput, period: Period, target: string, field: string, subjectName: string): Promise<string> {
    const subject = input.repId ? 'rep_id' : 'team_id';
    // FOR UPDATE: the lock is what keeps concurrent edits from losing each other (see the UPDATE below).
    const [existing]: { id: string; version: number; target: string }[] = await manager.query(
      `SELECT id, version, target FROM goal WHERE ${subject} = $1 AND period_key = $2 AND metric = $3 FOR UPDATE`,
      [input.repId ?? input.teamId, period.key, input.metric],
    );
    const subjectId = input.repId ?? input.teamId;
    const goal = { subject: subjectName, period: period.key, metric: input.metric, target: fromTargetUnits(input.metric, target), currency: targetCurrency(input.metric) };
    const audit = (id: string, before: { target: string; version: number } | null) =>
      this.audit.record(manager, {
        action: 'goal.set',
        entityType: 'goal',
        entityId: id,
        summary: before ? auditSummary('goal.set', { ...goal, before: fromTargetUnits(input.metric, before.target) }) : auditSummary('goal.set.new', goal),
        before: before && { target: fromTargetUnits(input.metric, before.target), version: before.version },
        after: { [subject === 'rep_id' ? 'repId' : 'teamId']: subjectId, period: period.key, metric: input.metric, target: fromTargetUnits(input.metric, target) },
      });
    if (existing) {
      if (input.expectedVersion !== undefined && input.expectedVersion !== existing.version) {
        throw AppError.conflict(`The goal was changed by someone else (now version ${existing.version}); reload and try again`, field);
      }
      // The row lock taken by the SELECT ... FOR UPDATE above is the single mechanism against lost updates:
      // no one can change the row until this transaction ends, so the version read is the version written
      // over. A second `AND version = ...` here could never fail; blind edits queue on the lock instead.
      await manager.query('UPDATE goal SET target = $2, updated_at = now(), version = version + 1 WHERE id = $1', [existing.id, target]);
      await audit(existing.id, existing);
      return existing.id;
    }
    // expectedVersion 0 means "I saw no goal here": creating it is right; any other version was lost.
    if (input.expectedVersion !== undefined && input.expectedVersion !== 0) throw AppError.conflict('The goal was removed or never existed; reload and try again', field);
    const id = await this.insertGoal(manager, input.repId ?? null, input.teamId ?? null, period, input.metric, target, field);
    await audit(id, null);
    return id;
  }

  /** Runs a check that throws a field error, answering for the given field path instead. */
  private withField<T>(field: string, check: () => T): T {
    try {
      return check();
    } catch (error) {
      if (error instanceof AppError && error.fieldErrors.length > 0) throw AppError.badInput(field, error.fieldErrors[0].message);
      throw error;
    }
  }

  async setTeamRepGoals(principal: Principal, input: SetTeamRepGoalsInput): Promise<BulkGoalResultDto> {
    const period = this.performance.period(input.period);
    const target = toTargetUnits(input.metric, input.target);
    const teamName = await this.checkTeam(principal, input.teamId);
    const written = await inTransaction(this.dataSource, async (manager) => {
      const rows: { id: string }[] = await withLockedField('period', () =>
        manager.query(
        `INSERT INTO goal (id, rep_id, period_key, period_start, period_end, metric, target, currency)
         SELECT gen_random_uuid(), r.id, $2, $3, $4, $5, $6, 'USD' FROM rep r WHERE r.team_id = $1 AND r.active
         ON CONFLICT (rep_id, period_key, metric) WHERE rep_id IS NOT NULL
         DO UPDATE SET target = EXCLUDED.target, updated_at = now(), version = goal.version + 1
         RETURNING id`,
        [input.teamId, period.key, period.start, period.end, input.metric, target],
        ),
      );
      await this.audit.record(manager, {
        action: 'goal.set_team_reps',
        entityType: 'team',
        entityId: input.teamId,
        summary: auditSummary('goal.set_team_reps', { team: teamName, period: period.key, metric: input.metric, target: input.target, currency: targetCurrency(input.metric), count: rows.length }),
        after: { period: period.key, metric: input.metric, target: input.target, goalIds: rows.map((row) => row.id) },
      });
      return rows.length;
    });
    return { written, skipped: 0 };
  }

  /** Copies a period's goals to another period of the same kind, changed by a percentage; existing goals stay. */
  async copy(principal: Principal, input: CopyGoalsInput): Promise<BulkGoalResultDto> {
    const from = this.performance.period(input.fromPeriod);
    const to = this.performance.period(input.toPeriod);
    if (from.type !== to.type) throw AppError.badInput('toPeriod', `must be a ${from.type.toLowerCase()} like ${from.key}`);
    if (from.key === to.key) throw AppError.badInput('toPeriod', 'must differ from fromPeriod');
    const params: unknown[] = [from.key];
    const where = ['g.period_key = $1', await this.visibleCondition(principal, params)];
    if (input.teamId) {
      params.push(await this.scope.subtreeIds(input.teamId));
      where.push(`(g.team_id = ANY($${params.length}) OR r.team_id = ANY($${params.length}))`);
    }
    params.push(to.key, to.start, to.end, input.percentChange);
    const n = params.length;
    return inTransaction(this.dataSource, async (manager) => {
      const [{ total }]: { total: string }[] = await manager.query(
        `SELECT count(*) AS total FROM goal g LEFT JOIN rep r ON r.id = g.rep_id WHERE ${where.join(' AND ')}`,
        params.slice(0, n - 4),
      );
      const rows: { id: string }[] = await withLockedField('toPeriod', () =>
        manager.query(
        `INSERT INTO goal (id, rep_id, team_id, period_key, period_start, period_end, metric, target, currency)
         SELECT gen_random_uuid(), g.rep_id, g.team_id, $${n - 3}, $${n - 2}::date, $${n - 1}::date, g.metric,
                round(g.target * (100 + $${n}::int) / 100.0)::bigint, g.currency
           FROM goal g LEFT JOIN rep r ON r.id = g.rep_id
          WHERE ${where.join(' AND ')}
         ON CONFLICT DO NOTHING
         RETURNING id`,
        params,
        ),
      );
      const copied = { count: rows.length, from: from.key, to: to.key, percentChange: input.percentChange };
      await this.audit.record(manager, {
        action: 'goal.copy',
        entityType: 'goal',
        summary: input.teamId
          ? auditSummary('goal.copy.team', { ...copied, team: await teamName(manager, input.teamId) })
          : auditSummary('goal.copy', copied),
        after: { fromPeriod: from.key, toPeriod: to.key, percentChange: input.percentChange, teamId: input.teamId ?? null, goalIds: rows.map((row) => row.id) },
      });
      return { written: rows.length, skipped: Number(total) - rows.length };
    });
  }

  /** Each visible team's own goal against the sum of its current reps' goals. */
  async teamGaps(principal: Principal, periodKey: string, metric: GoalMetric): Promise<TeamGoalGapDto[]> {
    const period = this.performance.period(periodKey);
    const scope = await this.scope.teamScope(principal);
    const rows: { team_id: string; team_name: string; team_target: string | null; rep_sum: string; with_goal: string; without_goal: string }[] =
      await this.dataSource.query(
        `SELECT t.id AS team_id, t.name AS team_name, tg.target AS team_target,
                coalesce(sum(rg.target), 0) AS rep_sum,
                count(rg.id) AS with_goal, count(r.id) - count(rg.id) AS without_goal
           FROM team t
           LEFT JOIN goal tg ON tg.team_id = t.id AND tg.period_key = $1 AND tg.metric = $2
           LEFT JOIN rep r ON r.team_id = t.id AND r.active
           LEFT JOIN goal rg ON rg.rep_id = r.id AND rg.period_key = $1 AND rg.metric = $2
          WHERE ($3::uuid[] IS NULL OR t.id = ANY($3))
          GROUP BY t.id, t.name, tg.target
          ORDER BY lower(t.name)`,
        [period.key, metric, scope.kind === 'all' ? null : scope.teamIds],
      );
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

  private async insertGoal(manager: EntityManager, repId: string | null, teamId: string | null, period: Period, metric: GoalMetric, target: string, field: string): Promise<string> {
    const id = randomUUID();
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO goal (id, rep_id, team_id, period_key, period_start, period_end, metric, target, currency)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'USD') ON CONFLICT DO NOTHING RETURNING id`,
      [id, repId, teamId, period.key, period.start, period.end, metric, target],
    );
    if (rows.length === 0) throw AppError.conflict('Someone set this goal at the same moment; reload and try again', field);
    return id;
  }

  /** SQL condition (on goal g joined with rep r) for the goals the caller may see. */
  /** The goals a caller may see: a rep their own, a manager their teams' and their reps', an admin all. */
  private async visibleGoals(principal: Principal): Promise<SqlFragment> {
    if (principal.role === Role.REP) return sql`g.rep_id = ${principal.repId}::uuid`;
    const scope = await this.scope.teamScope(principal);
    if (scope.kind === 'all') return sql`TRUE`;
    return sql`(g.team_id = ANY(${scope.teamIds}::uuid[]) OR r.team_id = ANY(${scope.teamIds}::uuid[]))`;
  }

  private async visibleCondition(principal: Principal, params: unknown[]): Promise<string> {
    if (principal.role === Role.REP) {
      params.push(principal.repId);
      return `g.rep_id = $${params.length}`;
    }
    const scope = await this.scope.teamScope(principal);
    if (scope.kind === 'all') return 'TRUE';
    params.push(scope.teamIds);
    return `(g.team_id = ANY($${params.length}) OR r.team_id = ANY($${params.length}))`;
  }

  /** Every rep and team named must exist and be within the caller's scope; one query for each kind. */
  private async checkSubjects(principal: Principal, inputs: SetGoalInput[], field: (index: number, name: string) => string): Promise<Map<string, string>> {
    const teamIds = [...new Set(inputs.flatMap((input) => (input.teamId ? [input.teamId] : [])))];
    const repIds = [...new Set(inputs.flatMap((input) => (input.repId ? [input.repId] : [])))];
    const teams: { id: string; name: string }[] = teamIds.length ? await this.dataSource.query('SELECT id, name FROM team WHERE id = ANY($1)', [teamIds]) : [];
    const reps: { id: string; name: string; team_id: string }[] = repIds.length ? await this.dataSource.query('SELECT id, name, team_id FROM rep WHERE id = ANY($1)', [repIds]) : [];
    const teamOk = new Set<string>();
    for (const team of teams) if (await this.scope.canSeeTeam(principal, team.id)) teamOk.add(team.id);
    const repOk = new Set<string>();
    for (const rep of reps) if (await this.scope.canSeeTeam(principal, rep.team_id)) repOk.add(rep.id);
    for (const [index, input] of inputs.entries()) {
      if (input.teamId && !teamOk.has(input.teamId)) throw AppError.badInput(field(index, 'teamId'), 'is not a team you manage');
      if (input.repId && !repOk.has(input.repId)) throw AppError.badInput(field(index, 'repId'), 'is not a rep you manage');
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
  const [team]: { name: string }[] = await manager.query('SELECT name FROM team WHERE id = $1', [teamId]);
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
