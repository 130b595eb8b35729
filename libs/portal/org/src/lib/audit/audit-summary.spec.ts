import { TestBed } from '@angular/core/testing';
import { I18nService, interpolate } from '@salesops/portal/i18n';

import { orgEn } from '../i18n/en';
import { AUDIT_SUMMARY_PARAMS, type AuditSummaryKey, auditSummaryText } from './audit-summary';

type Params = Record<string, unknown>;

const goal = {
  subject: 'Darcel Schlecht',
  period: 'FY2018',
  metric: 'WON_REVENUE',
  target: '1000000.00',
  currency: 'USD',
};
const copy = { count: 12, from: 'FY2017', to: 'FY2018', percentChange: 10 };
const job = { file: 'sales_pipeline.csv', inserted: 8800, updated: 0, unchanged: 0, rejected: 2 };
const key = { name: 'CRM sync', prefix: 'sok_ab12cd34' };

/**
 * Every template of the API's catalogue (libs/api/core/src/lib/audit/audit-summaries.ts), with params as the
 * API stores them, the English the API writes (its own spec holds the same lines) and the Korean we want.
 * The portal may not import the API, so this list is kept by hand: a key the API adds shows in English.
 */
const CATALOGUE: readonly (readonly [AuditSummaryKey, Params, string, string])[] = [
  [
    'goal.set',
    { ...goal, before: '900000.00' },
    'Darcel Schlecht FY2018 WON_REVENUE: 900000.00 → 1000000.00',
    'Darcel Schlecht의 FY2018 수주 매출 목표: US$900,000.00 → US$1,000,000.00',
  ],
  [
    'goal.set.new',
    { ...goal, metric: 'DEALS_WON', target: '12', currency: null },
    'Darcel Schlecht FY2018 DEALS_WON: no goal → 12',
    'Darcel Schlecht의 FY2018 수주 건수 목표: 없음 → 12',
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
    'Central의 모든 활성 담당자에게 FY2018-Q1 신규 파이프라인 목표 US$250,000.00 설정 (목표 1개)',
  ],
  [
    'goal.copy',
    copy,
    'Copied 12 goals from FY2017 to FY2018 (+10%)',
    'FY2017 목표 12개를 FY2018에 복사 (+10%)',
  ],
  [
    'goal.copy.team',
    { ...copy, percentChange: -5, team: 'Central' },
    'Copied 12 goals from FY2017 to FY2018 (-5%) for team Central',
    '팀 Central의 FY2017 목표 12개를 FY2018에 복사 (-5%)',
  ],
  ['team.create', { team: 'Central' }, 'Created team Central', '팀 생성: Central'],
  ['team.update', { team: 'Central' }, 'Changed team Central', '팀 정보 변경: Central'],
  ['rep.create', { rep: 'Ada Lee' }, 'Added rep Ada Lee', '영업 담당자 추가: Ada Lee'],
  ['rep.update', { rep: 'Ada Lee' }, 'Changed rep Ada Lee', '영업 담당자 정보 변경: Ada Lee'],
  [
    'rep.move',
    { rep: 'Ada Lee', team: 'West', from: '2025-03-10' },
    'Moved Ada Lee to team West from 2025-03-10',
    'Ada Lee 님을 팀 West 소속으로 이동 (2025년 3월 10일부터)',
  ],
  ['rep.reactivate', { rep: 'Ada Lee' }, 'Reactivated Ada Lee', '영업 담당자 다시 활성화: Ada Lee'],
  ['rep.deactivate', { rep: 'Ada Lee' }, 'Deactivated Ada Lee', '영업 담당자 비활성화: Ada Lee'],
  [
    'api_key.create',
    { ...key, scopes: ['READ', 'WRITE_PIPELINE'] },
    'Created API key "CRM sync" (sok_ab12cd34) with READ, WRITE_PIPELINE',
    'API 키 생성: "CRM sync" (sok_ab12cd34), 권한 범위 READ, WRITE_PIPELINE',
  ],
  [
    'api_key.revoke',
    key,
    'Revoked API key "CRM sync" (sok_ab12cd34)',
    'API 키 폐기: "CRM sync" (sok_ab12cd34)',
  ],
  [
    'deal.upsert',
    { count: 3, inserted: 1, updated: 1, unchanged: 1 },
    '3 deals sent: 1 new, 1 updated, 1 unchanged',
    '딜 3건 수신: 신규 1건, 변경 1건, 변경 없음 1건',
  ],
  [
    'routing.set_rule',
    { rep: 'Ada Lee', weight: 3, capacityPerMonth: 40 },
    'Ada Lee: weight 3, at most 40 a month',
    'Ada Lee: 가중치 3, 월 최대 40건',
  ],
  [
    'routing.set_rule.no_cap',
    { rep: 'Ada Lee', weight: 0 },
    'Ada Lee: weight 0, no cap',
    'Ada Lee: 가중치 0, 월 한도 없음',
  ],
  [
    'routing.add_absence',
    { rep: 'Ada Lee', from: '2025-03-10', to: '2025-03-14' },
    'Ada Lee away 2025-03-10 to 2025-03-14',
    'Ada Lee 부재: 2025년 3월 10일 ~ 2025년 3월 14일',
  ],
  [
    'routing.remove_absence',
    { from: '2025-03-10', to: '2025-03-14' },
    'Absence 2025-03-10 to 2025-03-14 removed',
    '부재 삭제: 2025년 3월 10일 ~ 2025년 3월 14일',
  ],
  [
    'import.finish.succeeded',
    job,
    'Import of sales_pipeline.csv succeeded: 8800 new, 0 updated, 0 unchanged, 2 refused',
    'sales_pipeline.csv 가져오기 완료: 신규 8,800건, 변경 0건, 변경 없음 0건, 거부 2건',
  ],
  [
    'import.finish.partial',
    job,
    'Import of sales_pipeline.csv stored some rows and refused others: 8800 new, 0 updated, 0 unchanged, 2 refused',
    'sales_pipeline.csv 가져오기 일부 완료: 신규 8,800건, 변경 0건, 변경 없음 0건, 거부 2건',
  ],
  [
    'import.finish.failed',
    job,
    'Import of sales_pipeline.csv failed: 8800 new, 0 updated, 0 unchanged, 2 refused',
    'sales_pipeline.csv 가져오기 실패: 신규 8,800건, 변경 0건, 변경 없음 0건, 거부 2건',
  ],
  [
    'import.finish.dry_run',
    job,
    'Preview of sales_pipeline.csv, nothing stored: it would give 8800 new, 0 updated, 0 unchanged, 2 refused',
    'sales_pipeline.csv 미리 보기 (저장 안 함): 신규 8,800건, 변경 0건, 변경 없음 0건, 거부 2건 예상',
  ],
  [
    'org.import',
    { teams: 2, managers: 1, reps: 12, refused: 1, from: '2016-10-20' },
    'Imported the org (members from 2016-10-20): reps added 12, teams created 2, manager logins created 1, rows refused 1',
    '조직 가져오기: 영업 담당자 12명(2016년 10월 20일부터 소속), 팀 2개, 관리자 1명, 거부된 행 1개',
  ],
  ['stage.create', { stage: 'Engaging' }, 'Added stage Engaging', '영업 단계 추가: Engaging'],
  ['stage.update', { stage: 'Engaging' }, 'Changed stage Engaging', '영업 단계 변경: Engaging'],
  [
    'pay_period.close',
    { period: 'FY2017-Q3', count: 3 },
    'Closed the pay period FY2017-Q3: 3 goals inside it are locked',
    '급여 기간 FY2017-Q3 마감: 기간 내 목표 3개 잠김',
  ],
  [
    'pay_period.close.statements',
    { period: 'FY2017-Q3', count: 3, statements: 35 },
    'Closed the pay period FY2017-Q3: 3 goals inside it are locked, 35 payout statements frozen',
    '급여 기간 FY2017-Q3 마감: 기간 내 목표 3개 잠김, 지급 명세서 35개 확정',
  ],
  ['comp_plan.create', { plan: 'AE 2017' }, 'Created the comp plan AE 2017', '보상 플랜 AE 2017 생성'],
  [
    'comp_plan.save_draft',
    { plan: 'AE 2017', version: 2 },
    'Saved the draft of AE 2017 version 2',
    'AE 2017 버전 2 초안 저장',
  ],
  [
    'comp_plan.new_version',
    { plan: 'AE 2017', version: 2 },
    'Started AE 2017 version 2 as a draft',
    'AE 2017 버전 2 초안 시작',
  ],
  [
    'comp_plan.publish',
    { plan: 'AE 2017', version: 2, from: '2017-04-01', moved: 35 },
    'Published AE 2017 version 2, in effect from 2017-04-01; 35 assignments moved to it',
    'AE 2017 버전 2 게시, 2017년 4월 1일부터 적용; 배정 35건 이동',
  ],
  ['comp_plan.retire', { plan: 'AE 2017', version: 1 }, 'Retired AE 2017 version 1', 'AE 2017 버전 1 종료'],
  [
    'comp_plan.delete_draft',
    { plan: 'AE 2017', version: 3 },
    'Deleted the draft AE 2017 version 3',
    'AE 2017 버전 3 초안 삭제',
  ],
  [
    'comp_plan.assign',
    { plan: 'AE 2017', version: 1, count: 6, from: '2017-01-01' },
    'Assigned 6 reps to AE 2017 version 1 from 2017-01-01',
    '담당자 6명을 AE 2017 버전 1에 배정 (2017년 1월 1일부터)',
  ],
  [
    'comp_plan.assign.one',
    { plan: 'AE 2017', version: 1, count: 1, from: '2017-01-01', rep: 'Ada Lee' },
    'Assigned Ada Lee to AE 2017 version 1 from 2017-01-01',
    'Ada Lee 님을 AE 2017 버전 1에 배정 (2017년 1월 1일부터)',
  ],
  [
    'comp_plan.end_assignment',
    { plan: 'AE 2017', version: 1, rep: 'Ada Lee', date: '2017-07-01' },
    "Ada Lee's assignment to AE 2017 version 1 ends 2017-07-01",
    'Ada Lee 님의 AE 2017 버전 1 배정 종료: 2017년 7월 1일',
  ],
  [
    'comp_plan.acknowledge',
    { plan: 'AE 2017', version: 1, rep: 'Ada Lee' },
    'Ada Lee accepted AE 2017 version 1',
    'Ada Lee 님이 AE 2017 버전 1 수락',
  ],
  [
    'payout.adjust',
    { rep: 'Ada Lee', period: 'FY2017-Q4', amount: '250.00', currency: 'USD', reason: 'Missed deal' },
    'Adjustment of 250.00 USD for Ada Lee in FY2017-Q4: Missed deal',
    'Ada Lee 님 FY2017-Q4 조정 250.00 USD: Missed deal',
  ],
  [
    'payout.clawback',
    { rep: 'Ada Lee', period: 'FY2017-Q4', amount: '-120.50', currency: 'USD', reason: 'Deal reversed' },
    'Clawback of -120.50 USD from Ada Lee in FY2017-Q4: Deal reversed',
    'Ada Lee 님 FY2017-Q4 환수 -120.50 USD: Deal reversed',
  ],
  [
    'payout.dispute',
    { rep: 'Ada Lee', period: 'FY2017-Q3', line: 'Own won revenue' },
    'Ada Lee questioned "Own won revenue" on the FY2017-Q3 statement',
    'Ada Lee 님이 FY2017-Q3 명세서의 "Own won revenue" 항목에 이의 제기',
  ],
  [
    'payout.resolve_dispute.adjusted',
    { rep: 'Ada Lee', period: 'FY2017-Q4', amount: '250.00', currency: 'USD', line: 'Own won revenue' },
    'Answered Ada Lee\'s question on "Own won revenue": adjusted by 250.00 USD in FY2017-Q4',
    'Ada Lee 님의 "Own won revenue" 이의에 답변: FY2017-Q4에 250.00 USD 조정',
  ],
  [
    'payout.resolve_dispute.rejected',
    { rep: 'Ada Lee', line: 'Own won revenue' },
    'Answered Ada Lee\'s question on "Own won revenue": no change',
    'Ada Lee 님의 "Own won revenue" 이의에 답변: 변경 없음',
  ],
  ['survey.create', { title: 'CRM pulse' }, 'Drafted "CRM pulse"', '설문 초안 작성: "CRM pulse"'],
  ['survey.update', { title: 'CRM pulse' }, 'Edited the draft "CRM pulse"', '설문 초안 수정: "CRM pulse"'],
  ['survey.publish', { title: 'CRM pulse' }, 'Published "CRM pulse"', '설문 게시: "CRM pulse"'],
  ['survey.close', { title: 'CRM pulse' }, 'Closed "CRM pulse"', '설문 마감: "CRM pulse"'],
  ['survey.new_wave', { title: 'CRM pulse' }, 'New wave of "CRM pulse"', '설문 새 차수: "CRM pulse"'],
  ['tool.create', { tool: 'Gong' }, 'Added Gong', '영업 도구 추가: Gong'],
  [
    'tool.update',
    { tool: 'Gong', fields: ['seatsBought', 'costPerSeat'] },
    'Changed Gong: seatsBought, costPerSeat',
    '영업 도구 Gong 변경: seatsBought, costPerSeat',
  ],
  [
    'tool.assign_seats',
    { count: 2, tool: 'Gong', from: '2025-03-10' },
    '2 seats on Gong from 2025-03-10',
    'Gong 좌석 2개 배정 (2025년 3월 10일부터)',
  ],
  [
    'tool.assign_seats.one',
    { count: 1, tool: 'Gong', from: '2025-03-10' },
    '1 seat on Gong from 2025-03-10',
    'Gong 좌석 1개 배정 (2025년 3월 10일부터)',
  ],
  [
    'tool.undo_seat',
    { rep: 'Ada Lee', tool: 'Gong', date: '2025-03-10' },
    "Ada Lee's seat on Gong taken back the day it was given (2025-03-10)",
    'Ada Lee 님의 Gong 좌석 회수: 배정한 날 바로 취소 (2025년 3월 10일)',
  ],
  [
    'tool.release_seat',
    { rep: 'Ada Lee', tool: 'Gong', date: '2025-03-31' },
    "Ada Lee's seat on Gong ends 2025-03-31",
    'Ada Lee 님의 Gong 좌석 종료: 2025년 3월 31일',
  ],
  [
    'goal.delete',
    goal,
    'Deleted the goal Darcel Schlecht FY2018 WON_REVENUE (1000000.00)',
    '목표 삭제: Darcel Schlecht FY2018 수주 매출 (US$1,000,000.00)',
  ],
  ['team.archive', { team: 'Central' }, 'Archived team Central', '팀 보관: Central'],
  [
    'team.unarchive',
    { team: 'Central' },
    'Brought team Central back from the archive',
    '보관된 팀 복원: Central',
  ],
  [
    'rep.erase',
    { rep: 'Former rep 7F3A', events: 4 },
    'Erased the personal data of a former rep, now Former rep 7F3A (4 audit entries scrubbed)',
    '퇴사한 영업 담당자의 개인 정보 삭제, 이제 Former rep 7F3A (감사 기록 4건 정리)',
  ],
  [
    'api_key.delete',
    key,
    'Deleted the spent API key "CRM sync" (sok_ab12cd34)',
    '사용이 끝난 API 키 삭제: "CRM sync" (sok_ab12cd34)',
  ],
  ['survey.delete', { title: 'CRM pulse' }, 'Deleted the draft "CRM pulse"', '설문 초안 삭제: "CRM pulse"'],
  [
    'tool.delete',
    { tool: 'Gong', seats: 3, drafts: 1 },
    'Deleted Gong with its 3 seats and 1 draft surveys',
    '영업 도구 Gong 삭제 (좌석 3개, 설문 초안 1개 포함)',
  ],
  [
    'auth.throttle.pair',
    { email: 'ada@x.io', address: '10.0.0.7', count: 10, minutes: 15 },
    'Sign-in for ada@x.io from 10.0.0.7 paused for 15 minutes after 10 failed tries',
    'ada@x.io 로그인 10회 실패: 10.0.0.7에서의 로그인을 15분간 중지',
  ],
  [
    'auth.throttle.address',
    { address: '10.0.0.7', count: 50, minutes: 12 },
    'Sign-in from 10.0.0.7 paused for 12 minutes after 50 failed tries',
    '10.0.0.7에서 로그인 50회 실패: 12분간 중지',
  ],
  [
    'auth.throttle.email',
    { email: 'ada@x.io', count: 10 },
    'Sign-in for ada@x.io slowed down from new addresses after 10 failed tries',
    'ada@x.io 로그인 10회 실패: 새 주소에서의 로그인을 늦춤',
  ],
];

/** An event as the API answers it: the English, the key and the params as JSON text. */
function event(summaryKey: string | null, params: Params | string | null, summary = 'API English') {
  return {
    summary,
    summaryKey,
    summaryParams: typeof params === 'string' || params === null ? params : JSON.stringify(params),
  };
}

/** A param written the way the API's template writes it: plain, with a sign for a change, lists joined. */
function asTheApiWritesIt(value: unknown, signed: boolean): string {
  if (Array.isArray(value)) return value.join(', ');
  if (signed && typeof value === 'number' && value >= 0) return `+${value}`;
  return String(value);
}

describe('auditSummaryText', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
  });

  it('should know every template of the API catalogue listed here, and no other', () => {
    expect(CATALOGUE.map(([name]) => name).sort()).toEqual(Object.keys(AUDIT_SUMMARY_PARAMS).sort());
  });

  it("should keep the API's English word for word in every English template", () => {
    for (const [name, params, english] of CATALOGUE) {
      const kinds: Readonly<Record<string, string>> = AUDIT_SUMMARY_PARAMS[name];
      const values = Object.fromEntries(
        Object.keys(kinds).map((param) => [
          param,
          asTheApiWritesIt(params[param], kinds[param] === 'change'),
        ]),
      );
      const textKey: keyof typeof orgEn = `audit.summary.${name}`;
      expect([name, interpolate(orgEn[textKey], values)]).toEqual([name, english]);
    }
  });

  it('should word every template in Korean with Korean numbers, money and dates', async () => {
    await i18n.setLang('ko');
    for (const [name, params, , korean] of CATALOGUE) {
      expect([name, auditSummaryText(i18n, event(name, params))]).toEqual([name, korean]);
    }
  });

  it('should word summaries in English with the metric named and amounts, counts and days formatted', () => {
    const text = (index: number) => auditSummaryText(i18n, event(CATALOGUE[index][0], CATALOGUE[index][1]));
    expect(text(0)).toBe('Darcel Schlecht FY2018 Won revenue: $900,000.00 → $1,000,000.00');
    expect(text(1)).toBe('Darcel Schlecht FY2018 Deals won: no goal → 12');
    expect(text(4)).toBe('Copied 12 goals from FY2017 to FY2018 (-5%) for team Central');
    expect(text(9)).toBe('Moved Ada Lee to team West from Mar 10, 2025');
    expect(text(15)).toBe('Ada Lee: weight 3, at most 40 a month');
    expect(text(19)).toBe(
      'Import of sales_pipeline.csv succeeded: 8,800 new, 0 updated, 0 unchanged, 2 refused',
    );
  });

  it('should follow the language when it changes', async () => {
    const routed = event('routing.set_rule.no_cap', { rep: 'Ada Lee', weight: 2 });
    expect(auditSummaryText(i18n, routed)).toBe('Ada Lee: weight 2, no cap');
    await i18n.setLang('ko');
    expect(auditSummaryText(i18n, routed)).toBe('Ada Lee: 가중치 2, 월 한도 없음');
  });

  it("should show the API's English for an old event, an unknown key or params it cannot read", async () => {
    await i18n.setLang('ko');
    expect(auditSummaryText(i18n, event(null, null, 'Created team Old'))).toBe('Created team Old');
    expect(auditSummaryText(i18n, event('team.dissolve', { team: 'Central' }))).toBe('API English');
    expect(auditSummaryText(i18n, event('toString', { team: 'Central' }))).toBe('API English');
    expect(auditSummaryText(i18n, event('team.create', '{"team":'))).toBe('API English');
    expect(auditSummaryText(i18n, event('team.create', '["Central"]'))).toBe('API English');
    expect(auditSummaryText(i18n, event('team.create', null))).toBe('API English');
    expect(auditSummaryText(i18n, event('team.create', {}))).toBe('API English');
  });

  it("should show the API's English when a param is not of the kind the template needs", async () => {
    await i18n.setLang('ko');
    const wrong: Params[] = [
      { ...goal, before: 900000 },
      { ...goal, before: '900,000' },
      { ...goal, before: '900000.00', subject: null },
    ];
    for (const params of wrong) expect(auditSummaryText(i18n, event('goal.set', params))).toBe('API English');
    expect(auditSummaryText(i18n, event('pay_period.close', { period: 'FY2017-Q3', count: '3' }))).toBe(
      'API English',
    );
    expect(auditSummaryText(i18n, event('rep.move', { rep: 'Ada', team: 'West', from: 'yesterday' }))).toBe(
      'API English',
    );
    expect(auditSummaryText(i18n, event('tool.update', { tool: 'Gong', fields: 'seatsBought' }))).toBe(
      'API English',
    );
    expect(auditSummaryText(i18n, event('goal.copy', { ...copy, percentChange: '10' }))).toBe('API English');
  });

  it('should keep a metric this portal does not know as the API wrote it', () => {
    expect(
      auditSummaryText(
        i18n,
        event('goal.set.new', { ...goal, metric: 'MEETINGS', target: '5', currency: null }),
      ),
    ).toBe('Darcel Schlecht FY2018 MEETINGS: no goal → 5');
  });
});
