import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runSql, sql } from '@salesops/api/core';
import { daysBetween } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { ForecastMetric } from './dtos/forecast.args';
import {
  type AsOfDealRow,
  asOfPipeline,
  asOfPipelineByStage,
  type AsOfStageRow,
  dealsOfSubject,
  newBusiness,
  type NewBusinessRow,
  type RepRecordRow,
  repRecords,
  type SubjectFilter,
} from './forecast.queries';
import { type ForecastWindow } from './forecast-history.service';
import {
  type PipelineContext,
  type PipelineDeal,
  type PipelineEstimate,
  simulationEstimate,
  stageWeightedEstimate,
  type WinRecord,
} from './utils/pipeline-forecast.util';

const DAYS_PER_MONTH = 365.25 / 12;
/** Fixed, so the same question gets the same simulated answer on every call and every replica. */
export const SIMULATION_SEED = 20170401;

export interface PipelineForecasts {
  readonly stageWeighted: PipelineEstimate;
  readonly simulation: PipelineEstimate;
}

/**
 * The two pipeline methods for one subject and window, from the pipeline as it stood at asOf. Three
 * statements: the as-of pipeline, every rep's closed record (the priors need the teams' and the
 * company's), and past windows' new business.
 */
@Injectable()
export class PipelineForecastService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The as-of pipeline summed by stage. */
  byStage(subject: SubjectFilter, asOf: string): Promise<AsOfStageRow[]> {
    return runSql<AsOfStageRow>(
      this.dataSource,
      asOfPipelineByStage(asOf, dealsOfSubject(subject, sql`${asOf}::date`)),
    );
  }

  async forecast(
    subject: SubjectFilter,
    asOf: string,
    window: ForecastWindow,
    metric: ForecastMetric,
    historyStart: string | null,
  ): Promise<PipelineForecasts> {
    const windowStart = window.period.start > asOf ? window.period.start : asOf;
    const windowDays = daysBetween(windowStart, window.period.end);
    const skipDays = daysBetween(asOf, windowStart);
    const [deals, records, past] = await Promise.all([
      runSql<AsOfDealRow>(this.dataSource, asOfPipeline(asOf, dealsOfSubject(subject, sql`${asOf}::date`))),
      runSql<RepRecordRow>(this.dataSource, repRecords(asOf, sql`TRUE`)),
      historyStart === null
        ? Promise.resolve([] as NewBusinessRow[])
        : runSql<NewBusinessRow>(
            this.dataSource,
            newBusiness(historyStart, asOf, skipDays, windowDays, dealsOfSubject(subject, sql`d.close_date`)),
          ),
    ]);
    const counts = metric === ForecastMetric.DEALS_WON;
    const pipelineDeals: PipelineDeal[] = deals.map((row) => ({
      repId: row.rep_id,
      engageDate: row.engage_date,
      ageDays: row.age_days,
      expectedClose: row.expected_close_date,
      stageProbability: row.win_probability / 100,
      value: counts ? 1 : row.value_minor === null ? null : Number(row.value_minor),
    }));
    const monthsPerWindow = windowDays / DAYS_PER_MONTH;
    const ctx: PipelineContext = {
      asOf,
      windowStart,
      windowEnd: window.period.end,
      ...winRecords(records),
      newBusinessMonthly: past.map(
        (row) => (counts ? row.deals_won : Number(row.won_minor)) / monthsPerWindow,
      ),
      seed: SIMULATION_SEED,
      runs: simulationRuns(pipelineDeals.length),
    };
    return {
      stageWeighted: stageWeightedEstimate(pipelineDeals, ctx),
      simulation: simulationEstimate(pipelineDeals, ctx),
    };
  }
}

/**
 * 2,000 runs, fewer for very large pipelines so one forecast stays within about 20 million deal draws
 * (200 runs at least: P10 and P90 then rest on 20 runs each side). A company pipeline of 200,000 open deals
 * would otherwise cost seconds.
 */
export function simulationRuns(deals: number): number {
  return Math.max(200, Math.min(2000, Math.floor(20_000_000 / Math.max(1, deals))));
}

/**
 * Each rep's record, their team's (summed over the team's reps) and the company's, each pool of cycles
 * ascending. Summed in place: copying the growing pool for each rep was quadratic (10,000 reps, 500,000
 * wins: billions of copies, minutes with the server frozen).
 */
export function winRecords(
  rows: readonly RepRecordRow[],
): Pick<PipelineContext, 'rep' | 'teamOfRep' | 'company'> {
  type Sum = { won: number; lost: number; cycles: number[] };
  const add = (sum: Sum, row: RepRecordRow) => {
    sum.won += row.won;
    sum.lost += row.lost;
    for (const cycle of row.won_cycle_days) sum.cycles.push(cycle);
  };
  const ascending = (sum: Sum): WinRecord => ({ ...sum, cycles: sum.cycles.sort((a, b) => a - b) });
  const teams = new Map<string, Sum>();
  const company: Sum = { won: 0, lost: 0, cycles: [] };
  const reps = new Map<string, WinRecord>();
  for (const row of rows) {
    const team = teams.get(row.team_id) ?? { won: 0, lost: 0, cycles: [] };
    teams.set(row.team_id, team);
    add(team, row);
    add(company, row);
    const own = { won: 0, lost: 0, cycles: [] };
    add(own, row);
    reps.set(row.rep_id, ascending(own));
  }
  const teamRecords = new Map([...teams].map(([id, sum]) => [id, ascending(sum)]));
  return {
    rep: reps,
    teamOfRep: new Map(rows.map((row) => [row.rep_id, teamRecords.get(row.team_id) as WinRecord])),
    company: ascending(company),
  };
}
