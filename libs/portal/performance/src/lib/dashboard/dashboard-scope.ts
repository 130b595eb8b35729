import { type RepRow, type TeamRow } from './dashboard-model';
import { type Selection } from './dashboard-selection';
import { type ScopeSummary, summarizeAll, summarizeOne } from './dashboard-summary';
import { type RepsState } from './dashboard-tree';

/** What the cards and the funnel are about: everything the caller sees, one team, or one rep. */
export interface Scope {
  readonly name: string | null;
  readonly kind: 'all' | 'team' | 'rep';
  /** For a rep: the team they are listed under. */
  readonly teamName: string | null;
  readonly summary: ScopeSummary;
  readonly teamId: string | null;
  readonly repId: string | null;
}

/**
 * The scope of a selection among the shown teams. A team the caller cannot see falls back to
 * everything; a rep whose team's reps are not loaded (yet) falls back to their team.
 */
export function scopeOf(
  selection: Selection | null,
  teamsById: ReadonlyMap<string, TeamRow>,
  roots: readonly TeamRow[],
  repsOf: (teamId: string) => RepsState | undefined,
): Scope {
  const team = selection ? teamsById.get(selection.teamId) : undefined;
  if (selection?.kind === 'rep' && team) {
    const rep = repsOf(team.teamId)?.rows.find((row) => row.repId === selection.repId);
    if (rep) return repScope(rep, team);
  }
  if (team) {
    return {
      kind: 'team',
      name: team.name,
      teamName: null,
      summary: summarizeOne(team),
      teamId: team.teamId,
      repId: null,
    };
  }
  return {
    kind: 'all',
    name: null,
    teamName: null,
    summary: summarizeAll(roots),
    teamId: null,
    repId: null,
  };
}

function repScope(rep: RepRow, team: TeamRow): Scope {
  return {
    kind: 'rep',
    name: rep.repName,
    teamName: team.name,
    summary: summarizeOne(rep),
    teamId: team.teamId,
    repId: rep.repId,
  };
}
