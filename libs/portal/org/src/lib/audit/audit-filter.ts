import { type AuditEventFilter } from '@salesops/portal/data-access';

/** What the toolbar holds; empty text means "any". Dates are calendar days, `YYYY-MM-DD`. */
export interface AuditFilterState {
  readonly search: string;
  readonly entityType: string | null;
  readonly action: string | null;
  readonly actorId: string | null;
  /** One item's history, set from an event's detail. */
  readonly entityId: string | null;
  readonly from: string;
  readonly to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterState = {
  search: '',
  entityType: null,
  action: null,
  actorId: null,
  entityId: null,
  from: '',
  to: '',
};

/** What the API writes to the trail (AuditEvent.entityType), in the order the filter offers them. */
export const AUDIT_ENTITY_TYPES = [
  'goal',
  'sales_tool',
  'tool_seat',
  'survey',
  'team',
  'rep',
  'routing_rule',
  'rep_absence',
  'sales_stage',
  'import_job',
  'deal_batch',
  'api_key',
  'pay_period',
  'comp_plan',
  'comp_plan_version',
  'plan_assignment',
  'plan_acknowledgement',
  'payout_adjustment',
  'payout_dispute',
  'sign_in',
] as const;

/** The actions the API writes today (AuditEvent.action), as `area.verb`. */
export const AUDIT_ACTIONS = [
  'auth.throttle',
  'api_key.create',
  'api_key.delete',
  'api_key.revoke',
  'comp_plan.acknowledge',
  'comp_plan.assign',
  'comp_plan.create',
  'comp_plan.delete_draft',
  'comp_plan.end_assignment',
  'comp_plan.new_version',
  'comp_plan.publish',
  'comp_plan.retire',
  'comp_plan.save_draft',
  'deal.upsert',
  'goal.copy',
  'goal.delete',
  'goal.set',
  'goal.set_team_reps',
  'import.finish',
  'pay_period.close',
  'payout.adjust',
  'payout.clawback',
  'payout.dispute',
  'payout.resolve_dispute',
  'rep.create',
  'rep.deactivate',
  'rep.erase',
  'rep.move',
  'rep.reactivate',
  'rep.update',
  'routing.add_absence',
  'routing.remove_absence',
  'routing.set_rule',
  'stage.create',
  'stage.update',
  'survey.close',
  'survey.create',
  'survey.delete',
  'survey.new_wave',
  'survey.publish',
  'survey.update',
  'team.archive',
  'team.create',
  'team.unarchive',
  'team.update',
  'tool.assign_seats',
  'tool.create',
  'tool.delete',
  'tool.release_seat',
  'tool.undo_seat',
  'tool.update',
] as const;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a local calendar day starts, as ISO text for a DateTime; `dayOffset` 1 gives the start
 * of the next day. Days are the browser's, as the table shows times in the browser's zone.
 */
export function startOfLocalDay(date: string, dayOffset = 0): string | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, day + dayOffset);
  // `new Date` rolls 2025-02-30 over to March; a day that does not exist is no filter.
  const real = new Date(year, month - 1, day);
  if (real.getFullYear() !== year || real.getMonth() !== month - 1 || real.getDate() !== day) return null;
  return start.toISOString();
}

/** True when both days are set and the last comes before the first. */
export function isBackwardsRange(state: Pick<AuditFilterState, 'from' | 'to'>): boolean {
  return !!state.from && !!state.to && state.to < state.from;
}

/**
 * The API filter: empty parts left out; `from` is the start of its day, `to` the start of the day
 * after, so both days are included (the API reads `to` as "before this moment").
 */
export function toAuditEventFilter(state: AuditFilterState): AuditEventFilter {
  return {
    search: state.search.trim() || null,
    entityType: state.entityType || null,
    action: state.action || null,
    actorId: state.actorId || null,
    entityId: state.entityId || null,
    from: startOfLocalDay(state.from),
    to: startOfLocalDay(state.to, 1),
  };
}

/** True when anything narrows the list, so an empty page means "no match", not "no events". */
export function isFiltered(state: AuditFilterState): boolean {
  const filter = toAuditEventFilter(state);
  return Object.values(filter).some((value) => value !== null);
}

/** A long id (a UUID) cut to its first characters for a table cell; short ids stay whole. */
export function shortId(id: string | null | undefined, length = 8): string {
  if (!id) return '';
  return id.length > length + 1 ? `${id.slice(0, length)}…` : id;
}

/** A moment in the reader's time zone and language, to the second: `Mar 10, 2025, 9:30:05 AM`. */
export function formatDateTime(value: string | null | undefined, locale: string, timeZone?: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(date);
}
