import { type AuditEventRowFragment, type GoalMetric } from '@salesops/portal/data-access';
import { type I18nService, type TranslationKey } from '@salesops/portal/i18n';

/** How a param is written: as it came, a count, an amount, a calendar day, a goal metric, a list, a signed %. */
type ParamKind = 'text' | 'count' | 'amount' | 'date' | 'metric' | 'list' | 'change';

const GOAL = { subject: 'text', period: 'text', metric: 'metric', target: 'amount' } as const;
const COPY = { count: 'count', from: 'text', to: 'text', percentChange: 'change' } as const;
const UPSERT = { inserted: 'count', updated: 'count', unchanged: 'count' } as const;
const IMPORT = { file: 'text', ...UPSERT, rejected: 'count' } as const;
const SEATS = { count: 'count', tool: 'text', from: 'date' } as const;

/**
 * The API's summary templates this portal words (libs/api/core/src/lib/audit/audit-summaries.ts), with the
 * params each names; `audit.summary.<key>` holds the words. A key missing here shows the API's English.
 */
export const AUDIT_SUMMARY_PARAMS = {
  'goal.set': { ...GOAL, before: 'amount' },
  'goal.set.new': GOAL,
  'goal.set_team_reps': { team: 'text', period: 'text', metric: 'metric', target: 'amount', count: 'count' },
  'goal.copy': COPY,
  'goal.copy.team': { ...COPY, teamId: 'text' },
  'team.create': { team: 'text' },
  'team.update': { team: 'text' },
  'rep.create': { rep: 'text' },
  'rep.update': { rep: 'text' },
  'rep.move': { rep: 'text', teamId: 'text', from: 'date' },
  'rep.reactivate': { rep: 'text' },
  'rep.deactivate': { rep: 'text' },
  'api_key.create': { name: 'text', prefix: 'text', scopes: 'list' },
  'api_key.revoke': { name: 'text', prefix: 'text' },
  'deal.upsert': { count: 'count', ...UPSERT },
  'routing.set_rule': { rep: 'text', weight: 'count', capacityPerMonth: 'count' },
  'routing.set_rule.no_cap': { rep: 'text', weight: 'count' },
  'routing.add_absence': { rep: 'text', from: 'date', to: 'date' },
  'routing.remove_absence': { from: 'date', to: 'date' },
  'import.finish.succeeded': IMPORT,
  'import.finish.failed': IMPORT,
  'stage.create': { stage: 'text' },
  'stage.update': { stage: 'text' },
  'pay_period.close': { period: 'text', count: 'count' },
  'survey.create': { title: 'text' },
  'survey.update': { title: 'text' },
  'survey.publish': { title: 'text' },
  'survey.close': { title: 'text' },
  'survey.new_wave': { title: 'text' },
  'tool.create': { tool: 'text' },
  'tool.update': { tool: 'text', fields: 'list' },
  'tool.assign_seats': SEATS,
  'tool.assign_seats.one': SEATS,
  'tool.undo_seat': { toolId: 'text', date: 'date' },
  'tool.release_seat': { toolId: 'text', date: 'date' },
} as const satisfies Record<string, Readonly<Record<string, ParamKind>>>;

export type AuditSummaryKey = keyof typeof AUDIT_SUMMARY_PARAMS;

type Params = Readonly<Record<string, unknown>>;

const METRICS: readonly string[] = ['WON_REVENUE', 'NEW_PIPELINE', 'DEALS_WON'] satisfies GoalMetric[];
const DECIMAL = /^-?\d+(\.\d+)?$/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An event's summary in the reader's language, from the API's template key and params. Events older than
 * the keys, keys this portal does not know yet and params it cannot read show the API's English instead.
 */
export function auditSummaryText(
  i18n: I18nService,
  event: Pick<AuditEventRowFragment, 'summary' | 'summaryKey' | 'summaryParams'>,
): string {
  const key = event.summaryKey;
  const params = parseParams(event.summaryParams);
  if (!key || !isKnownKey(key) || !params) return event.summary;
  const values: Record<string, string> = {};
  for (const [name, kind] of Object.entries(AUDIT_SUMMARY_PARAMS[key])) {
    const value = writeParam(i18n, kind, params[name], params);
    if (value === null) return event.summary;
    values[name] = value;
  }
  const textKey: TranslationKey = `audit.summary.${key}`;
  return i18n.t(textKey, values);
}

function isKnownKey(key: string): key is AuditSummaryKey {
  return Object.hasOwn(AUDIT_SUMMARY_PARAMS, key);
}

function isGoalMetric(value: string): value is GoalMetric {
  return METRICS.includes(value);
}

function parseParams(json: string | null): Params | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Params) : null;
  } catch {
    // Not JSON: the API's English still says it.
    return null;
  }
}

/** One param in the reader's style; null when it is missing or not what the template expects. */
function writeParam(i18n: I18nService, kind: ParamKind, value: unknown, params: Params): string | null {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'count':
      return typeof value === 'number' && Number.isFinite(value) ? i18n.formatNumber(value) : null;
    case 'change':
      return typeof value === 'number' && Number.isFinite(value)
        ? `${value >= 0 ? '+' : ''}${i18n.formatNumber(value)}`
        : null;
    case 'amount':
      // Money comes as decimal text with its currency, and goes to Intl as text so no float rounds it.
      if (typeof value !== 'string' || !DECIMAL.test(value)) return null;
      return typeof params['currency'] === 'string'
        ? i18n.formatMoney(value, params['currency'])
        : i18n.formatNumber(Number(value));
    case 'date':
      return typeof value === 'string' && CALENDAR_DAY.test(value) ? i18n.formatDate(value) : null;
    case 'metric':
      if (typeof value !== 'string') return null;
      return isGoalMetric(value) ? i18n.t(`goals.metric.${value}`) : value;
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? value.join(', ')
        : null;
  }
}
