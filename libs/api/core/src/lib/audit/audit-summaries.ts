import { type TemplatedText, templatedText, type TemplateParams } from '@salesops/domain';

/**
 * The audit trail's one-line summaries, in English, by key. An event stores its key and params beside the
 * English text, so a client can word the same facts in its own language (the portal keeps the same
 * templates as `audit.summary.<key>`). A key is the event's action, or `action.variant` where one action
 * has several wordings. Params are facts, not words: names, period keys, ids, counts as numbers, dates as
 * `YYYY-MM-DD`, amounts as decimal text (never floats), codes as they are in the API.
 */

/** A goal target: amounts are decimal text for money metrics (currency set), whole numbers for counts. */
interface GoalTargetParams {
  subject: string;
  period: string;
  metric: string;
  target: string;
  currency: string | null;
}

interface GoalCopyParams {
  count: number;
  from: string;
  to: string;
  percentChange: number;
}

interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

interface ImportParams extends UpsertCounts {
  file: string;
  rejected: number;
}

interface SeatParams {
  count: number;
  tool: string;
  from: string;
}

interface SeatEndParams {
  rep: string;
  tool: string;
  date: string;
}

interface PlanVersionParams {
  plan: string;
  version: number;
}

interface PayoutAmountParams {
  rep: string;
  period: string;
  amount: string;
  currency: string;
}

const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`;
const upserted = (p: UpsertCounts) => `${p.inserted} new, ${p.updated} updated, ${p.unchanged} unchanged`;
const imported = (p: ImportParams) => `${upserted(p)}, ${p.rejected} refused`;

export const AUDIT_SUMMARIES = {
  'auth.throttle.pair': (p: { email: string; address: string; count: number; minutes: number }) =>
    `Sign-in for ${p.email} from ${p.address} paused for ${p.minutes} minutes after ${p.count} failed tries`,
  'auth.throttle.address': (p: { address: string; count: number; minutes: number }) =>
    `Sign-in from ${p.address} paused for ${p.minutes} minutes after ${p.count} failed tries`,
  'auth.throttle.email': (p: { email: string; count: number }) =>
    `Sign-in for ${p.email} slowed down from new addresses after ${p.count} failed tries`,
  'goal.set': (p: GoalTargetParams & { before: string }) =>
    `${p.subject} ${p.period} ${p.metric}: ${p.before} → ${p.target}`,
  'goal.set.new': (p: GoalTargetParams) => `${p.subject} ${p.period} ${p.metric}: no goal → ${p.target}`,
  'goal.set_team_reps': (p: Omit<GoalTargetParams, 'subject'> & { team: string; count: number }) =>
    `Every active rep of ${p.team}: ${p.period} ${p.metric} ${p.target} (${p.count} goals)`,
  'goal.delete': (p: GoalTargetParams) =>
    `Deleted the goal ${p.subject} ${p.period} ${p.metric} (${p.target})`,
  'goal.copy': (p: GoalCopyParams) =>
    `Copied ${p.count} goals from ${p.from} to ${p.to} (${signed(p.percentChange)}%)`,
  'goal.copy.team': (p: GoalCopyParams & { team: string }) =>
    `Copied ${p.count} goals from ${p.from} to ${p.to} (${signed(p.percentChange)}%) for team ${p.team}`,
  'team.create': (p: { team: string }) => `Created team ${p.team}`,
  'team.update': (p: { team: string }) => `Changed team ${p.team}`,
  'team.archive': (p: { team: string }) => `Archived team ${p.team}`,
  'team.unarchive': (p: { team: string }) => `Brought team ${p.team} back from the archive`,
  'rep.create': (p: { rep: string }) => `Added rep ${p.rep}`,
  'org.import': (p: { teams: number; managers: number; reps: number; refused: number; from: string }) =>
    `Imported the org (members from ${p.from}): reps added ${p.reps}, teams created ${p.teams}, manager logins created ${p.managers}, rows refused ${p.refused}`,
  'rep.update': (p: { rep: string }) => `Changed rep ${p.rep}`,
  'rep.move': (p: { rep: string; team: string; from: string }) =>
    `Moved ${p.rep} to team ${p.team} from ${p.from}`,
  'rep.reactivate': (p: { rep: string }) => `Reactivated ${p.rep}`,
  'rep.deactivate': (p: { rep: string }) => `Deactivated ${p.rep}`,
  'rep.erase': (p: { rep: string; events: number }) =>
    `Erased the personal data of a former rep, now ${p.rep} (${p.events} audit entries scrubbed)`,
  'api_key.create': (p: { name: string; prefix: string; scopes: readonly string[] }) =>
    `Created API key "${p.name}" (${p.prefix}) with ${p.scopes.join(', ')}`,
  'api_key.revoke': (p: { name: string; prefix: string }) => `Revoked API key "${p.name}" (${p.prefix})`,
  'api_key.delete': (p: { name: string; prefix: string }) =>
    `Deleted the spent API key "${p.name}" (${p.prefix})`,
  'deal.upsert': (p: UpsertCounts & { count: number }) => `${p.count} deals sent: ${upserted(p)}`,
  'routing.set_rule': (p: { rep: string; weight: number; capacityPerMonth: number }) =>
    `${p.rep}: weight ${p.weight}, at most ${p.capacityPerMonth} a month`,
  'routing.set_rule.no_cap': (p: { rep: string; weight: number }) => `${p.rep}: weight ${p.weight}, no cap`,
  'routing.add_absence': (p: { rep: string; from: string; to: string }) =>
    `${p.rep} away ${p.from} to ${p.to}`,
  'routing.remove_absence': (p: { from: string; to: string }) => `Absence ${p.from} to ${p.to} removed`,
  'import.finish.succeeded': (p: ImportParams) => `Import of ${p.file} succeeded: ${imported(p)}`,
  'import.finish.partial': (p: ImportParams) =>
    `Import of ${p.file} stored some rows and refused others: ${imported(p)}`,
  'import.finish.failed': (p: ImportParams) => `Import of ${p.file} failed: ${imported(p)}`,
  'import.finish.dry_run': (p: ImportParams) =>
    `Preview of ${p.file}, nothing stored: it would give ${imported(p)}`,
  'stage.create': (p: { stage: string }) => `Added stage ${p.stage}`,
  'stage.update': (p: { stage: string }) => `Changed stage ${p.stage}`,
  'pay_period.close': (p: { period: string; count: number }) =>
    `Closed the pay period ${p.period}: ${p.count} goals inside it are locked`,
  'pay_period.close.statements': (p: { period: string; count: number; statements: number }) =>
    `Closed the pay period ${p.period}: ${p.count} goals inside it are locked, ${p.statements} payout statements frozen`,
  'comp_plan.create': (p: { plan: string }) => `Created the comp plan ${p.plan}`,
  'comp_plan.save_draft': (p: PlanVersionParams) => `Saved the draft of ${p.plan} version ${p.version}`,
  'comp_plan.new_version': (p: PlanVersionParams) => `Started ${p.plan} version ${p.version} as a draft`,
  'comp_plan.publish': (p: PlanVersionParams & { from: string; moved: number }) =>
    `Published ${p.plan} version ${p.version}, in effect from ${p.from}; ${p.moved} assignments moved to it`,
  'comp_plan.retire': (p: PlanVersionParams) => `Retired ${p.plan} version ${p.version}`,
  'comp_plan.delete_draft': (p: PlanVersionParams) => `Deleted the draft ${p.plan} version ${p.version}`,
  'comp_plan.assign': (p: PlanVersionParams & { count: number; from: string }) =>
    `Assigned ${p.count} reps to ${p.plan} version ${p.version} from ${p.from}`,
  'comp_plan.assign.one': (p: PlanVersionParams & { count: number; from: string; rep: string }) =>
    `Assigned ${p.rep} to ${p.plan} version ${p.version} from ${p.from}`,
  'comp_plan.end_assignment': (p: PlanVersionParams & { rep: string; date: string }) =>
    `${p.rep}'s assignment to ${p.plan} version ${p.version} ends ${p.date}`,
  'comp_plan.acknowledge': (p: PlanVersionParams & { rep: string }) =>
    `${p.rep} accepted ${p.plan} version ${p.version}`,
  'payout.adjust': (p: PayoutAmountParams & { reason: string }) =>
    `Adjustment of ${p.amount} ${p.currency} for ${p.rep} in ${p.period}: ${p.reason}`,
  'payout.clawback': (p: PayoutAmountParams & { reason: string }) =>
    `Clawback of ${p.amount} ${p.currency} from ${p.rep} in ${p.period}: ${p.reason}`,
  'payout.dispute': (p: { rep: string; period: string; line: string }) =>
    `${p.rep} questioned "${p.line}" on the ${p.period} statement`,
  'payout.resolve_dispute.adjusted': (p: PayoutAmountParams & { line: string }) =>
    `Answered ${p.rep}'s question on "${p.line}": adjusted by ${p.amount} ${p.currency} in ${p.period}`,
  'payout.resolve_dispute.rejected': (p: { rep: string; line: string }) =>
    `Answered ${p.rep}'s question on "${p.line}": no change`,
  'survey.create': (p: { title: string }) => `Drafted "${p.title}"`,
  'survey.update': (p: { title: string }) => `Edited the draft "${p.title}"`,
  'survey.publish': (p: { title: string }) => `Published "${p.title}"`,
  'survey.close': (p: { title: string }) => `Closed "${p.title}"`,
  'survey.new_wave': (p: { title: string }) => `New wave of "${p.title}"`,
  'survey.delete': (p: { title: string }) => `Deleted the draft "${p.title}"`,
  'tool.create': (p: { tool: string }) => `Added ${p.tool}`,
  'tool.delete': (p: { tool: string; seats: number; drafts: number }) =>
    `Deleted ${p.tool} with its ${p.seats} seats and ${p.drafts} draft surveys`,
  'tool.update': (p: { tool: string; fields: readonly string[] }) =>
    `Changed ${p.tool}: ${p.fields.join(', ')}`,
  'tool.assign_seats': (p: SeatParams) => `${p.count} seats on ${p.tool} from ${p.from}`,
  'tool.assign_seats.one': (p: SeatParams) => `${p.count} seat on ${p.tool} from ${p.from}`,
  'tool.undo_seat': (p: SeatEndParams) =>
    `${p.rep}'s seat on ${p.tool} taken back the day it was given (${p.date})`,
  'tool.release_seat': (p: SeatEndParams) => `${p.rep}'s seat on ${p.tool} ends ${p.date}`,
} as const satisfies Record<string, (params: never) => string>;

export type AuditSummaryKey = keyof typeof AUDIT_SUMMARIES;
export type AuditSummaryParams<K extends AuditSummaryKey> = TemplateParams<typeof AUDIT_SUMMARIES, K>;

/** A summary as it is stored: the template's key, its params, and the English it gives. */
export type AuditSummary = TemplatedText<AuditSummaryKey>;

/** The summary of a change from its template and params; the English is rendered here, once. */
export const auditSummary = templatedText(AUDIT_SUMMARIES);
