import { minorToDecimal } from '@salesops/domain';
import { type MoneyValueFragment } from '@salesops/portal/data-access';

import { type RepRow, type TeamRow } from './dashboard-model';

/** Money ready for the localMoney pipe: exact decimal text, never a float. */
export interface MoneyText {
  readonly amount: string;
  readonly currency: string;
}

export interface ScopeSummary {
  readonly wonRevenue: MoneyText | null;
  /** The goal of the scope; null when it has none (or, for several teams, when one lacks it). */
  readonly target: MoneyText | null;
  /** Won revenue / goal (1.0 = 100%). */
  readonly attainment: number | null;
  readonly dealsWon: number;
  readonly dealsLost: number;
  readonly winRate: number | null;
  readonly openDeals: number;
  readonly openPipeline: MoneyText | null;
  readonly weightedPipeline: MoneyText | null;
  /** Open pipeline / what remains of the goal; null without a goal or once it is met. */
  readonly coverage: number | null;
  /** Null for a rep. */
  readonly reps: number | null;
  /** How many of the summed teams have a goal, of how many (the all-teams scope only). */
  readonly goals: { readonly set: number; readonly of: number } | null;
}

const text = (money: MoneyValueFragment | null): MoneyText | null =>
  money ? { amount: money.amount, currency: money.currency } : null;

/** The cards for one team or one rep: the API's own figures. */
export function summarizeOne(row: TeamRow | RepRow): ScopeSummary {
  return {
    wonRevenue: text(row.wonRevenue),
    target: text(row.wonRevenueTarget),
    attainment: row.attainment,
    dealsWon: row.dealsWon,
    dealsLost: row.dealsLost,
    winRate: row.winRate,
    openDeals: row.openDeals,
    openPipeline: text(row.openPipeline),
    weightedPipeline: text(row.weightedPipeline),
    coverage: row.pipelineCoverage,
    reps: 'reps' in row ? row.reps : null,
    goals: null,
  };
}

/**
 * The cards for everything the caller sees: the sum of the top-level teams (a parent already
 * includes its children), in minor units with BigInt. Attainment and coverage need a goal for every
 * top-level team; with only some, a ratio would compare the won revenue of all with the goals of a few.
 */
export function summarizeAll(roots: readonly TeamRow[]): ScopeSummary {
  const won = sumMinor(roots.map((team) => team.wonRevenue));
  const open = sumMinor(roots.map((team) => team.openPipeline));
  const weighted = sumMinor(roots.map((team) => team.weightedPipeline));
  const targets = roots
    .map((team) => team.wonRevenueTarget)
    .filter((t): t is MoneyValueFragment => t !== null);
  const target = roots.length > 0 && targets.length === roots.length ? sumMinor(targets) : null;
  const dealsWon = roots.reduce((sum, team) => sum + team.dealsWon, 0);
  const dealsLost = roots.reduce((sum, team) => sum + team.dealsLost, 0);
  const sameCurrency = !!won && (!target || target.currency === won.currency);
  const remaining = won && target && sameCurrency ? target.minor - won.minor : null;
  return {
    wonRevenue: won && asText(won),
    target: target && asText(target),
    attainment: won && target && sameCurrency ? ratio(won.minor, target.minor) : null,
    dealsWon,
    dealsLost,
    winRate: dealsWon + dealsLost > 0 ? dealsWon / (dealsWon + dealsLost) : null,
    openDeals: roots.reduce((sum, team) => sum + team.openDeals, 0),
    openPipeline: open && asText(open),
    weightedPipeline: weighted && asText(weighted),
    coverage: open && remaining !== null && remaining > 0n ? ratio(open.minor, remaining) : null,
    reps: roots.reduce((sum, team) => sum + team.reps, 0),
    goals: { set: targets.length, of: roots.length },
  };
}

interface MinorSum {
  readonly minor: bigint;
  readonly currency: string;
}

/** Exact sum in minor units; null for no values or mixed currencies (there is no honest total). */
export function sumMinor(values: readonly Pick<MoneyValueFragment, 'minor' | 'currency'>[]): MinorSum | null {
  if (values.length === 0) return null;
  const currency = values[0].currency;
  if (values.some((value) => value.currency !== currency)) return null;
  return { minor: values.reduce((sum, value) => sum + BigInt(value.minor), 0n), currency };
}

function asText(sum: MinorSum): MoneyText {
  return { amount: minorToDecimal(sum.minor), currency: sum.currency };
}

/** a / b from minor units, to six decimals (a share or a multiple; only then a float). */
export function ratio(a: bigint, b: bigint): number | null {
  if (b <= 0n) return null;
  return Number((a * 1_000_000n) / b) / 1_000_000;
}
