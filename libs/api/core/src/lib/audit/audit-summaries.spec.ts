import {
  AUDIT_SUMMARIES,
  auditSummary,
  type AuditSummaryKey,
  type AuditSummaryParams,
} from './audit-summaries';

type Example = { [K in AuditSummaryKey]: [K, AuditSummaryParams<K>, string] }[AuditSummaryKey];

const goal = {
  subject: 'Darcel Schlecht',
  period: 'FY2018',
  metric: 'WON_REVENUE',
  target: '1000000.00',
  currency: 'USD',
};
const copy = { count: 12, from: 'FY2017', to: 'FY2018', percentChange: 10 };
const counts = { inserted: 8800, updated: 0, unchanged: 0 };
const job = { file: 'sales_pipeline.csv', ...counts, rejected: 2 };

// The English each call site wrote before the catalogue existed: the wording must not change.
const EXAMPLES: Example[] = [
  [
    'auth.throttle.pair',
    { email: 'ada@x.io', address: '10.0.0.7', count: 10, minutes: 15 },
    'Sign-in for ada@x.io from 10.0.0.7 paused for 15 minutes after 10 failed tries',
  ],
  [
    'auth.throttle.address',
    { address: '10.0.0.7', count: 50, minutes: 12 },
    'Sign-in from 10.0.0.7 paused for 12 minutes after 50 failed tries',
  ],
  [
    'auth.throttle.email',
    { email: 'ada@x.io', count: 10 },
    'Sign-in for ada@x.io slowed down from new addresses after 10 failed tries',
  ],
  [
    'goal.set',
    { ...goal, before: '900000.00' },
    'Darcel Schlecht FY2018 WON_REVENUE: 900000.00 → 1000000.00',
  ],
  [
    'goal.set.new',
    { ...goal, metric: 'DEALS_WON', target: '12', currency: null },
    'Darcel Schlecht FY2018 DEALS_WON: no goal → 12',
  ],
  [
    'goal.set_team_reps',
    {
      team: 'Central',
      period: 'FY2018-Q1',
      metric: 'NEW_PIPELINE',
      target: '250000',
      currency: 'USD',
      count: 1,
    },
    'Every active rep of Central: FY2018-Q1 NEW_PIPELINE 250000 (1 goals)',
  ],
  ['goal.copy', copy, 'Copied 12 goals from FY2017 to FY2018 (+10%)'],
  ['goal.copy', { ...copy, percentChange: 0 }, 'Copied 12 goals from FY2017 to FY2018 (+0%)'],
  [
    'goal.copy.team',
    { ...copy, percentChange: -5, team: 'Central' },
    'Copied 12 goals from FY2017 to FY2018 (-5%) for team Central',
  ],
  ['team.create', { team: 'Central' }, 'Created team Central'],
  ['team.update', { team: 'Central' }, 'Changed team Central'],
  ['rep.create', { rep: 'Ada Lee' }, 'Added rep Ada Lee'],
  ['rep.update', { rep: 'Ada Lee' }, 'Changed rep Ada Lee'],
  [
    'rep.move',
    { rep: 'Ada Lee', team: 'West', from: '2025-03-10' },
    'Moved Ada Lee to team West from 2025-03-10',
  ],
  ['rep.reactivate', { rep: 'Ada Lee' }, 'Reactivated Ada Lee'],
  ['rep.deactivate', { rep: 'Ada Lee' }, 'Deactivated Ada Lee'],
  [
    'api_key.create',
    { name: 'CRM sync', prefix: 'sok_ab12cd34', scopes: ['READ', 'WRITE_PIPELINE'] },
    'Created API key "CRM sync" (sok_ab12cd34) with READ, WRITE_PIPELINE',
  ],
  [
    'api_key.revoke',
    { name: 'CRM sync', prefix: 'sok_ab12cd34' },
    'Revoked API key "CRM sync" (sok_ab12cd34)',
  ],
  [
    'deal.upsert',
    { count: 3, inserted: 1, updated: 1, unchanged: 1 },
    '3 deals sent: 1 new, 1 updated, 1 unchanged',
  ],
  [
    'routing.set_rule',
    { rep: 'Ada Lee', weight: 3, capacityPerMonth: 40 },
    'Ada Lee: weight 3, at most 40 a month',
  ],
  ['routing.set_rule.no_cap', { rep: 'Ada Lee', weight: 0 }, 'Ada Lee: weight 0, no cap'],
  [
    'routing.add_absence',
    { rep: 'Ada Lee', from: '2025-03-10', to: '2025-03-14' },
    'Ada Lee away 2025-03-10 to 2025-03-14',
  ],
  [
    'routing.remove_absence',
    { from: '2025-03-10', to: '2025-03-14' },
    'Absence 2025-03-10 to 2025-03-14 removed',
  ],
  [
    'import.finish.succeeded',
    job,
    'Import of sales_pipeline.csv succeeded: 8800 new, 0 updated, 0 unchanged, 2 refused',
  ],
  [
    'import.finish.partial',
    job,
    'Import of sales_pipeline.csv stored some rows and refused others: 8800 new, 0 updated, 0 unchanged, 2 refused',
  ],
  [
    'import.finish.failed',
    job,
    'Import of sales_pipeline.csv failed: 8800 new, 0 updated, 0 unchanged, 2 refused',
  ],
  [
    'import.finish.dry_run',
    job,
    'Preview of sales_pipeline.csv, nothing stored: it would give 8800 new, 0 updated, 0 unchanged, 2 refused',
  ],
  [
    'org.import',
    { teams: 2, managers: 1, reps: 12, refused: 1, from: '2016-10-20' },
    'Imported the org (members from 2016-10-20): reps added 12, teams created 2, manager logins created 1, rows refused 1',
  ],
  ['stage.create', { stage: 'Engaging' }, 'Added stage Engaging'],
  ['stage.update', { stage: 'Engaging' }, 'Changed stage Engaging'],
  [
    'pay_period.close',
    { period: 'FY2017-Q3', count: 3 },
    'Closed the pay period FY2017-Q3: 3 goals inside it are locked',
  ],
  [
    'pay_period.close.statements',
    { period: 'FY2017-Q3', count: 3, statements: 35 },
    'Closed the pay period FY2017-Q3: 3 goals inside it are locked, 35 payout statements frozen',
  ],
  ['comp_plan.create', { plan: 'AE 2017' }, 'Created the comp plan AE 2017'],
  ['comp_plan.save_draft', { plan: 'AE 2017', version: 2 }, 'Saved the draft of AE 2017 version 2'],
  ['comp_plan.new_version', { plan: 'AE 2017', version: 2 }, 'Started AE 2017 version 2 as a draft'],
  [
    'comp_plan.publish',
    { plan: 'AE 2017', version: 2, from: '2017-04-01', moved: 35 },
    'Published AE 2017 version 2, in effect from 2017-04-01; 35 assignments moved to it',
  ],
  ['comp_plan.retire', { plan: 'AE 2017', version: 1 }, 'Retired AE 2017 version 1'],
  ['comp_plan.delete_draft', { plan: 'AE 2017', version: 3 }, 'Deleted the draft AE 2017 version 3'],
  [
    'comp_plan.assign',
    { plan: 'AE 2017', version: 1, count: 6, from: '2017-01-01' },
    'Assigned 6 reps to AE 2017 version 1 from 2017-01-01',
  ],
  [
    'comp_plan.assign.one',
    { plan: 'AE 2017', version: 1, count: 1, from: '2017-01-01', rep: 'Ada Lee' },
    'Assigned Ada Lee to AE 2017 version 1 from 2017-01-01',
  ],
  [
    'comp_plan.end_assignment',
    { plan: 'AE 2017', version: 1, rep: 'Ada Lee', date: '2017-07-01' },
    "Ada Lee's assignment to AE 2017 version 1 ends 2017-07-01",
  ],
  [
    'comp_plan.acknowledge',
    { plan: 'AE 2017', version: 1, rep: 'Ada Lee' },
    'Ada Lee accepted AE 2017 version 1',
  ],
  [
    'payout.adjust',
    { rep: 'Ada Lee', period: 'FY2017-Q4', amount: '250.00', currency: 'USD', reason: 'Missed deal' },
    'Adjustment of 250.00 USD for Ada Lee in FY2017-Q4: Missed deal',
  ],
  [
    'payout.clawback',
    { rep: 'Ada Lee', period: 'FY2017-Q4', amount: '-120.50', currency: 'USD', reason: 'Deal reversed' },
    'Clawback of -120.50 USD from Ada Lee in FY2017-Q4: Deal reversed',
  ],
  [
    'payout.dispute',
    { rep: 'Ada Lee', period: 'FY2017-Q3', line: 'Own won revenue' },
    'Ada Lee questioned "Own won revenue" on the FY2017-Q3 statement',
  ],
  [
    'payout.resolve_dispute.adjusted',
    { rep: 'Ada Lee', period: 'FY2017-Q4', amount: '250.00', currency: 'USD', line: 'Own won revenue' },
    'Answered Ada Lee\'s question on "Own won revenue": adjusted by 250.00 USD in FY2017-Q4',
  ],
  [
    'payout.resolve_dispute.rejected',
    { rep: 'Ada Lee', line: 'Own won revenue' },
    'Answered Ada Lee\'s question on "Own won revenue": no change',
  ],
  ['survey.create', { title: 'CRM pulse' }, 'Drafted "CRM pulse"'],
  ['survey.update', { title: 'CRM pulse' }, 'Edited the draft "CRM pulse"'],
  ['survey.publish', { title: 'CRM pulse' }, 'Published "CRM pulse"'],
  ['survey.close', { title: 'CRM pulse' }, 'Closed "CRM pulse"'],
  ['survey.new_wave', { title: 'CRM pulse' }, 'New wave of "CRM pulse"'],
  ['tool.create', { tool: 'Gong' }, 'Added Gong'],
  [
    'tool.update',
    { tool: 'Gong', fields: ['seatsBought', 'costPerSeat'] },
    'Changed Gong: seatsBought, costPerSeat',
  ],
  ['tool.assign_seats', { count: 2, tool: 'Gong', from: '2025-03-10' }, '2 seats on Gong from 2025-03-10'],
  ['tool.assign_seats.one', { count: 1, tool: 'Gong', from: '2025-03-10' }, '1 seat on Gong from 2025-03-10'],
  [
    'tool.undo_seat',
    { rep: 'Ada Lee', tool: 'Gong', date: '2025-03-10' },
    "Ada Lee's seat on Gong taken back the day it was given (2025-03-10)",
  ],
  [
    'tool.release_seat',
    { rep: 'Ada Lee', tool: 'Gong', date: '2025-03-31' },
    "Ada Lee's seat on Gong ends 2025-03-31",
  ],
  ['goal.delete', goal, 'Deleted the goal Darcel Schlecht FY2018 WON_REVENUE (1000000.00)'],
  ['team.archive', { team: 'Central' }, 'Archived team Central'],
  ['team.unarchive', { team: 'Central' }, 'Brought team Central back from the archive'],
  [
    'rep.erase',
    { rep: 'Former rep 7F3A', events: 4 },
    'Erased the personal data of a former rep, now Former rep 7F3A (4 audit entries scrubbed)',
  ],
  [
    'api_key.delete',
    { name: 'CRM sync', prefix: 'sok_ab12cd34' },
    'Deleted the spent API key "CRM sync" (sok_ab12cd34)',
  ],
  ['survey.delete', { title: 'Gong Q3' }, 'Deleted the draft "Gong Q3"'],
  ['tool.delete', { tool: 'Gong', seats: 3, drafts: 1 }, 'Deleted Gong with its 3 seats and 1 draft surveys'],
];

describe('audit summaries', () => {
  it.each(EXAMPLES)('should word %s in the English the trail has always used', (key, params, english) => {
    expect(auditSummary(key, params as never).text).toBe(english);
  });

  it('should have an example for every template when one is added', () => {
    expect([...new Set(EXAMPLES.map(([key]) => key))].sort()).toEqual(Object.keys(AUDIT_SUMMARIES).sort());
  });

  it('should name each template after its action, or action.variant when the action has several wordings', () => {
    for (const key of Object.keys(AUDIT_SUMMARIES)) expect(key).toMatch(/^[a-z_]+\.[a-z_]+(\.[a-z_]+)?$/);
  });

  it('should keep the key and params beside the English so a client can word them again', () => {
    const params = { rep: 'Ada Lee', weight: 3, capacityPerMonth: 40 };
    expect(auditSummary('routing.set_rule', params)).toEqual({
      key: 'routing.set_rule',
      params,
      text: 'Ada Lee: weight 3, at most 40 a month',
    });
  });
});
