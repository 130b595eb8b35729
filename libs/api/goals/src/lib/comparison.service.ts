import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal } from '@salesops/api/core';
import { gini, median, minorToDecimal, OUTLIER_Z, robustZScores } from '@salesops/domain';
import { DataSource } from 'typeorm';
import { type ComparisonArgs, OutlierDirection, type OutlierDto, type RepComparisonDto, type TeamFairnessDto } from './dtos/comparison.dto';
import { PerformanceKpi, type RepPerformanceDto } from './dtos/performance.dto';
import { PerformanceService } from './performance.service';

const KPIS: { name: string; value: (row: RepPerformanceDto) => number | null; format: (value: number) => string }[] = [
  { name: 'won revenue', value: (row) => Number(row.wonRevenue.amount), format: (v) => v.toLocaleString('en-US', { maximumFractionDigits: 0 }) },
  { name: 'deals won', value: (row) => row.dealsWon, format: (v) => String(v) },
  { name: 'win rate', value: (row) => row.winRate, format: (v) => `${(v * 100).toFixed(1)}%` },
];

/**
 * Reps side by side: each rep's KPIs against their own team (robust z-scores, so one star does not
 * make everyone else look average), next to how evenly the team's leads were shared out, so a rep
 * is not blamed for lead luck.
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
    const leads = await this.leadsByRep(board.period.start, board.period.end, board.rows.map((row) => row.repId));
    const byTeam = new Map<string, RepPerformanceDto[]>();
    for (const row of board.rows) byTeam.set(row.teamName, [...(byTeam.get(row.teamName) ?? []), row]);

    const outliers = new Map<string, OutlierDto[]>();
    for (const rows of byTeam.values()) {
      for (const kpi of KPIS) {
        const measured = rows.filter((row) => kpi.value(row) !== null);
        const values = measured.map((row) => kpi.value(row) as number);
        const teamMedian = median(values) ?? 0;
        robustZScores(values).forEach((z, index) => {
          if (Math.abs(z) <= OUTLIER_Z) return;
          const row = measured[index];
          const direction = z > 0 ? OutlierDirection.HIGH : OutlierDirection.LOW;
          const reason = `${kpi.name} ${kpi.format(values[index])} is ${Math.abs(z).toFixed(1)} robust deviations ${z > 0 ? 'above' : 'below'} the ${row.teamName} median (${kpi.format(teamMedian)}, ${values.length} reps)`;
          outliers.set(row.repId, [...(outliers.get(row.repId) ?? []), { kpi: kpi.name, direction, zScore: Math.round(z * 100) / 100, reason }]);
        });
      }
    }

    const fairness: TeamFairnessDto[] = [...byTeam.entries()].map(([teamName, rows]) => {
      const counts = rows.map((row) => leads.get(row.repId)?.count ?? 0);
      const values = rows.map((row) => Number(leads.get(row.repId)?.valueMinor ?? 0n));
      const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
      return { teamName, reps: rows.length, leads: counts.reduce((a, b) => a + b, 0), leadsGini: round(gini(counts)), valueGini: round(gini(values)) };
    });

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
            leadValue: { amount: minorToDecimal(BigInt(valueMinor)), minor: valueMinor, currency: 'USD' },
            outliers: outliers.get(row.repId) ?? [],
          };
        }),
      fairness: fairness.sort((a, b) => a.teamName.localeCompare(b.teamName)),
    };
  }

  private async leadsByRep(start: string, end: string, repIds: string[]): Promise<Map<string, { count: number; valueMinor: bigint }>> {
    const rows: { rep_id: string; count: string; value_minor: string }[] = await this.dataSource.query(
      `SELECT d.rep_id, count(*) AS count, coalesce(sum(coalesce(d.amount_minor, p.list_price_minor, 0)), 0) AS value_minor
         FROM deal d LEFT JOIN product p ON p.id = d.product_id
        WHERE d.rep_id = ANY($3) AND d.engage_date >= $1 AND d.engage_date < $2
        GROUP BY d.rep_id`,
      [start, end, repIds],
    );
    return new Map(rows.map((row) => [row.rep_id, { count: Number(row.count), valueMinor: BigInt(row.value_minor) }]));
  }
}
