import { minorToDecimal } from '@salesops/domain';
import {
  type DashboardFunnelQuery,
  type DashboardTeamRepsQuery,
  type MoneyValueFragment,
  type TeamPerformanceRowFragment,
} from '@salesops/portal/data-access';

export type TeamRow = TeamPerformanceRowFragment;
export type RepRow = DashboardTeamRepsQuery['leaderboard']['rows'][number];
export type StageConversion = DashboardFunnelQuery['stageConversion'];

/** Money ready for the localMoney pipe: exact decimal text, never a float. */
export interface MoneyText {
  readonly amount: string;
  readonly currency: string;
}

// ---------------------------------------------------------------------------------------------
// The team tree

/** A team with the teams directly below it; `path` names its ancestors, root first. */
export interface TeamNode {
  readonly team: TeamRow;
  readonly depth: number;
  readonly path: readonly string[];
  readonly children: readonly TeamNode[];
}

const byName = (a: TeamRow, b: TeamRow) => a.name.localeCompare(b.name) || a.teamId.localeCompare(b.teamId);

/**
 * The tree from each team's parentId. A team whose parent is not in the list (null, or above the
 * caller's reach: a manager's own team) is a root. A team never goes missing: should parentIds
 * ever form a loop, the teams in it are shown as roots rather than dropped.
 */
export function buildTeamTree(teams: readonly TeamRow[]): TeamNode[] {
  const ids = new Set(teams.map((team) => team.teamId));
  const childrenOf = new Map<string | null, TeamRow[]>();
  for (const team of teams) {
    const parent =
      team.parentId && team.parentId !== team.teamId && ids.has(team.parentId) ? team.parentId : null;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(team);
    childrenOf.set(parent, siblings);
  }
  const placed = new Set<string>();
  const build = (team: TeamRow, depth: number, path: readonly string[]): TeamNode => {
    placed.add(team.teamId);
    const below = (childrenOf.get(team.teamId) ?? [])
      .filter((child) => !placed.has(child.teamId))
      .sort(byName);
    const childPath = [...path, team.name];
    return { team, depth, path, children: below.map((child) => build(child, depth + 1, childPath)) };
  };
  const roots = (childrenOf.get(null) ?? []).sort(byName).map((team) => build(team, 0, []));
  for (const team of [...teams].sort(byName)) {
    if (!placed.has(team.teamId)) roots.push(build(team, 0, []));
  }
  return roots;
}

/** Every node of the tree, depth first, parents before their children. */
export function allNodes(roots: readonly TeamNode[]): TeamNode[] {
  return roots.flatMap((node) => [node, ...allNodes(node.children)]);
}

/**
 * The reps to list under a team. `rows` are the reps who were in the team or below during the
 * period (the leaderboard with teamId). A team without subteams lists them all (someone who has
 * since moved on included: their figures count here). A team with subteams lists only the reps
 * directly in it now; the others appear under their subteam.
 */
export function repsUnder(node: TeamNode, rows: readonly RepRow[]): readonly RepRow[] {
  return node.children.length === 0 ? rows : rows.filter((rep) => rep.teamName === node.team.name);
}

/** What is known about a team's reps for the shown period. */
export interface RepsState {
  readonly status: 'loading' | 'error' | 'done';
  readonly rows: readonly RepRow[];
}

export type TreeRow =
  | {
      readonly kind: 'team';
      readonly key: string;
      readonly level: number;
      readonly node: TeamNode;
      readonly expanded: boolean;
    }
  | {
      readonly kind: 'rep';
      readonly key: string;
      readonly level: number;
      readonly rep: RepRow;
      readonly teamId: string;
      /** The rep's current team when it is not this one (they moved during or after the period). */
      readonly movedTo: string | null;
    }
  | {
      readonly kind: 'status';
      readonly key: string;
      readonly level: number;
      readonly teamId: string;
      readonly status: 'loading' | 'error' | 'empty';
    };

/** The rows the tree table shows: each expanded team followed by its subteams, then its reps. */
export function visibleRows(
  roots: readonly TeamNode[],
  expanded: ReadonlySet<string>,
  repsOf: (teamId: string) => RepsState | undefined,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (node: TeamNode) => {
    const id = node.team.teamId;
    const open = expanded.has(id);
    rows.push({ kind: 'team', key: `team:${id}`, level: node.depth, node, expanded: open });
    if (!open) return;
    node.children.forEach(visit);
    const level = node.depth + 1;
    const state = repsOf(id);
    if (!state || state.status === 'loading') {
      rows.push({ kind: 'status', key: `loading:${id}`, level, teamId: id, status: 'loading' });
    } else if (state.status === 'error') {
      rows.push({ kind: 'status', key: `error:${id}`, level, teamId: id, status: 'error' });
    } else {
      const reps = repsUnder(node, state.rows);
      if (reps.length === 0 && node.children.length === 0) {
        rows.push({ kind: 'status', key: `empty:${id}`, level, teamId: id, status: 'empty' });
      }
      for (const rep of reps) {
        rows.push({
          kind: 'rep',
          key: `rep:${id}:${rep.repId}`,
          level,
          rep,
          teamId: id,
          movedTo: rep.teamName === node.team.name ? null : rep.teamName,
        });
      }
    }
  };
  roots.forEach(visit);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The CSV export

/** One line of the export: a team or a rep, with its depth in the tree (0 = a top-level team). */
export interface TreeCsvRow {
  readonly level: number;
  readonly kind: 'team' | 'rep';
  readonly name: string;
  /** The teams above, root first, joined with " / ". */
  readonly path: string;
  readonly reps: number | null;
  readonly wonRevenue: MoneyValueFragment;
  readonly target: MoneyValueFragment | null;
  readonly attainment: number | null;
  readonly dealsWon: number;
  readonly dealsLost: number;
  readonly winRate: number | null;
  readonly openDeals: number;
  readonly openPipeline: MoneyValueFragment;
  readonly weightedPipeline: MoneyValueFragment;
  readonly coverage: number | null;
}

/** The whole tree, every team expanded, with the reps known for each team. */
export function treeCsvRows(
  roots: readonly TeamNode[],
  repsOf: (teamId: string) => readonly RepRow[] | undefined,
): TreeCsvRow[] {
  const rows: TreeCsvRow[] = [];
  const visit = (node: TeamNode) => {
    const { team } = node;
    rows.push({
      level: node.depth,
      kind: 'team',
      name: team.name,
      path: node.path.join(' / '),
      reps: team.reps,
      wonRevenue: team.wonRevenue,
      target: team.wonRevenueTarget,
      attainment: team.attainment,
      dealsWon: team.dealsWon,
      dealsLost: team.dealsLost,
      winRate: team.winRate,
      openDeals: team.openDeals,
      openPipeline: team.openPipeline,
      weightedPipeline: team.weightedPipeline,
      coverage: team.pipelineCoverage,
    });
    node.children.forEach(visit);
    const path = [...node.path, team.name].join(' / ');
    for (const rep of repsUnder(node, repsOf(team.teamId) ?? [])) {
      rows.push({
        level: node.depth + 1,
        kind: 'rep',
        name: rep.repName,
        path,
        reps: null,
        wonRevenue: rep.wonRevenue,
        target: rep.wonRevenueTarget,
        attainment: rep.attainment,
        dealsWon: rep.dealsWon,
        dealsLost: rep.dealsLost,
        winRate: rep.winRate,
        openDeals: rep.openDeals,
        openPipeline: rep.openPipeline,
        weightedPipeline: rep.weightedPipeline,
        coverage: rep.pipelineCoverage,
      });
    }
  };
  roots.forEach(visit);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The KPI cards

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

/** Width of an attainment bar, 0-100: the goal is the full track. */
export function attainmentWidth(attainment: number | null): number {
  if (attainment === null || !(attainment > 0)) return 0;
  return Math.min(100, Math.round(attainment * 1000) / 10);
}

/** Colour band of an attainment: at or above goal, on the way (70%+), or behind. */
export function attainmentBand(attainment: number | null): 'met' | 'near' | 'behind' | 'none' {
  if (attainment === null) return 'none';
  return attainment >= 1 ? 'met' : attainment >= 0.7 ? 'near' : 'behind';
}

// ---------------------------------------------------------------------------------------------
// The funnel chart

export interface FunnelBar {
  readonly key: string;
  /** The stage's name; null for the closing "won" bar. */
  readonly stageName: string | null;
  readonly entered: number;
  /** Bar width, 0-100, scaled to the widest bar; a stage anyone entered is never drawn thinner than 2. */
  readonly widthPct: number;
  /** Share that went on to the next bar; null for the won bar and for a stage no deal entered. */
  readonly conversionRate: number | null;
  readonly advanced: number;
  readonly lostHere: number;
  readonly openHere: number;
  /** The stage that loses the largest share of its deals (only when two or more can be compared). */
  readonly weakest: boolean;
}

/** The stages in funnel order as centred bars, then the won deals as the last bar. */
export function funnelBars(conversion: Pick<StageConversion, 'steps' | 'won'>): FunnelBar[] {
  const steps = [...conversion.steps].sort((a, b) => a.position - b.position);
  if (steps.length === 0) return [];
  const max = Math.max(conversion.won, ...steps.map((step) => step.entered));
  const width = (count: number) =>
    max <= 0 || count <= 0 ? 0 : Math.max(2, Math.round((count / max) * 1000) / 10);
  const rated = steps.filter((step) => step.entered > 0 && step.conversionRate !== null);
  const weakest =
    rated.length >= 2
      ? rated.reduce((low, step) =>
          (step.conversionRate as number) < (low.conversionRate as number) ? step : low,
        )
      : null;
  const bars: FunnelBar[] = steps.map((step) => ({
    key: step.stageId,
    stageName: step.stageName,
    entered: step.entered,
    widthPct: width(step.entered),
    conversionRate: step.entered > 0 ? step.conversionRate : null,
    advanced: step.advanced,
    lostHere: step.lostHere,
    openHere: step.openHere,
    weakest: step === weakest,
  }));
  bars.push({
    key: 'won',
    stageName: null,
    entered: conversion.won,
    widthPct: width(conversion.won),
    conversionRate: null,
    advanced: 0,
    lostHere: 0,
    openHere: 0,
    weakest: false,
  });
  return bars;
}
