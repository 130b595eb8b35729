import { type TreeRow } from './dashboard-tree';

/** What the cards and the funnel are about when not everything: one team, or one rep of a team. */
export type Selection =
  | { readonly kind: 'team'; readonly teamId: string }
  | { readonly kind: 'rep'; readonly repId: string; readonly teamId: string };

/** A click on a team selects it; a second click on it goes back to everything. */
export function toggleTeam(current: Selection | null, teamId: string): Selection | null {
  return current?.kind === 'team' && current.teamId === teamId ? null : { kind: 'team', teamId };
}

/** A click on a rep selects them; a second click goes back to the team they are listed under. */
export function toggleRep(current: Selection | null, teamId: string, repId: string): Selection {
  const same = current?.kind === 'rep' && current.repId === repId && current.teamId === teamId;
  return same ? { kind: 'team', teamId } : { kind: 'rep', repId, teamId };
}

/** Whether a row of the tree is the selection (a rep counts only under the team it was picked in). */
export function isRowSelected(selection: Selection | null, row: TreeRow): boolean {
  if (!selection) return false;
  if (row.kind === 'team') return selection.kind === 'team' && selection.teamId === row.node.team.teamId;
  if (row.kind === 'rep') {
    return selection.kind === 'rep' && selection.repId === row.rep.repId && selection.teamId === row.teamId;
  }
  return false;
}
