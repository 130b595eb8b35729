import { type AuditEventRowFragment, type ParamKinds, wordTemplated } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';

const GOAL = { subject: 'text', period: 'text', metric: 'metric', target: 'amount' } as const;
const COPY = { count: 'count', from: 'text', to: 'text', percentChange: 'change' } as const;
const UPSERT = { inserted: 'count', updated: 'count', unchanged: 'count' } as const;
const IMPORT = { file: 'text', ...UPSERT, rejected: 'count' } as const;
const SEATS = { count: 'count', tool: 'text', from: 'date' } as const;
const PLAN_VERSION = { plan: 'text', version: 'count' } as const;
const PAYOUT = { rep: 'text', period: 'text', amount: 'text', currency: 'text' } as const;

/**
 * The API's summary templates this portal words (libs/api/core/src/lib/audit/audit-summaries.ts), with the
 * params each names; `audit.summary.<key>` holds the words. A key missing here shows the API's English.
 */
export const AUDIT_SUMMARY_PARAMS = {
  'auth.throttle.pair': { email: 'text', address: 'text', count: 'count', minutes: 'count' },
  'auth.throttle.address': { address: 'text', count: 'count', minutes: 'count' },
  'auth.throttle.email': { email: 'text', count: 'count' },
  'goal.set': { ...GOAL, before: 'amount' },
  'goal.set.new': GOAL,
  'goal.set_team_reps': { team: 'text', period: 'text', metric: 'metric', target: 'amount', count: 'count' },
  'goal.copy': COPY,
  'goal.copy.team': { ...COPY, team: 'text' },
  'goal.delete': GOAL,
  'team.create': { team: 'text' },
  'team.update': { team: 'text' },
  'team.archive': { team: 'text' },
  'team.unarchive': { team: 'text' },
  'rep.create': { rep: 'text' },
  'org.import': { teams: 'count', managers: 'count', reps: 'count', refused: 'count', from: 'date' },
  'rep.update': { rep: 'text' },
  'rep.move': { rep: 'text', team: 'text', from: 'date' },
  'rep.reactivate': { rep: 'text' },
  'rep.deactivate': { rep: 'text' },
  'rep.erase': { rep: 'text', events: 'count' },
  'api_key.create': { name: 'text', prefix: 'text', scopes: 'list' },
  'api_key.revoke': { name: 'text', prefix: 'text' },
  'api_key.delete': { name: 'text', prefix: 'text' },
  'deal.upsert': { count: 'count', ...UPSERT },
  'routing.set_rule': { rep: 'text', weight: 'count', capacityPerMonth: 'count' },
  'routing.set_rule.no_cap': { rep: 'text', weight: 'count' },
  'routing.add_absence': { rep: 'text', from: 'date', to: 'date' },
  'routing.remove_absence': { from: 'date', to: 'date' },
  'import.finish.succeeded': IMPORT,
  'import.finish.partial': IMPORT,
  'import.finish.failed': IMPORT,
  'import.finish.dry_run': IMPORT,
  'stage.create': { stage: 'text' },
  'stage.update': { stage: 'text' },
  'pay_period.close': { period: 'text', count: 'count' },
  'pay_period.close.statements': { period: 'text', count: 'count', statements: 'count' },
  'comp_plan.create': { plan: 'text' },
  'comp_plan.save_draft': PLAN_VERSION,
  'comp_plan.new_version': PLAN_VERSION,
  'comp_plan.publish': { ...PLAN_VERSION, from: 'date', moved: 'count' },
  'comp_plan.retire': PLAN_VERSION,
  'comp_plan.delete_draft': PLAN_VERSION,
  'comp_plan.assign': { ...PLAN_VERSION, count: 'count', from: 'date' },
  'comp_plan.assign.one': { ...PLAN_VERSION, rep: 'text', from: 'date' },
  'comp_plan.end_assignment': { ...PLAN_VERSION, rep: 'text', date: 'date' },
  'comp_plan.acknowledge': { ...PLAN_VERSION, rep: 'text' },
  'payout.adjust': { ...PAYOUT, reason: 'text' },
  'payout.clawback': { ...PAYOUT, reason: 'text' },
  'payout.dispute': { rep: 'text', period: 'text', line: 'text' },
  'payout.resolve_dispute.adjusted': { ...PAYOUT, line: 'text' },
  'payout.resolve_dispute.rejected': { rep: 'text', line: 'text' },
  'survey.create': { title: 'text' },
  'survey.update': { title: 'text' },
  'survey.publish': { title: 'text' },
  'survey.close': { title: 'text' },
  'survey.new_wave': { title: 'text' },
  'survey.delete': { title: 'text' },
  'tool.create': { tool: 'text' },
  'tool.update': { tool: 'text', fields: 'list' },
  'tool.delete': { tool: 'text', seats: 'count', drafts: 'count' },
  'tool.assign_seats': SEATS,
  'tool.assign_seats.one': SEATS,
  'tool.undo_seat': { rep: 'text', tool: 'text', date: 'date' },
  'tool.release_seat': { rep: 'text', tool: 'text', date: 'date' },
} as const satisfies Record<string, ParamKinds>;

export type AuditSummaryKey = keyof typeof AUDIT_SUMMARY_PARAMS;

/**
 * An event's summary in the reader's language, from the API's template key and params. Events older than
 * the keys, keys this portal does not know yet and params it cannot read show the API's English instead.
 */
export function auditSummaryText(
  i18n: I18nService,
  event: Pick<AuditEventRowFragment, 'summary' | 'summaryKey' | 'summaryParams'>,
): string {
  return (
    wordTemplated(
      i18n,
      AUDIT_SUMMARY_PARAMS,
      (key) => `audit.summary.${key}`,
      event.summaryKey,
      event.summaryParams,
    ) ?? event.summary
  );
}
