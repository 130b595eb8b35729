import { shiftPeriodKey } from '../period-picker/period-key';
import { type CopyGoalsDialogData } from './copy-goals-dialog.component';
import { type GridTeam } from './goal-grid';
import { type Grid } from './goal-grid-source';
import { type TeamTargetDialogData } from './team-target-dialog.component';

/**
 * What the team-target dialog offers for the grid shown: the teams (in tree order) with active reps
 * directly in them and how many, preselecting the filtered team when it is one of them.
 */
export function teamTargetDialogData(
  grid: Grid,
  teamChoices: readonly { readonly team: GridTeam }[],
  changed: () => void,
): TeamTargetDialogData {
  const repCounts = new Map<string, number>();
  for (const row of grid.rows) {
    if (row.kind === 'rep' && !row.outside && row.parentId)
      repCounts.set(row.parentId, (repCounts.get(row.parentId) ?? 0) + 1);
  }
  return {
    period: grid.period,
    metric: grid.metric,
    currency: grid.currency,
    teams: teamChoices
      .filter(({ team }) => repCounts.has(team.id))
      .map(({ team }) => ({ id: team.id, name: team.name, reps: repCounts.get(team.id) ?? 0 })),
    teamId: grid.teamId && repCounts.has(grid.teamId) ? grid.teamId : null,
    changed,
  };
}

/**
 * What the copy dialog proposes: `forward` copies the period into the next one, `fromPrevious`
 * fills it from the one before; within the filtered team, if any.
 */
export function copyGoalsDialogData(
  period: string,
  direction: 'forward' | 'fromPrevious',
  team: GridTeam | undefined,
  changed: () => void,
): CopyGoalsDialogData {
  return {
    fromPeriod: direction === 'forward' ? period : (shiftPeriodKey(period, -1) ?? period),
    toPeriod: direction === 'forward' ? (shiftPeriodKey(period, 1) ?? period) : period,
    teamId: team?.id ?? null,
    teamName: team?.name ?? null,
    changed,
  };
}
