import { minorToDecimal, parseAmountToMinor } from '@salesops/domain';
import {
  type ForecastCallsQuery,
  type ForecastMetric,
  type SubmitForecastCallInput,
} from '@salesops/portal/data-access';

export type CallStanding = ForecastCallsQuery['forecastCalls']['rows'][number];

/** A row of the calls table: teams above their reps, indented by depth, with the weekly view. */
export interface CallRow {
  readonly standing: CallStanding;
  readonly depth: number;
  /** The call in force less last week's; null when either is missing. */
  readonly weeklyChange: string | null;
  /** The goal less the call in force (+ short of goal); null without both. */
  readonly gapToGoal: string | null;
  /** A team's own call less the sum of its reps' calls; null for reps or without both. */
  readonly vsReps: string | null;
}

/** The standings as a tree: each team followed by its sub-teams and reps, reps after teams, by name. */
export function callRows(standings: readonly CallStanding[]): CallRow[] {
  const ids = new Set(standings.map((s) => s.subjectId));
  const children = new Map<string | null, CallStanding[]>();
  for (const s of standings) {
    const parent = s.parentId && ids.has(s.parentId) ? s.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), s]);
  }
  const order = (a: CallStanding, b: CallStanding) =>
    (a.subjectKind === 'TEAM' ? 0 : 1) - (b.subjectKind === 'TEAM' ? 0 : 1) ||
    a.subjectName.localeCompare(b.subjectName);
  const rows: CallRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const s of [...(children.get(parent) ?? [])].sort(order)) {
      rows.push({
        standing: s,
        depth,
        weeklyChange: difference(s.commit, s.commitLastWeek),
        gapToGoal: difference(s.goal, s.commit),
        vsReps: s.subjectKind === 'TEAM' ? difference(s.commit, s.repCommitSum) : null,
      });
      // A team's own id keys its children; a rep has none.
      if (s.subjectKind === 'TEAM') visit(s.subjectId, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/** a − b exactly, as decimal text; null when either is missing or unreadable. */
export function difference(a: string | null | undefined, b: string | null | undefined): string | null {
  const [x, y] = [a ? parseAmountToMinor(a) : null, b ? parseAmountToMinor(b) : null];
  return x === null || y === null ? null : minorToDecimal(x - y);
}

export interface CallDraft {
  readonly commit: string;
  readonly bestCase: string;
  readonly note: string;
}

export type CallDraftError = 'commit' | 'bestCase' | 'bestBelowCommit' | 'note' | null;

/**
 * What is wrong with a call before it is sent, in the order a person fixes it: amounts as decimal text
 * (whole deals for deals won), best case at least the commit, a note when adjusting someone else's.
 */
export function callDraftError(draft: CallDraft, metric: ForecastMetric, needsNote: boolean): CallDraftError {
  const commit = amountOf(draft.commit, metric);
  if (commit === null) return 'commit';
  const best = amountOf(draft.bestCase, metric);
  if (best === null) return 'bestCase';
  if (best < commit) return 'bestBelowCommit';
  const note = draft.note.trim();
  if ((needsNote && note.length === 0) || note.length > 500) return 'note';
  return null;
}

/** The mutation's input: a rep's own call, a team's call, or an adjustment of a report's with its note. */
export function callInput(
  target: { kind: 'REP' | 'TEAM' | 'SELF'; id?: string },
  draft: CallDraft,
  period: string,
  metric: ForecastMetric,
): SubmitForecastCallInput {
  const note = draft.note.trim();
  return {
    period,
    metric,
    commit: clean(draft.commit),
    bestCase: clean(draft.bestCase),
    ...(target.kind === 'REP' ? { repId: target.id } : target.kind === 'TEAM' ? { teamId: target.id } : {}),
    ...(note ? { note } : {}),
  };
}

/** Decimal units (cents for money) of an amount typed with or without thousands separators; null if invalid. */
export function amountOf(text: string, metric: ForecastMetric): bigint | null {
  const cleaned = clean(text);
  if (cleaned === '' || cleaned.startsWith('-')) return null;
  if (metric === 'DEALS_WON') return /^\d{1,9}$/.test(cleaned) ? BigInt(cleaned) * 100n : null;
  return parseAmountToMinor(cleaned);
}

function clean(text: string): string {
  return text.trim().replace(/,/g, '');
}
