import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  ComputedCache,
  type Principal,
  sql,
  type SqlFragment,
} from '@salesops/api/core';
import { type GoalActualRow, type GoalMetric, MONEY_METRICS } from '@salesops/api/goals';
import { repVisibleTo } from '@salesops/api/org';
import {
  computeStatement,
  daysBetween,
  type MeasureInput,
  minorToDecimal,
  parsePeriodKey,
  type Period,
  type PlanRules,
  type StatementLine,
  type StatementSegment,
} from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import {
  type PayoutLineDealDto,
  type PayoutLineDto,
  PayoutLineKind,
  type PayoutStatementDto,
  StatementStatus,
} from '../dtos/statement.dto';
import { AdjustmentKind } from '../entities/payout-adjustment.entity';
import { PayFrequency } from '../entities/plan-version-status';
import { type PaySegment, paySegments } from './pay-segments';
import {
  type AdjustmentRow,
  adjustments,
  frozenLines,
  frozenStatements,
  insertFrozenStatements,
  lineDeals,
  lockPayInputsForFreeze,
  memberships,
  openDisputeCounts,
  type PaidAssignmentRow,
  paidAssignments,
  periodGoals,
  periodIsClosed,
  repVisible,
  toAssignmentSpans,
  wonRevenueWithin,
} from './statement.queries';

type Runner = Pick<EntityManager, 'query'>;

const LINE_DEALS_LIMIT = 500;

/** The measured figure as the API shows it: decimal money, whole counts. */
function shown(metric: string | null, value: string | null): string | null {
  if (value === null) return null;
  return metric !== null && MONEY_METRICS.has(metric as GoalMetric) ? minorToDecimal(BigInt(value)) : value;
}

/** A goal's figure as the engine takes it: a whole, non-negative number as text. */
const whole = (value: string) => (BigInt(value) < 0n ? '0' : BigInt(value).toString());

/**
 * Payout statements. An open pay period's statement is computed on every read from the plan assignments,
 * the team memberships, the goals (with the goals screen's own actuals) and the won deals; closing the
 * period stores it (frozen) and from then on it is read as stored.
 */
@Injectable()
export class StatementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly cache: ComputedCache,
  ) {}

  /** A fiscal year, quarter or month: the periods pay is settled for (pay periods and statements alike). */
  payPeriod(key: string, field = 'period'): Period {
    const period = parsePeriodKey(key.trim(), { startMonth: this.config.fiscalYearStartMonth });
    if (!period || period.type === 'WEEK')
      throw AppError.badInput(
        field,
        'must be a fiscal year (FY2017), quarter (FY2017-Q3) or month (2017-08)',
      );
    return period;
  }

  /** Every statement of the period the caller may see: a rep their own, a manager their reps', an admin all. */
  statements(principal: Principal, periodKey: string): Promise<PayoutStatementDto[]> {
    const period = this.payPeriod(periodKey);
    return this.read(this.dataSource.manager, period, repVisibleTo(principal, sql`r.id`));
  }

  /**
   * One rep's statement; null when no plan paid them in the period. Another rep's id answers NOT_FOUND.
   * Access is decided first; the statement itself depends only on the rep and the period, so it is kept
   * until the data under it changes (ComputedCache: every write to deals, goals, the org, plans,
   * assignments, adjustments, disputes or pay periods moves data_version forward).
   */
  async statement(
    principal: Principal,
    repId: string,
    periodKey: string,
  ): Promise<PayoutStatementDto | null> {
    const period = this.payPeriod(periodKey);
    await this.checkVisible(principal, repId);
    const [statement] = await this.cache.getOrCompute(
      JSON.stringify(['statement', period.key, repId]),
      () => this.read(this.dataSource.manager, period, sql`r.id = ${repId}::uuid`),
      (found) => 1 + (found[0]?.lines.length ?? 0),
    );
    return statement ?? null;
  }

  /** The deals behind one line of a statement (at most 500, by date). */
  async lineDeals(
    principal: Principal,
    repId: string,
    periodKey: string,
    lineKey: string,
  ): Promise<PayoutLineDealDto[]> {
    const statement = await this.statement(principal, repId, periodKey);
    const line = statement?.lines.find((l) => l.key === lineKey);
    if (!statement || !line) throw AppError.notFound('Statement line');
    if (line.metric === null || line.fromDate === null || line.toDate === null) return [];
    if (line.scope === 'TEAM' && line.teamId === null) return [];
    // A commission counts what was won within its segment; a tiered measure or team bonus reads the whole
    // period's result against the period's goal (only its pay is prorated), so its deals are the period's.
    const commission = line.kind === PayoutLineKind.COMMISSION;
    const rows = await lineDeals(
      this.dataSource.manager,
      {
        metric: line.metric,
        repId: line.scope === 'TEAM' ? null : repId,
        teamId: line.scope === 'TEAM' ? line.teamId : null,
        from: commission ? line.fromDate : statement.periodStart,
        to: commission ? line.toDate : statement.periodEnd,
      },
      LINE_DEALS_LIMIT,
    );
    return rows.map((row) => ({
      id: row.id,
      externalId: row.external_id,
      accountName: row.account_name,
      productName: row.product_name,
      repName: row.rep_name,
      stageName: row.stage_name,
      amount: row.amount_minor === null ? null : minorToDecimal(BigInt(row.amount_minor)),
      engageDate: row.engage_date,
      closeDate: row.close_date,
    }));
  }

  /**
   * Stores every statement of a pay period that is closing, inside the close's transaction (the
   * period's row must already say CLOSED: the database accepts frozen statements only then). Returns how
   * many were stored.
   */
  async freeze(manager: EntityManager, period: Period): Promise<number> {
    const frequency = frequencyOf(period);
    if (!frequency) return 0;
    await lockPayInputsForFreeze(manager);
    const statements = await this.live(manager, period, frequency, sql`TRUE`);
    await insertFrozenStatements(
      manager,
      statements.map((statement) => ({
        id: randomUUID(),
        repId: statement.repId,
        periodKey: period.key,
        currency: statement.currency,
        totalMinor: statement.totalMinor,
        explanation: statement.explanation,
        lines: statement.lines.map((line) => ({
          id: randomUUID(),
          key: line.key,
          amountMinor: line.amountMinor,
          details: line,
        })),
      })),
    );
    return statements.length;
  }

  async checkVisible(principal: Principal, repId: string): Promise<void> {
    if (!(await repVisible(this.dataSource.manager, principal, repId))) throw AppError.notFound('Rep');
  }

  /** Statements of the reps `reps` allows (a condition on `r.id`): stored when the period is closed, live otherwise. */
  async read(runner: Runner, period: Period, reps: SqlFragment): Promise<PayoutStatementDto[]> {
    if (await periodIsClosed(runner, period.key)) return this.frozen(runner, period, reps);
    const frequency = frequencyOf(period);
    return frequency ? this.live(runner, period, frequency, reps) : [];
  }

  /**
   * The statements as today's data computes them, whatever the period's status: for a closed period this
   * is what it would pay now (its goals, assignments and adjustments are locked, so only deals differ).
   */
  recompute(runner: Runner, period: Period, reps: SqlFragment): Promise<PayoutStatementDto[]> {
    const frequency = frequencyOf(period);
    return frequency ? this.live(runner, period, frequency, reps) : Promise.resolve([]);
  }

  private async frozen(runner: Runner, period: Period, reps: SqlFragment): Promise<PayoutStatementDto[]> {
    const statements = await frozenStatements(runner, period.key, reps);
    if (statements.length === 0) return [];
    const lines = await frozenLines(
      runner,
      statements.map((s) => s.id),
    );
    const disputes = await openDisputeCounts(
      runner,
      period.key,
      statements.map((s) => s.rep_id),
    );
    return statements.map((row) => {
      const own = lines
        .filter((line) => line.statement_id === row.id)
        .map((line) => line.details as unknown as PayoutLineDto);
      return {
        repId: row.rep_id,
        repName: row.rep_name,
        period: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        status: StatementStatus.FROZEN,
        currency: row.currency,
        totalMinor: row.total_minor,
        total: minorToDecimal(BigInt(row.total_minor)),
        explanation: row.explanation,
        plans: plansOf(own),
        lines: own,
        frozenAt: row.closed_at,
        openDisputes: disputes.get(row.rep_id) ?? 0,
      };
    });
  }

  /** Computes the statements from today's data: a handful of set-based statements for any number of reps. */
  private async live(
    runner: Runner,
    period: Period,
    frequency: PayFrequency,
    reps: SqlFragment,
  ): Promise<PayoutStatementDto[]> {
    const assignments = await paidAssignments(runner, period, frequency, reps);
    if (assignments.length === 0) return [];
    const repIds = [...new Set(assignments.map((a) => a.rep_id))];
    const teams = await memberships(runner, period, repIds);
    const segmentsByRep = paySegments(period, toAssignmentSpans(assignments), teams);
    const teamNames = new Map(teams.map((m) => [m.teamId, m.teamName]));
    const versions = new Map(assignments.map((a) => [a.version_id, a]));
    const segments = [...segmentsByRep.values()].flat();
    const goals = goalIndex(
      await periodGoals(runner, period, repIds, [
        ...new Set(segments.flatMap((s) => (s.teamId ? [s.teamId] : []))),
      ]),
    );
    const commission = await this.commissionRevenue(runner, segments, versions);
    const booked = await adjustments(runner, period.key, repIds);
    const disputes = await openDisputeCounts(runner, period.key, repIds);
    const periodDays = daysBetween(period.start, period.end);
    const names = new Map(assignments.map((a) => [a.rep_id, a.rep_name]));
    return [...segmentsByRep.entries()].map(([repId, repSegments]) => {
      const inputs: StatementSegment[] = repSegments.map((segment) => ({
        rulesVersionId: segment.versionId,
        fromDate: segment.from,
        toDate: segment.to,
        days: segment.days,
        periodDays,
        measures: measureInputs(
          versions.get(segment.versionId)?.rules as PlanRules,
          segment,
          goals,
          commission,
        ),
        teamBonus: teamBonusInput(versions.get(segment.versionId)?.rules as PlanRules, segment, goals),
      }));
      const rulesByVersion = Object.fromEntries(
        repSegments.map((s) => [s.versionId, versions.get(s.versionId)?.rules as PlanRules]),
      );
      const computed = computeStatement(rulesByVersion, { segments: inputs });
      const lines = computed.lines.map((line) =>
        toLineDto(
          line,
          repSegments.find((s) => s.from === line.fromDate) ?? repSegments[0],
          versions,
          teamNames,
        ),
      );
      const own = booked.filter((a) => a.rep_id === repId);
      lines.push(...own.map((adjustment) => adjustmentLine(adjustment, periodDays)));
      const total = lines.reduce((sum, line) => sum + BigInt(line.amountMinor), 0n);
      return {
        repId,
        repName: names.get(repId) ?? '',
        period: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        status: StatementStatus.LIVE,
        currency: computed.currency,
        totalMinor: total.toString(),
        total: minorToDecimal(total),
        explanation: computed.explanation,
        plans: plansOf(lines),
        lines,
        frozenAt: null,
        openDisputes: disputes.get(repId) ?? 0,
      };
    });
  }

  /** Won revenue for every commission measure of every segment, keyed `repId|from|measureKey`. */
  private async commissionRevenue(
    runner: Runner,
    segments: readonly PaySegment[],
    versions: Map<string, PaidAssignmentRow>,
  ): Promise<Map<string, bigint>> {
    const spans: { key: string; repId: string; teamId: string | null; from: string; to: string }[] = [];
    for (const segment of segments) {
      for (const measure of versions.get(segment.versionId)?.rules.measures ?? []) {
        if (measure.curve.kind !== 'COMMISSION') continue;
        if (measure.scope === 'TEAM' && segment.teamId === null) continue;
        spans.push({
          key: `${segment.repId}|${segment.from}|${measure.key}`,
          repId: segment.repId,
          teamId: measure.scope === 'TEAM' ? segment.teamId : null,
          from: segment.from,
          to: segment.to,
        });
      }
    }
    const won = await wonRevenueWithin(runner, spans);
    return new Map(spans.map((span, index) => [span.key, won[index]]));
  }
}

/** The plan frequency a period settles: a quarter settles quarterly plans, and so on; weeks settle none. */
export function frequencyOf(period: Period): PayFrequency | null {
  switch (period.type) {
    case 'YEAR':
      return PayFrequency.YEAR;
    case 'QUARTER':
      return PayFrequency.QUARTER;
    case 'MONTH':
      return PayFrequency.MONTH;
    default:
      return null;
  }
}

type GoalIndex = Map<string, GoalActualRow>;

function goalIndex(rows: readonly GoalActualRow[]): GoalIndex {
  return new Map(rows.map((row) => [`${row.rep_id ?? row.team_id}|${row.metric}`, row]));
}

/** The goal of a rep or team on a metric as the engine's input; none when no goal was set or it is in another currency. */
function goalInput(
  goals: GoalIndex,
  subjectId: string | null,
  metric: string,
  currency: string,
): MeasureInput | undefined {
  if (subjectId === null) return undefined;
  const goal = goals.get(`${subjectId}|${metric}`);
  if (!goal) return undefined;
  if (MONEY_METRICS.has(metric as GoalMetric) && goal.currency !== currency) return undefined;
  return { actual: whole(goal.actual), target: whole(goal.target) };
}

function measureInputs(
  rules: PlanRules,
  segment: PaySegment,
  goals: GoalIndex,
  commission: Map<string, bigint>,
): Record<string, MeasureInput> {
  const inputs: Record<string, MeasureInput> = {};
  for (const measure of rules.measures) {
    const subject = measure.scope === 'TEAM' ? segment.teamId : segment.repId;
    const goal = goalInput(goals, subject, measure.metric, rules.currency);
    if (measure.curve.kind === 'COMMISSION') {
      const won = commission.get(`${segment.repId}|${segment.from}|${measure.key}`);
      if (won !== undefined)
        inputs[measure.key] = { actual: whole(won.toString()), target: goal?.target ?? '0' };
    } else if (goal) {
      inputs[measure.key] = goal;
    }
  }
  return inputs;
}

function teamBonusInput(rules: PlanRules, segment: PaySegment, goals: GoalIndex): MeasureInput | undefined {
  if (!rules.teamBonus) return undefined;
  return goalInput(goals, segment.teamId, rules.teamBonus.metric ?? 'WON_REVENUE', rules.currency);
}

function toLineDto(
  line: StatementLine,
  segment: PaySegment,
  versions: Map<string, PaidAssignmentRow>,
  teamNames: Map<string, string>,
): PayoutLineDto {
  const version = line.rulesVersionId ? versions.get(line.rulesVersionId) : undefined;
  const team = line.scope === 'TEAM' ? segment.teamId : null;
  return {
    key: `${line.fromDate}:${line.measureKey ?? 'team-bonus'}`,
    kind: line.kind as PayoutLineKind,
    measureKey: line.measureKey,
    label: line.label,
    metric: line.metric,
    scope: line.scope,
    teamId: team,
    teamName: team ? (teamNames.get(team) ?? null) : null,
    actual: shown(line.metric, line.actual),
    target: shown(line.metric, line.target),
    attainment: line.attainment,
    tier: line.tier,
    rate: line.rate,
    prorationDays: line.prorationDays,
    periodDays: line.periodDays,
    formula: line.formula,
    amountMinor: line.amountMinor,
    amount: minorToDecimal(BigInt(line.amountMinor)),
    planVersionId: line.rulesVersionId,
    plan: version ? `${version.plan_name} v${version.version_number}` : null,
    fromDate: line.fromDate,
    toDate: line.toDate,
    reason: null,
    disputeId: null,
  };
}

function adjustmentLine(adjustment: AdjustmentRow, periodDays: number): PayoutLineDto {
  const clawback = adjustment.kind === AdjustmentKind.CLAWBACK;
  const amount = minorToDecimal(BigInt(adjustment.amount_minor));
  return {
    key: `adjustment:${adjustment.id}`,
    kind: clawback ? PayoutLineKind.CLAWBACK : PayoutLineKind.ADJUSTMENT,
    measureKey: null,
    label: clawback ? 'Clawback' : 'Adjustment',
    metric: null,
    scope: null,
    teamId: null,
    teamName: null,
    actual: null,
    target: null,
    attainment: null,
    tier: `booked by ${adjustment.created_by_name} on ${adjustment.created_at.toISOString().slice(0, 10)}`,
    rate: '1',
    prorationDays: periodDays,
    periodDays,
    formula: `${amount} as booked`,
    amountMinor: BigInt(adjustment.amount_minor).toString(),
    amount,
    planVersionId: null,
    plan: null,
    fromDate: null,
    toDate: null,
    reason: adjustment.reason,
    disputeId: adjustment.dispute_id,
  };
}

function plansOf(lines: readonly PayoutLineDto[]): string[] {
  return [...new Set(lines.flatMap((line) => (line.plan ? [line.plan] : [])))];
}
