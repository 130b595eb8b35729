import {
  type DealFilter,
  type DealStatusAt,
  type DealTeamMembership,
  type FunnelStepOutcome,
  type StageKind,
} from '../generated';

/** The deals-list filters a figure can link to (everything but the free-text search, which the page owns). */
export type DrillDown = Omit<DealFilter, 'search'>;

const TEXT_KEYS = [
  'repId',
  'teamId',
  'stageId',
  'closedFrom',
  'closedTo',
  'engagedFrom',
  'engagedTo',
  'bookAt',
] as const;
const STAGE_KINDS: readonly StageKind[] = ['OPEN', 'WON', 'LOST'];
const STATUSES: readonly DealStatusAt[] = ['OPEN', 'WON', 'LOST'];
const MEMBERSHIPS: readonly DealTeamMembership[] = [
  'CURRENT',
  'ON_CLOSE_DATE',
  'ON_ENGAGE_DATE',
  'BEFORE_BOOK_DAY',
];
const OUTCOMES: readonly FunnelStepOutcome[] = ['ENTERED', 'ADVANCED', 'LOST_HERE', 'OPEN_HERE'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/i;

/** The day before an exclusive period end: the deals list's date filters are inclusive. */
export function lastDayOf(end: string): string {
  return new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Query parameters for `/deals` that show exactly the deals behind a figure (the API's DealFilter, flat). */
export function dealsLinkParams(filter: DrillDown): Record<string, string> {
  const params: Record<string, string> = {};
  const { funnelStep, ...flat } = filter;
  for (const [key, value] of Object.entries(flat)) {
    if (value !== null && value !== undefined && value !== '') params[key] = String(value);
  }
  // One count of the dashboard funnel: its stage and outcome, flat in the address.
  if (funnelStep)
    Object.assign(params, { funnelStage: funnelStep.stageId, funnelOutcome: funnelStep.outcome });
  return params;
}

/**
 * Reads `/deals` query parameters back into a filter, keeping only well-formed values (a hand-edited or
 * stale address shows the whole list rather than an error for a parameter nobody sees).
 */
export function drillDownFromParams(get: (name: string) => string | null): DrillDown {
  const filter: DrillDown = {};
  for (const key of TEXT_KEYS) {
    const value = get(key);
    if (value && (key.endsWith('Id') ? ID.test(value) : DATE.test(value))) filter[key] = value;
  }
  const stageKind = get('stageKind') as StageKind | null;
  if (stageKind && STAGE_KINDS.includes(stageKind)) filter.stageKind = stageKind;
  const statusAt = get('statusAt') as DealStatusAt | null;
  if (statusAt && filter.bookAt && STATUSES.includes(statusAt)) filter.statusAt = statusAt;
  const membership = get('teamMembership') as DealTeamMembership | null;
  if (membership && filter.teamId && MEMBERSHIPS.includes(membership)) filter.teamMembership = membership;
  const funnelStage = get('funnelStage');
  const outcome = get('funnelOutcome') as FunnelStepOutcome | null;
  if (filter.bookAt && funnelStage && ID.test(funnelStage) && outcome && OUTCOMES.includes(outcome)) {
    filter.funnelStep = { stageId: funnelStage, outcome };
  }
  const assigned = get('assigned');
  if (assigned === 'true' || assigned === 'false') filter.assigned = assigned === 'true';
  const pushes = Number(get('minClosePushes'));
  if (Number.isInteger(pushes) && pushes >= 1 && pushes <= 1000) filter.minClosePushes = pushes;
  return filter;
}
