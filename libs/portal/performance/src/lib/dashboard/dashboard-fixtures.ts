import { type RepRow, type TeamRow } from './dashboard-model';

/** Dollars from minor units, with the decimal text the API sends beside them. */
export const usd = (minor: string) => ({
  minor,
  currency: 'USD',
  amount: `${BigInt(minor) / 100n}.${(BigInt(minor) % 100n).toString().padStart(2, '0')}`,
});

/** A team as the API answers it, with only what a test cares about set. */
export function team(
  teamId: string,
  parentId: string | null,
  name: string,
  over: Partial<TeamRow> = {},
): TeamRow {
  return {
    teamId,
    parentId,
    name,
    reps: 1,
    dealsWon: 0,
    dealsLost: 0,
    winRate: null,
    openDeals: 0,
    attainment: null,
    pipelineCoverage: null,
    wonRevenue: usd('0'),
    openPipeline: usd('0'),
    weightedPipeline: usd('0'),
    wonRevenueTarget: null,
    ...over,
  };
}

/** A rep of the leaderboard, with only what a test cares about set. */
export function rep(repId: string, teamName: string, over: Partial<RepRow> = {}): RepRow {
  return {
    rank: 1,
    repId,
    repName: `Rep ${repId}`,
    teamId: `team:${teamName}`,
    teamName,
    active: true,
    dealsWon: 1,
    dealsLost: 1,
    winRate: 0.5,
    salesCycleDays: 10,
    openDeals: 2,
    attainment: null,
    pipelineCoverage: null,
    wonRevenueTarget: null,
    wonRevenue: usd('1000'),
    avgDealSize: usd('1000'),
    openPipeline: usd('500'),
    weightedPipeline: usd('250'),
    ...over,
  };
}
