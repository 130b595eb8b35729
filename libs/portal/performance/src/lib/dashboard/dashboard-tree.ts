import { type RepRow, type TeamRow } from './dashboard-model';

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
  return node.children.length === 0 ? rows : rows.filter((rep) => rep.teamId === node.team.teamId);
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

export type RepTreeRow = Extract<TreeRow, { kind: 'rep' }>;

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
          movedTo: rep.teamId === node.team.teamId ? null : rep.teamName,
        });
      }
    }
  };
  roots.forEach(visit);
  return rows;
}
