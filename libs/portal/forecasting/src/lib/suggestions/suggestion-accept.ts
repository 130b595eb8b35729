import {
  type ForecastGoalSuggestionsQuery,
  type ForecastMetric,
  type SetGoalInput,
} from '@salesops/portal/data-access';

import { amountOf } from '../calls/calls-model';

export type Suggestion = ForecastGoalSuggestionsQuery['forecastGoalSuggestions']['rows'][number];

/** The most goals one setGoals call stores (all or none); the API refuses more. */
export const MAX_GOALS_PER_SAVE = 500;

/** What ops has done to a row: ticked it, and possibly typed another target. */
export interface SuggestionEdit {
  readonly selected: boolean;
  readonly target: string;
}

export function subjectKey(kind: 'REP' | 'TEAM' | 'COMPANY', id: string): string {
  return `${kind}:${id}`;
}

/**
 * Rows start with the suggested target; those that need a decision are ticked: no goal yet, or a goal
 * above the P90 (unrealistic) or below the P25 (too easy). A row without a suggestion cannot be ticked.
 */
export function initialEdits(rows: readonly Suggestion[]): Map<string, SuggestionEdit> {
  return new Map(
    rows.map((row) => [
      subjectKey(row.subjectKind, row.subjectId),
      {
        selected: row.suggestedTarget !== null && row.flag !== 'WITHIN' && row.flag !== 'NO_FORECAST',
        target: (row.suggestedTarget ?? '').replace(/\.00$/, ''),
      },
    ]),
  );
}

export interface Acceptance {
  readonly goals: SetGoalInput[];
  /** Names of ticked rows whose target is not an amount; nothing is sent while there are any. */
  readonly invalid: string[];
}

/**
 * The setGoals input for the ticked rows: the (edited) target, for the rep or team, with the goal's version
 * the suggestions were read with (0: there was no goal), so a goal changed since the page showed it answers
 * CONFLICT instead of being overwritten.
 */
export function acceptedGoals(
  rows: readonly Suggestion[],
  edits: ReadonlyMap<string, SuggestionEdit>,
  period: string,
  metric: ForecastMetric,
): Acceptance {
  const goals: SetGoalInput[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    const key = subjectKey(row.subjectKind, row.subjectId);
    const edit = edits.get(key);
    if (!edit?.selected || row.subjectKind === 'COMPANY') continue;
    const target = edit.target.trim().replace(/,/g, '');
    if (amountOf(target, metric) === null) {
      invalid.push(row.subjectName);
      continue;
    }
    goals.push({
      period,
      metric,
      target,
      expectedVersion: row.existingGoalVersion,
      ...(row.subjectKind === 'REP' ? { repId: row.subjectId } : { teamId: row.subjectId }),
    });
  }
  return { goals, invalid };
}

/** Batches of at most MAX_GOALS_PER_SAVE (each stored all or none). */
export function batches<T>(items: readonly T[], size = MAX_GOALS_PER_SAVE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
