import { type ComparisonRow, type TeamFairness } from './comparison-model';

const usd = (amount: string) => ({
  amount,
  minor: amount.replace('.', '').replace(/^0+(?=\d)/, ''),
  currency: 'USD',
});

export interface RowInput {
  readonly id: string;
  readonly name?: string;
  readonly team?: string;
  /** Default `team:` and the team name; another id gives a different team of the same name. */
  readonly teamId?: string;
  readonly won?: string;
  readonly winRate?: number | null;
  readonly attainment?: number | null;
  readonly leads?: number;
  readonly funnel?: Partial<ComparisonRow['funnel']>;
  readonly outliers?: ComparisonRow['outliers'];
  readonly notJudged?: ComparisonRow['notJudged'];
  readonly flags?: string[];
  readonly signals?: ComparisonRow['signals'];
}

/** A comparison row as the API answers it, with only what a test cares about set. */
export function comparisonRow(input: RowInput): ComparisonRow {
  const funnel = {
    leads: 10,
    qualified: 8,
    won: 4,
    lost: 2,
    qualificationRate: 0.8,
    closeRate: 0.6667,
    stuckDeals: 0,
    stuckEngagedOnOrBefore: null,
    pushedDeals: 0,
    weakestStep: null,
    weakestStepReason: null,
    teamQualificationRate: null,
    teamCloseRate: null,
    ...input.funnel,
  };
  return {
    leads: input.leads ?? 5,
    leadValue: usd('1000.00'),
    flags: input.flags ?? [],
    signals: input.signals ?? [],
    outliers: input.outliers ?? [],
    notJudged: input.notJudged ?? [],
    funnel,
    performance: {
      rank: 1,
      repId: input.id,
      repName: input.name ?? `Rep ${input.id}`,
      teamId: input.teamId ?? `team:${input.team ?? 'East'}`,
      teamName: input.team ?? 'East',
      active: true,
      dealsWon: funnel.won,
      dealsLost: funnel.lost,
      winRate: input.winRate === undefined ? 0.5 : input.winRate,
      attainment: input.attainment ?? null,
      salesCycleDays: 30,
      openDeals: 2,
      wonRevenue: usd(input.won ?? '100.00'),
      wonRevenueTarget: null,
      avgDealSize: null,
      openPipeline: usd('0.00'),
      weightedPipeline: usd('0.00'),
    },
  };
}

export function teamFairness(
  teamName: string,
  leadsGini: number | null,
  valueGini = leadsGini,
  weights: Pick<TeamFairness, 'weightGap' | 'weighted'> = { weightGap: leadsGini, weighted: false },
): TeamFairness {
  return { teamId: `team:${teamName}`, teamName, reps: 2, leads: 10, leadsGini, valueGini, ...weights };
}

/** An outlier as the API answers it; the figures only matter where a test reads the reason. */
export function outlier(
  kpi: string,
  direction: 'HIGH' | 'LOW',
  zScore: number,
  figures: { value?: number; teamMedian?: number; teamSize?: number; closedDeals?: number } = {},
): ComparisonRow['outliers'][number] {
  return {
    kpi,
    direction,
    zScore,
    value: figures.value ?? 0,
    teamMedian: figures.teamMedian ?? 0,
    teamSize: figures.teamSize ?? 5,
    closedDeals: figures.closedDeals ?? null,
    reason: 'r',
  };
}

/** A red flag as data (`signals`), with the fields its kind does not use left null. */
export function signal(
  kind: ComparisonRow['signals'][number]['kind'],
  fields: Partial<ComparisonRow['signals'][number]> = {},
): ComparisonRow['signals'][number] {
  return {
    kind,
    deals: null,
    leads: null,
    teamLeads: null,
    rate: null,
    teamRate: null,
    threshold: null,
    ...fields,
  };
}
