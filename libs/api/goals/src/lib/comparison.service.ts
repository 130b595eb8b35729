import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal, runSql } from '@salesops/api/core';
import { toMoneyDto } from '@salesops/api/pipeline';
import {
  addDays,
  gini,
  judgeTeam,
  type KpiVerdict,
  median,
  MIN_CLOSED_DEALS,
  MIN_JUDGED_REPS,
  shareGap,
  shownZ,
  Z_CAP,
} from '@salesops/domain';
import { DataSource } from 'typeorm';

import {
  type FunnelRow,
  leadsByRep,
  REPEATED_PUSHES,
  repFunnels,
  routingWeights,
} from './comparison.queries';
import {
  type ComparisonArgs,
  type NotJudgedDto,
  NotJudgedReason,
  OutlierDirection,
  type OutlierDto,
  type RepComparisonDto,
  type RepFunnelDto,
  type RepSignalDto,
  RepSignalKind,
  type TeamFairnessDto,
} from './dtos/comparison.dto';
import { PerformanceKpi, type RepPerformanceDto } from './dtos/performance.dto';
import { PerformanceService } from './performance.service';

const FORMAT: Record<string, (value: number) => string> = {
  'won revenue': (v) => v.toLocaleString('en-US', { maximumFractionDigits: 0 }),
  'deals won': (v) => String(v),
  'win rate': (v) => `${(v * 100).toFixed(1)}%`,
};

/**
 * Reps side by side: each rep's KPIs against their own team by the rules of `judgeTeam` (robust z-scores
 * among the reps with activity, win rates by their sample size, no verdict on too little), next to how
 * evenly the team's leads were shared out, so a rep is not blamed for lead luck.
 */
@Injectable()
export class ComparisonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly performance: PerformanceService,
  ) {}

  async compare(principal: Principal, args: ComparisonArgs): Promise<RepComparisonDto> {
    const board = await this.performance.leaderboard(principal, {
      period: args.period,
      rankBy: PerformanceKpi.WON_REVENUE,
      teamId: args.teamId,
      first: 500,
    });
    const repIds = board.rows.map((row) => row.repId);
    const [leads, weights] = await Promise.all([
      this.leadsByRep(board.period.start, board.period.end, repIds),
      this.routingWeights(repIds),
    ]);
    const funnels = await this.funnels(board.period.end, repIds);
    const byTeam = new Map<string, RepPerformanceDto[]>();
    // By id: two teams may share a name ("East" under two regions), and each is judged on its own.
    for (const row of board.rows) byTeam.set(row.teamId, [...(byTeam.get(row.teamId) ?? []), row]);

    // Each rep against their team by the rules of judgeTeam (libs/domain): no verdict on too little.
    const outliers = new Map<string, OutlierDto[]>();
    const notJudged = new Map<string, NotJudgedDto[]>();
    for (const rows of byTeam.values()) {
      const verdicts = judgeTeam(
        rows.map((row) => ({
          id: row.repId,
          leads: leads.get(row.repId)?.count ?? 0,
          dealsWon: row.dealsWon,
          dealsLost: row.dealsLost,
          wonRevenue: Number(row.wonRevenue.amount),
        })),
      );
      for (const row of rows) {
        const own = verdicts.get(row.repId) ?? [];
        outliers.set(
          row.repId,
          own.flatMap((verdict) => (verdict.outlier ? [toOutlier(verdict, row)] : [])),
        );
        notJudged.set(
          row.repId,
          own.flatMap((verdict) => (verdict.notJudged ? [toNotJudged(verdict, row)] : [])),
        );
      }
    }

    const fairness: TeamFairnessDto[] = [...byTeam.entries()].map(([teamId, rows]) => {
      const counts = rows.map((row) => leads.get(row.repId)?.count ?? 0);
      const values = rows.map((row) => Number(leads.get(row.repId)?.valueMinor ?? 0n));
      const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
      const repWeights = rows.map((row) => weights.get(row.repId) ?? 1);
      return {
        teamId,
        teamName: rows[0].teamName,
        reps: rows.length,
        leads: counts.reduce((a, b) => a + b, 0),
        leadsGini: round(gini(counts)),
        valueGini: round(gini(values)),
        weightGap: round(shareGap(counts, repWeights)),
        weighted: new Set(repWeights).size > 1,
      };
    });

    const funnelRows = new Map<string, RepFunnelDto>();
    const flags = new Map<string, { text: string; signal: RepSignalDto }[]>();
    const signal = (kind: RepSignalKind, fields: Partial<Omit<RepSignalDto, 'kind'>>): RepSignalDto => ({
      kind,
      deals: null,
      leads: null,
      teamLeads: null,
      rate: null,
      teamRate: null,
      threshold: null,
      ...fields,
    });
    for (const rows of byTeam.values()) {
      const teamFunnels = rows.map((row) => funnels.get(row.repId) as FunnelCounts);
      const teamMedian = (pick: (f: FunnelCounts) => number | null) =>
        median(teamFunnels.map(pick).filter((v): v is number => v !== null));
      const medians = {
        leads: teamMedian((f) => f.leads) ?? 0,
        qualification: teamMedian(qualificationRate),
        close: teamMedian(closeRate),
        daysEngaged: median(teamFunnels.flatMap((f) => f.openDaysEngaged)),
      };
      for (const row of rows) {
        const f = funnels.get(row.repId) as FunnelCounts;
        const q = qualificationRate(f);
        const c = closeRate(f);
        const gaps = [
          { step: 'QUALIFYING', rate: q, team: medians.qualification, words: 'Qualifies' },
          { step: 'CLOSING', rate: c, team: medians.close, words: 'Wins' },
        ].filter(
          (g) => g.rate !== null && g.team !== null && g.team > 0 && (g.rate as number) < (g.team as number),
        );
        const weakest = gaps.sort(
          (a, b) => (a.rate as number) / (a.team as number) - (b.rate as number) / (b.team as number),
        )[0];
        const stuck =
          medians.daysEngaged === null
            ? 0
            : f.openDaysEngaged.filter((days) => days > 2 * (medians.daysEngaged as number)).length;
        funnelRows.set(row.repId, {
          leads: f.leads,
          qualified: f.qualified,
          won: f.won,
          lost: f.lost,
          qualificationRate: q === null ? null : round(q, 4),
          closeRate: c === null ? null : round(c, 4),
          weakestStep: weakest?.step ?? null,
          weakestStepReason: weakest
            ? `${weakest.words} ${percent(weakest.rate as number)} ${weakest.step === 'QUALIFYING' ? 'of leads' : 'of closed deals'} against a team median of ${percent(weakest.team as number)}`
            : null,
          stuckDeals: stuck,
          // days > 2m ⇔ days ≥ ⌊2m⌋ + 1 (days are whole) ⇔ engaged on or before end − ⌊2m⌋ − 1.
          stuckEngagedOnOrBefore:
            medians.daysEngaged === null
              ? null
              : addDays(board.period.end, -(Math.floor(2 * medians.daysEngaged) + 1)),
          pushedDeals: f.pushed,
          teamQualificationRate: medians.qualification === null ? null : round(medians.qualification, 4),
          teamCloseRate: medians.close === null ? null : round(medians.close, 4),
        });
        const repFlags: { text: string; signal: RepSignalDto }[] = [];
        if (
          q !== null &&
          medians.qualification !== null &&
          f.leads > 1.25 * medians.leads &&
          q < medians.qualification - 0.1
        ) {
          repFlags.push({
            text: `Many leads but few qualified: ${f.leads} leads (team median ${medians.leads}), ${percent(q)} qualified (team median ${percent(medians.qualification)})`,
            signal: signal(RepSignalKind.MANY_LEADS_FEW_QUALIFIED, {
              leads: f.leads,
              teamLeads: medians.leads,
              rate: round(q, 4),
              teamRate: round(medians.qualification, 4),
            }),
          });
        }
        if (stuck > 0) {
          const days = Math.round(2 * (medians.daysEngaged as number));
          repFlags.push({
            text: `${stuck} open deal${stuck === 1 ? '' : 's'} engaged more than ${days} days ago (twice the team median)`,
            signal: signal(RepSignalKind.STUCK_DEALS, { deals: stuck, threshold: days }),
          });
        }
        if (f.pushed > 0) {
          repFlags.push({
            text: `${f.pushed} open deal${f.pushed === 1 ? ' has' : 's have'} had the expected close date pushed out ${REPEATED_PUSHES} or more times`,
            signal: signal(RepSignalKind.PUSHED_DEALS, { deals: f.pushed, threshold: REPEATED_PUSHES }),
          });
        }
        flags.set(row.repId, repFlags);
      }
    }

    const wanted = args.repIds ? new Set(args.repIds) : null;
    return {
      period: board.period,
      rows: board.rows
        .filter((row) => !wanted || wanted.has(row.repId))
        .map((row) => {
          const lead = leads.get(row.repId);
          const valueMinor = (lead?.valueMinor ?? 0n).toString();
          return {
            performance: row,
            leads: lead?.count ?? 0,
            leadValue: toMoneyDto(valueMinor),
            outliers: outliers.get(row.repId) ?? [],
            notJudged: notJudged.get(row.repId) ?? [],
            funnel: funnelRows.get(row.repId) as RepFunnelDto,
            flags: (flags.get(row.repId) ?? []).map((flag) => flag.text),
            signals: (flags.get(row.repId) ?? []).map((flag) => flag.signal),
          };
        }),
      fairness: fairness.sort(
        (a, b) => a.teamName.localeCompare(b.teamName) || a.teamId.localeCompare(b.teamId),
      ),
    };
  }

  private async funnels(asOf: string, repIds: string[]): Promise<Map<string, FunnelCounts>> {
    const rows = await runSql<FunnelRow>(this.dataSource, repFunnels(asOf, repIds));
    return new Map(
      rows.map((row) => [
        row.rep_id,
        {
          leads: Number(row.leads),
          qualified: Number(row.qualified),
          won: Number(row.won),
          lost: Number(row.lost),
          pushed: Number(row.pushed),
          openDaysEngaged: (row.open_days ?? []).map(Number),
        },
      ]),
    );
  }

  /** Each rep's lead routing weight; reps without a rule are left out (they weigh 1). */
  private async routingWeights(repIds: string[]): Promise<Map<string, number>> {
    const rows = await runSql<{ rep_id: string; weight: number }>(this.dataSource, routingWeights(repIds));
    return new Map(rows.map((row) => [row.rep_id, Number(row.weight)]));
  }

  private async leadsByRep(
    start: string,
    end: string,
    repIds: string[],
  ): Promise<Map<string, { count: number; valueMinor: bigint }>> {
    const rows = await runSql<{ rep_id: string; count: string; value_minor: string }>(
      this.dataSource,
      leadsByRep(start, end, repIds),
    );
    return new Map(
      rows.map((row) => [row.rep_id, { count: Number(row.count), valueMinor: BigInt(row.value_minor) }]),
    );
  }
}

function toOutlier(verdict: KpiVerdict, row: RepPerformanceDto): OutlierDto {
  const format = FORMAT[verdict.kpi];
  const z = shownZ(verdict.z as number);
  const size = Math.abs(z) >= Z_CAP ? `more than ${Z_CAP}` : Math.abs(z).toFixed(1);
  const closed = row.dealsWon + row.dealsLost;
  const high = verdict.outlier === 'HIGH';
  const reason =
    verdict.kpi === 'win rate'
      ? `win rate ${format(verdict.value as number)} over ${closed} closed deals is ${size} standard deviations ${high ? 'above' : 'below'} what the rest of the ${row.teamName} team's ${format(verdict.teamValue as number)} would give`
      : `${verdict.kpi} ${format(verdict.value as number)} is ${size} robust deviations ${high ? 'above' : 'below'} the ${row.teamName} median (${format(verdict.teamValue as number)}, ${verdict.judgedReps} reps)`;
  return {
    kpi: verdict.kpi,
    direction: high ? OutlierDirection.HIGH : OutlierDirection.LOW,
    zScore: z,
    value: verdict.value as number,
    teamMedian: verdict.teamValue as number,
    teamSize: verdict.judgedReps,
    closedDeals: verdict.kpi === 'win rate' ? closed : null,
    reason,
  };
}

function toNotJudged(verdict: KpiVerdict, row: RepPerformanceDto): NotJudgedDto {
  const reason = verdict.notJudged as NotJudgedReason;
  return {
    kpi: verdict.kpi,
    reason,
    closedDeals: row.dealsWon + row.dealsLost,
    needed:
      reason === NotJudgedReason.FEW_DEALS
        ? MIN_CLOSED_DEALS
        : reason === NotJudgedReason.SMALL_TEAM
          ? MIN_JUDGED_REPS
          : 0,
  };
}

interface FunnelCounts {
  leads: number;
  qualified: number;
  won: number;
  lost: number;
  pushed: number;
  openDaysEngaged: number[];
}

const qualificationRate = (f: FunnelCounts) => (f.leads === 0 ? null : f.qualified / f.leads);
const closeRate = (f: FunnelCounts) => (f.won + f.lost === 0 ? null : f.won / (f.won + f.lost));
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const percent = (value: number) => `${(value * 100).toFixed(0)}%`;
