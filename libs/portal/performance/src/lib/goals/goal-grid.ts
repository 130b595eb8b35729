import {
  errorCodeOf,
  type GoalCellFragment,
  type GoalMetric,
  graphQLErrorsOf,
  type SetGoalInput,
  toFieldErrors,
} from '@salesops/portal/data-access';

import { attainmentOf, parseTarget, type TargetProblem, unitsOf } from './goal-target';

export interface GridTeam {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}

export interface GridRep {
  readonly id: string;
  readonly name: string;
  readonly teamId: string;
}

/** One line of the goals grid: a team (with its own goal) or a rep, grouped under their team. */
export interface GridRow {
  /** `team:<id>` or `rep:<id>`; the same subject keeps its key across periods and metrics. */
  readonly key: string;
  readonly kind: 'team' | 'rep';
  readonly id: string;
  readonly name: string;
  /** Indentation: 0 for a top-level team; a rep sits one level below its team. */
  readonly depth: number;
  /** The team a rep belongs to, or the team above a team; null at the top. */
  readonly parentId: string | null;
  /** The goal of this period and metric, when one is set. */
  readonly goal: GoalCellFragment | null;
  /** Team rows: keys of the reps in the team and the teams below it, for the reps' sum. */
  readonly repKeys: readonly string[];
  /** A rep that has a goal but is not among the active reps (left, or moved out of view). */
  readonly outside: boolean;
}

export function subjectKey(kind: 'team' | 'rep', id: string): string {
  return `${kind}:${id}`;
}

/**
 * The grid rows: each team, then its reps (by name), then the teams below it, depth first. With
 * `rootTeamId`, only that team and its subtree. Rep goals whose rep is not listed go last, so no
 * goal is ever hidden.
 */
export function buildGridRows(
  teams: readonly GridTeam[],
  reps: readonly GridRep[],
  goals: readonly GoalCellFragment[],
  rootTeamId: string | null = null,
): GridRow[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const teamIds = new Set(teams.map((team) => team.id));
  const children = new Map<string | null, GridTeam[]>();
  for (const team of teams) {
    const parent = team.parentId && teamIds.has(team.parentId) ? team.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), team]);
  }
  const repsOf = new Map<string, GridRep[]>();
  for (const rep of reps) repsOf.set(rep.teamId, [...(repsOf.get(rep.teamId) ?? []), rep]);
  const teamGoals = new Map<string, GoalCellFragment>();
  const repGoals = new Map<string, GoalCellFragment>();
  for (const goal of goals) {
    if (goal.teamId) teamGoals.set(goal.teamId, goal);
    else if (goal.repId) repGoals.set(goal.repId, goal);
  }

  const rows: GridRow[] = [];
  const listed = new Set<string>();
  const addTeam = (team: GridTeam, depth: number, parentId: string | null): string[] => {
    const index = rows.length;
    rows.push({
      key: subjectKey('team', team.id),
      kind: 'team',
      id: team.id,
      name: team.name,
      depth,
      parentId,
      goal: teamGoals.get(team.id) ?? null,
      repKeys: [],
      outside: false,
    });
    const repKeys: string[] = [];
    for (const rep of [...(repsOf.get(team.id) ?? [])].sort(byName)) {
      const key = subjectKey('rep', rep.id);
      listed.add(rep.id);
      repKeys.push(key);
      rows.push({
        key,
        kind: 'rep',
        id: rep.id,
        name: rep.name,
        depth: depth + 1,
        parentId: team.id,
        goal: repGoals.get(rep.id) ?? null,
        repKeys: [],
        outside: false,
      });
    }
    for (const child of [...(children.get(team.id) ?? [])].sort(byName)) {
      repKeys.push(...addTeam(child, depth + 1, team.id));
    }
    rows[index] = { ...rows[index], repKeys };
    return repKeys;
  };

  const root = rootTeamId ? teams.find((team) => team.id === rootTeamId) : undefined;
  const tops = root ? [root] : [...(children.get(null) ?? [])].sort(byName);
  for (const team of tops) addTeam(team, 0, null);

  const leftovers = goals
    .filter((goal) => goal.repId && !listed.has(goal.repId))
    .sort((a, b) => a.subjectName.localeCompare(b.subjectName));
  for (const goal of leftovers) {
    const id = goal.repId as string;
    rows.push({
      key: subjectKey('rep', id),
      kind: 'rep',
      id,
      name: goal.subjectName,
      depth: 0,
      parentId: null,
      goal,
      repKeys: [],
      outside: true,
    });
  }
  return rows;
}

/** Teams in tree order with their depth, for an indented team select. */
export function teamTree(teams: readonly GridTeam[]): { team: GridTeam; depth: number }[] {
  const rows = buildGridRows(teams, [], []);
  const byId = new Map(teams.map((team) => [team.id, team]));
  return rows.flatMap((row) => {
    const team = byId.get(row.id);
    return team ? [{ team, depth: row.depth }] : [];
  });
}

/** How many teams and reps (those listed in the grid) have a goal, and how many goals there are. */
export interface GridCoverage {
  readonly teams: number;
  readonly teamTotal: number;
  readonly reps: number;
  readonly repTotal: number;
  /** Every stored goal, a rep's outside the grid's teams included. */
  readonly goals: number;
}

export function gridCoverage(rows: readonly GridRow[]): GridCoverage {
  const count = (kind: GridRow['kind'], withGoal: boolean) =>
    rows.filter((row) => row.kind === kind && !row.outside && (!withGoal || row.goal)).length;
  return {
    teams: count('team', true),
    teamTotal: count('team', false),
    reps: count('rep', true),
    repTotal: count('rep', false),
    goals: rows.filter((row) => row.goal).length,
  };
}

// ---- Edits ----------------------------------------------------------------------------------

/** A cell the user typed into: self-contained, so it still saves after the view is filtered. */
export interface CellEdit {
  readonly kind: 'team' | 'rep';
  readonly id: string;
  readonly name: string;
  readonly period: string;
  readonly metric: GoalMetric;
  readonly text: string;
  /** The version of the goal when editing started (sent as expectedVersion, 0 when there was none). */
  readonly baseVersion: number | null;
  /** The target when editing started, in units; null when there was no goal. */
  readonly baseUnits: bigint | null;
}

/** Edits are keyed by period, metric and subject, so switching the period never mixes them up. */
export function editKey(period: string, metric: GoalMetric, rowKey: string): string {
  return `${period}|${metric}|${rowKey}`;
}

export type EditState =
  | { readonly status: 'unchanged' }
  | { readonly status: 'changed'; readonly value: string; readonly units: bigint }
  | { readonly status: 'invalid'; readonly problem: TargetProblem };

/** Whether an edit changes the goal, leaves it as it was, or cannot be saved (and why). */
export function editState(edit: CellEdit): EditState {
  const parsed = parseTarget(edit.text, edit.metric);
  if (parsed.kind === 'empty') {
    // There is no "delete goal": clearing a set target cannot be saved.
    return edit.baseUnits === null ? { status: 'unchanged' } : { status: 'invalid', problem: 'required' };
  }
  if (parsed.kind === 'invalid') return { status: 'invalid', problem: parsed.problem };
  if (parsed.units === edit.baseUnits) return { status: 'unchanged' };
  return { status: 'changed', value: parsed.value, units: parsed.units };
}

/** Starts or continues an edit of a row's target; the base is what the row showed when it started. */
export function applyTyping(
  edits: ReadonlyMap<string, CellEdit>,
  row: GridRow,
  period: string,
  metric: GoalMetric,
  text: string,
): Map<string, CellEdit> {
  const key = editKey(period, metric, row.key);
  const existing = edits.get(key);
  const next = new Map(edits);
  next.set(
    key,
    existing
      ? { ...existing, text }
      : {
          kind: row.kind,
          id: row.id,
          name: row.name,
          period,
          metric,
          text,
          baseVersion: row.goal?.version ?? null,
          baseUnits: row.goal ? unitsOf(row.goal.target, metric) : null,
        },
  );
  return next;
}

export interface PendingChanges {
  /** Edit keys in the order they are sent; index i answers as `goals.i.*`. */
  readonly keys: readonly string[];
  readonly goals: readonly SetGoalInput[];
  /** Edit keys that cannot be saved, with the reason. */
  readonly invalid: ReadonlyMap<string, TargetProblem>;
}

/** The setGoals payload for every changed cell, and the cells that block saving. */
export function pendingChanges(edits: ReadonlyMap<string, CellEdit>): PendingChanges {
  const keys: string[] = [];
  const goals: SetGoalInput[] = [];
  const invalid = new Map<string, TargetProblem>();
  for (const [key, edit] of edits) {
    const state = editState(edit);
    if (state.status === 'invalid') invalid.set(key, state.problem);
    if (state.status !== 'changed') continue;
    keys.push(key);
    goals.push({
      ...(edit.kind === 'rep' ? { repId: edit.id } : { teamId: edit.id }),
      period: edit.period,
      metric: edit.metric,
      target: state.value,
      // 0: there was no goal when editing started, so one created meanwhile answers CONFLICT.
      expectedVersion: edit.baseVersion ?? 0,
    });
  }
  return { keys, goals, invalid };
}

// ---- API errors -----------------------------------------------------------------------------

export interface SaveErrors {
  /** Messages for the cells at fault, by edit key. */
  readonly cells: Readonly<Record<string, string>>;
  /** Messages no cell owns. */
  readonly unplaced: readonly string[];
  /** CONFLICT when someone else changed a goal in between; BAD_USER_INPUT, NETWORK, ... */
  readonly code: string;
}

const GOAL_FIELD = /^goals\.(\d+)\.\w+$/;

/**
 * Maps the API's field errors (`goals.3.target`: index into the goals sent) back to the cells,
 * using the keys in the order they were sent.
 */
export function saveErrors(error: unknown, sentKeys: readonly string[]): SaveErrors {
  const cells: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(toFieldErrors(error))) {
    const index = GOAL_FIELD.exec(field)?.[1];
    const key = index === undefined ? undefined : sentKeys[Number(index)];
    if (key && !(key in cells)) cells[key] = message;
    else if (!key) unplaced.push(message);
  }
  if (Object.keys(cells).length === 0 && unplaced.length === 0) {
    for (const entry of graphQLErrorsOf(error)) {
      if (typeof entry.message === 'string' && entry.message) unplaced.push(entry.message);
    }
  }
  return { cells, unplaced, code: errorCodeOf(error) };
}

// ---- Team sums ------------------------------------------------------------------------------

export interface TeamTotals {
  /** Sum of the targets of the reps in the team and below, in units. */
  readonly repSum: bigint;
  readonly repsWithGoal: number;
  readonly repsWithoutGoal: number;
  /** Team target minus the reps' sum; positive: the reps' goals fall short. Null without a team goal. */
  readonly gap: bigint | null;
}

/** A team's target against its reps' targets (each in units, null for no goal), exact in BigInt. */
export function teamTotals(teamTarget: bigint | null, repTargets: readonly (bigint | null)[]): TeamTotals {
  let repSum = 0n;
  let repsWithGoal = 0;
  for (const target of repTargets) {
    if (target === null) continue;
    repSum += target;
    repsWithGoal++;
  }
  return {
    repSum,
    repsWithGoal,
    repsWithoutGoal: repTargets.length - repsWithGoal,
    gap: teamTarget === null ? null : teamTarget - repSum,
  };
}

// ---- Figures per row ------------------------------------------------------------------------

export interface RowFigures {
  /** The target shown: the edited one when it is valid, else the stored one; null for none. */
  readonly target: bigint | null;
  /** Achieved in the period, goal or not; null when the API gave none for the subject. */
  readonly actual: bigint | null;
  readonly attainment: number | null;
  /** Team rows only. */
  readonly totals: TeamTotals | null;
}

/**
 * Targets, actuals, attainment and team sums for every row. `targetOf` gives a row's effective
 * target (an unsaved valid edit wins), so the sums and gaps follow the typing live. A row without a
 * goal takes its actual from `actuals` (by row key), so a rep's revenue shows before a goal is set.
 */
export function gridFigures(
  rows: readonly GridRow[],
  metric: GoalMetric,
  targetOf: (row: GridRow) => bigint | null,
  actuals: ReadonlyMap<string, string> = new Map(),
): Map<string, RowFigures> {
  const targets = new Map(rows.map((row) => [row.key, targetOf(row)]));
  const figures = new Map<string, RowFigures>();
  for (const row of rows) {
    const target = targets.get(row.key) ?? null;
    const known = row.goal?.actual ?? actuals.get(row.key);
    const actual = known === undefined ? null : unitsOf(known, metric);
    figures.set(row.key, {
      target,
      actual,
      attainment: actual !== null && target !== null ? attainmentOf(actual, target) : null,
      totals:
        row.kind === 'team'
          ? teamTotals(
              target,
              row.repKeys.map((key) => targets.get(key) ?? null),
            )
          : null,
    });
  }
  return figures;
}

/** A row's stored target in units, or null. */
export function storedTarget(row: GridRow, metric: GoalMetric): bigint | null {
  return row.goal ? unitsOf(row.goal.target, metric) : null;
}
