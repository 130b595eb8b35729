import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allOf, AppError, type Principal, Role, runSql, sql, type SqlFragment } from '@salesops/api/core';
import { repVisibleTo, teamVisibleTo } from '@salesops/api/org';
import { minorToDecimal, parseAmountToMinor, todayIsoDate } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { ForecastMetric, ForecastSubjectKind } from './dtos/forecast.args';
import {
  type ForecastCallDto,
  type ForecastCallHistoryArgs,
  type ForecastCallsArgs,
  type ForecastCallsDto,
  type ForecastCallStandingDto,
  type SubmitForecastCallInput,
} from './dtos/forecast-call.dto';
import { ForecastCallKind } from './forecast.enums';
import {
  type GoalRow,
  goalsOf,
  monthlyWon,
  type MonthlyWonRow,
  repsWhere,
  type SubjectRow,
  subtreeOf,
  teamsWhere,
} from './forecast.queries';
import {
  callHistory,
  type CallRow,
  callsInForceAtPeriodEnd,
  insertCall,
  latestCalls,
  type ScoredCallRow,
} from './forecast-call.queries';
import { ForecastHistoryService } from './forecast-history.service';
import { ForecastSubjectService } from './forecast-subject.service';

const WEEK_MS = 7 * 86_400_000;

/**
 * The people's call: reps submit their own commit and best case, managers their team's and may adjust a
 * report's (with a note; deals are never touched). Every call is a new row, so the history is complete;
 * the call in force is a subject's latest, and a team's roll-up sums its reps' calls in force.
 */
@Injectable()
export class ForecastCallService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: ForecastSubjectService,
    private readonly history: ForecastHistoryService,
  ) {}

  async submit(principal: Principal, input: SubmitForecastCallInput): Promise<ForecastCallDto> {
    if (input.repId && input.teamId) throw AppError.badInput('repId', 'give either repId or teamId');
    if (!input.repId && !input.teamId && principal.role !== Role.REP)
      throw AppError.badInput('repId', 'give repId or teamId');
    const period = this.history.period(input.period);
    const commit = toUnits(input.metric, input.commit, 'commit');
    const bestCase = toUnits(input.metric, input.bestCase, 'bestCase');
    if (BigInt(bestCase) < BigInt(commit)) throw AppError.badInput('bestCase', 'must be at least the commit');
    const kind = input.teamId ? ForecastSubjectKind.TEAM : ForecastSubjectKind.REP;
    const subject = await this.subjects.resolve(principal, kind, input.teamId ?? input.repId);
    const ownCall = kind === ForecastSubjectKind.TEAM || subject.dto.id === principal.repId;
    if (!ownCall && !input.note) throw AppError.badInput('note', "say why when adjusting a report's call");
    const [row] = await runSql<CallRow>(
      this.dataSource,
      insertCall({
        id: randomUUID(),
        repId: kind === ForecastSubjectKind.REP ? subject.dto.id : null,
        teamId: kind === ForecastSubjectKind.TEAM ? subject.dto.id : null,
        periodKey: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        metric: input.metric,
        kind: ownCall ? ForecastCallKind.SUBMISSION : ForecastCallKind.ADJUSTMENT,
        commit,
        bestCase,
        note: input.note ?? null,
        submittedBy: principal.kind === 'key' ? null : principal.userId,
        submittedByName: principal.name,
      }),
    );
    return toCallDto(row);
  }

  async historyOf(principal: Principal, args: ForecastCallHistoryArgs): Promise<ForecastCallDto[]> {
    if (args.subject === ForecastSubjectKind.COMPANY)
      throw AppError.badInput('subject', 'calls are made by reps and teams');
    const period = this.history.period(args.period);
    const subject = await this.subjects.resolve(principal, args.subject, args.subjectId);
    const column = args.subject === ForecastSubjectKind.REP ? sql`c.rep_id` : sql`c.team_id`;
    const rows = await runSql<CallRow>(
      this.dataSource,
      callHistory(
        sql`${column} = ${subject.dto.id}::uuid AND c.period_key = ${period.key} AND c.metric = ${args.metric}::forecast_metric`,
      ),
    );
    return rows.map(toCallDto);
  }

  async standings(principal: Principal, args: ForecastCallsArgs): Promise<ForecastCallsDto> {
    const period = this.history.period(args.period);
    const inTeam = (column: SqlFragment) =>
      args.teamId ? sql`${column} IN (${subtreeOf(args.teamId)})` : null;
    const [reps, teams] = await Promise.all([
      runSql<SubjectRow>(
        this.dataSource,
        repsWhere(allOf([repVisibleTo(principal, sql`r.id`), inTeam(sql`r.team_id`)])),
      ),
      principal.role === Role.REP
        ? Promise.resolve([] as SubjectRow[])
        : runSql<SubjectRow>(
            this.dataSource,
            teamsWhere(allOf([teamVisibleTo(principal, sql`t.id`), inTeam(sql`t.id`)])),
          ),
    ]);
    const [repIds, teamIds] = [reps.map((r) => r.id), teams.map((t) => t.id)];
    const now = new Date();
    const [current, lastWeek, repGoals, teamGoals, allTeams] = await Promise.all([
      runSql<CallRow>(this.dataSource, latestCalls(period.key, args.metric, repIds, teamIds, now)),
      runSql<CallRow>(
        this.dataSource,
        latestCalls(period.key, args.metric, repIds, teamIds, new Date(now.getTime() - WEEK_MS)),
      ),
      runSql<GoalRow>(this.dataSource, goalsOf('REP', period.key, args.metric, repIds)),
      runSql<GoalRow>(this.dataSource, goalsOf('TEAM', period.key, args.metric, teamIds)),
      runSql<SubjectRow>(this.dataSource, teamsWhere(sql`TRUE`)),
    ]);
    const records = await this.records(args.metric, repIds, teamIds);
    const inForce = byEffective(current);
    const before = byEffective(lastWeek);
    const goals = new Map([...repGoals, ...teamGoals].map((g) => [g.subject_id, g.target]));
    const show = (units: string | null | undefined) =>
      units === null || units === undefined ? null : fromUnits(args.metric, units);
    const below = descendants(allTeams);
    const row = (kind: ForecastSubjectKind, subject: SubjectRow): ForecastCallStandingDto => {
      const calls = current.filter((c) => (c.rep_id ?? c.team_id) === subject.id);
      const effective = inForce.get(subject.id);
      const rollup =
        kind === ForecastSubjectKind.TEAM
          ? reps
              .filter((r) => r.parent_id !== null && below.get(subject.id)?.has(r.parent_id))
              .map((r) => inForce.get(r.id))
          : null;
      const sum = (pick: (c: CallRow) => string) =>
        rollup && rollup.some(Boolean)
          ? show(rollup.reduce((total, c) => total + (c ? BigInt(pick(c)) : 0n), 0n).toString())
          : null;
      return {
        subjectKind: kind,
        subjectId: subject.id,
        subjectName: subject.name,
        parentId: subject.parent_id,
        submission: mapOrNull(calls.find((c) => c.kind === ForecastCallKind.SUBMISSION)),
        adjustment: mapOrNull(calls.find((c) => c.kind === ForecastCallKind.ADJUSTMENT)),
        commit: show(effective?.commit),
        bestCase: show(effective?.best_case),
        commitLastWeek: show(before.get(subject.id)?.commit),
        repCommitSum: sum((c) => c.commit),
        repBestCaseSum: sum((c) => c.best_case),
        goal: show(goals.get(subject.id)),
        callsScored: records.get(subject.id)?.scored ?? 0,
        callBias: records.get(subject.id)?.bias ?? null,
      };
    };
    return {
      period: period.key,
      metric: args.metric,
      currency: args.metric === ForecastMetric.WON_REVENUE ? 'USD' : null,
      rows: [
        ...teams.map((t) => row(ForecastSubjectKind.TEAM, t)),
        ...reps.map((r) => row(ForecastSubjectKind.REP, r)),
      ],
    };
  }

  /** Each subject's record: the commit in force at the end of each ended period against what was won. */
  private async records(
    metric: ForecastMetric,
    repIds: string[],
    teamIds: string[],
  ): Promise<Map<string, { scored: number; bias: number | null }>> {
    const calls = await runSql<ScoredCallRow>(
      this.dataSource,
      callsInForceAtPeriodEnd(metric, repIds, teamIds, todayIsoDate()),
    );
    if (calls.length === 0) return new Map();
    const from = calls.reduce(
      (min, c) => (c.period_start < min ? c.period_start : min),
      calls[0].period_start,
    );
    const to = calls.reduce((max, c) => (c.period_end > max ? c.period_end : max), calls[0].period_end);
    const called = new Set(calls.map((c) => c.subject_id));
    const among = (column: SqlFragment) => sql`${column} = ANY(${[...called]}::uuid[])`;
    const months = (
      await Promise.all([
        runSql<MonthlyWonRow>(this.dataSource, monthlyWon('REP', from, to, among)),
        runSql<MonthlyWonRow>(this.dataSource, monthlyWon('TEAM', from, to, among)),
      ])
    ).flat();
    const value = (m: MonthlyWonRow) =>
      metric === ForecastMetric.WON_REVENUE ? Number(m.won_minor) : m.deals_won;
    const totals = new Map<string, { scored: number; over: number; won: number }>();
    for (const call of calls) {
      const won = months
        .filter(
          (m) =>
            m.subject_id === call.subject_id && m.month >= call.period_start && m.month < call.period_end,
        )
        .reduce((sum, m) => sum + value(m), 0);
      const total = totals.get(call.subject_id) ?? { scored: 0, over: 0, won: 0 };
      totals.set(call.subject_id, {
        scored: total.scored + 1,
        over: total.over + Number(call.commit) - won,
        won: total.won + won,
      });
    }
    return new Map(
      [...totals].map(([id, t]) => [id, { scored: t.scored, bias: t.won > 0 ? t.over / t.won : null }]),
    );
  }
}

/** The call in force per subject: the later of its latest submission and its latest adjustment. */
function byEffective(rows: readonly CallRow[]): Map<string, CallRow> {
  const result = new Map<string, CallRow>();
  for (const row of rows) {
    const id = (row.rep_id ?? row.team_id) as string;
    const seen = result.get(id);
    if (!seen || row.submitted_at > seen.submitted_at) result.set(id, row);
  }
  return result;
}

/** Each team id to the set of itself and every team below it. */
function descendants(teams: readonly SubjectRow[]): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const team of teams)
    if (team.parent_id) children.set(team.parent_id, [...(children.get(team.parent_id) ?? []), team.id]);
  const collect = (id: string, into: Set<string>): Set<string> => {
    into.add(id);
    for (const child of children.get(id) ?? []) collect(child, into);
    return into;
  };
  return new Map(teams.map((team) => [team.id, collect(team.id, new Set())]));
}

function toUnits(metric: ForecastMetric, text: string, field: string): string {
  if (metric === ForecastMetric.WON_REVENUE) {
    const minor = parseAmountToMinor(text);
    if (minor === null || minor < 0n) throw AppError.badInput(field, 'must be a non-negative amount');
    return minor.toString();
  }
  if (!/^\d{1,9}$/.test(text)) throw AppError.badInput(field, 'must be a whole number of deals');
  return text;
}

function fromUnits(metric: ForecastMetric, units: string): string {
  return metric === ForecastMetric.WON_REVENUE ? minorToDecimal(BigInt(units)) : units;
}

const mapOrNull = (row: CallRow | undefined) => (row ? toCallDto(row) : null);

function toCallDto(row: CallRow): ForecastCallDto {
  return {
    id: row.id,
    subjectKind: row.rep_id ? ForecastSubjectKind.REP : ForecastSubjectKind.TEAM,
    subjectId: (row.rep_id ?? row.team_id) as string,
    subjectName: row.subject_name,
    period: row.period_key,
    metric: row.metric,
    kind: row.kind,
    commit: fromUnits(row.metric, row.commit),
    bestCase: fromUnits(row.metric, row.best_case),
    note: row.note,
    submittedBy: row.submitted_by_name,
    submittedAt: row.submitted_at,
  };
}
