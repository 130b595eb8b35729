import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allOf, type Principal, Role, runSql, sql, type SqlFragment } from '@salesops/api/core';
import { repVisibleTo, teamVisibleTo } from '@salesops/api/org';
import { todayIsoDate } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { ForecastMetric, ForecastSubjectKind, type GoalSuggestionsArgs } from './dtos/forecast.args';
import { type ForecastMethodKey } from './dtos/forecast.dto';
import { GoalFlag, type GoalSuggestionDto, type GoalSuggestionsDto } from './dtos/goal-suggestion.dto';
import { type GoalRow, goalsOf, repsWhere, type SubjectRow, subtreeOf, teamsWhere } from './forecast.queries';
import {
  ForecastHistoryService,
  type ForecastWindow,
  type Histories,
  knownOf,
  seriesOf,
} from './forecast-history.service';
import { type ForecastNote, forecastNote, noteDtos, noteText } from './notes/forecast-notes';
import { formatValue } from './utils/forecast-statement.util';
import { mapYielding } from './utils/map-yielding.util';
import { forecastWindow, recommendedMethod } from './utils/time-series-forecast.util';

/**
 * Targets drawn from the forecast: for every rep and team the caller may see, the chosen percentile of
 * the recommended time-series method's distribution for the period, next to the goal already set. Five
 * statements whatever the number of reps: reps, teams, their histories, and their goals.
 */
@Injectable()
export class GoalSuggestionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: ForecastHistoryService,
  ) {}

  async suggest(principal: Principal, args: GoalSuggestionsArgs): Promise<GoalSuggestionsDto> {
    const today = todayIsoDate();
    const period = this.history.period(args.period);
    const asOf = this.history.asOf(args.asOf ?? (period.start < today ? period.start : today), today);
    const window = this.history.window(args.period, asOf);
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
    const anyOf = (ids: string[]) => (column: SqlFragment) => sql`${column} = ANY(${ids}::uuid[])`;
    const [repHistory, teamHistory, repGoals, teamGoals] = await Promise.all([
      this.history.histories('REP', anyOf(repIds), asOf, args.metric),
      this.history.histories('TEAM', anyOf(teamIds), asOf, args.metric),
      runSql<GoalRow>(this.dataSource, goalsOf('REP', window.period.key, args.metric, repIds)),
      runSql<GoalRow>(this.dataSource, goalsOf('TEAM', window.period.key, args.metric, teamIds)),
    ]);
    const goals = new Map([...repGoals, ...teamGoals].map((g) => [g.subject_id, g]));
    const subjects = [
      ...teams.map((team) => [ForecastSubjectKind.TEAM, teamHistory, team] as const),
      ...reps.map((rep) => [ForecastSubjectKind.REP, repHistory, rep] as const),
    ];
    const rows = await mapYielding(
      subjects,
      ([kind, histories, subject]: readonly [ForecastSubjectKind, Histories, SubjectRow]) =>
        suggestion(kind, subject, histories, window, args, goals.get(subject.id) ?? null),
    );
    return {
      period: window.period.key,
      metric: args.metric,
      asOf,
      percentile: args.percentile,
      currency: args.metric === ForecastMetric.WON_REVENUE ? 'USD' : null,
      rows,
    };
  }
}

function suggestion(
  kind: ForecastSubjectKind,
  subject: SubjectRow,
  histories: Histories,
  window: ForecastWindow,
  args: GoalSuggestionsArgs,
  goalRow: GoalRow | null,
): GoalSuggestionDto {
  const goal = goalRow === null ? null : Number(goalRow.target);
  const level = args.percentile / 100;
  const forecasts = forecastWindow(seriesOf(histories, subject.id), {
    skip: window.skip,
    length: window.length,
    levels: [0.1, 0.25, 0.5, 0.9, level],
  });
  // The best-ranked method that has an interval: a target needs a distribution, not only a point.
  const best =
    forecasts.find((f) => f.ranking?.wape !== null && f.ranking !== null && f.quantiles !== null) ?? null;
  const top = recommendedMethod(forecasts);
  const known = knownOf(histories, subject.id, window).fullMonths;
  const at = (l: number) => {
    const value = best?.quantiles?.get(l);
    return value === undefined ? null : known + value;
  };
  const show = (value: number | null) => (value === null ? null : formatValue(args.metric, value));
  // Targets are whole currency units or whole deals.
  const target = at(level);
  const rounded =
    target === null
      ? null
      : args.metric === ForecastMetric.WON_REVENUE
        ? Math.round(target / 100) * 100
        : Math.round(target);
  const [p25, p90] = [at(0.25), at(0.9)];
  const notes: ForecastNote[] =
    best === null
      ? [forecastNote('suggestion.no_interval', { months: histories.months })]
      : top !== null && best.id !== top.id
        ? [forecastNote('suggestion.top_without_interval', { top: top.id, used: best.id })]
        : [];
  const flag =
    p25 === null || p90 === null
      ? GoalFlag.NO_FORECAST
      : goal === null
        ? GoalFlag.NO_GOAL
        : goal > p90
          ? GoalFlag.ABOVE_P90
          : goal < p25
            ? GoalFlag.BELOW_P25
            : GoalFlag.WITHIN;
  return {
    subjectKind: kind,
    subjectId: subject.id,
    subjectName: subject.name,
    parentId: subject.parent_id,
    method: (best?.id ?? null) as ForecastMethodKey | null,
    suggestedTarget:
      rounded === null
        ? null
        : args.metric === ForecastMetric.WON_REVENUE
          ? formatValue('WON_REVENUE', rounded)
          : String(rounded),
    point: show(best?.point === null || best?.point === undefined ? null : known + best.point),
    p10: show(at(0.1)),
    p25: show(p25),
    p50: show(at(0.5)),
    p90: show(p90),
    existingGoal:
      goal === null
        ? null
        : args.metric === ForecastMetric.WON_REVENUE
          ? formatValue('WON_REVENUE', goal)
          : String(goal),
    flag,
    existingGoalVersion: goalRow?.version ?? 0,
    note: noteText(notes),
    notes: noteDtos(notes),
  };
}
