import { TestBed } from '@angular/core/testing';
import { type RoutingDecisionRowFragment } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';

import { decisionReason, formatDateTime, toDecisionsPage } from './routing-decisions';

const decision = (n: number) => ({
  id: `d${n}`,
  dealExternalId: `X${n}`,
  repName: null,
  decidedAt: '2025-03-10T09:30:00Z',
  reason: 'r',
  weight: null,
  availableReps: null,
  skipped: [],
});

describe('toDecisionsPage', () => {
  it('should cut the look-ahead row and say there is a next page', () => {
    const page = toDecisionsPage([decision(1), decision(2), decision(3)], 2);
    expect(page.rows.map((row) => row.id)).toEqual(['d1', 'd2']);
    expect(page.hasNext).toBe(true);
  });

  it('should say there is no next page when the API sent a page or less', () => {
    expect(toDecisionsPage([decision(1), decision(2)], 2).hasNext).toBe(false);
    expect(toDecisionsPage([], 2)).toEqual({ rows: [], hasNext: false });
  });
});

describe('formatDateTime', () => {
  it('should show the date with the time of day and leave bad input as it is', () => {
    expect(formatDateTime('2025-03-10T09:30:00Z', 'en-US')).toMatch(/Mar 10, 2025/);
    expect(formatDateTime('not a date', 'en-US')).toBe('not a date');
  });
});

describe('decisionReason', () => {
  let i18n: I18nService;
  const routed: RoutingDecisionRowFragment = {
    id: 'd1',
    dealExternalId: 'LEAD-1',
    repName: 'Darcel Schlecht',
    decidedAt: '2025-03-10T09:30:00Z',
    reason:
      'Weighted round robin: Darcel Schlecht had the most credit (weight 3) among 2 available reps; skipped …',
    weight: 3,
    availableReps: 2,
    skipped: [
      { repName: 'Anna Snelling', why: 'ABSENT', until: '2025-03-14', capacity: null },
      { repName: 'Boris Faz', why: 'ZERO_WEIGHT', until: null, capacity: null },
    ],
  };
  const nobody: RoutingDecisionRowFragment = {
    ...routed,
    repName: null,
    weight: null,
    availableReps: 0,
    skipped: [{ repName: 'Cara Losch', why: 'AT_CAPACITY', until: null, capacity: 20 }],
  };

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
  });

  it("should word the decision from its facts, dates and numbers in the reader's style", () => {
    expect(decisionReason(i18n, routed)).toBe(
      'Weighted round robin: Darcel Schlecht had the most credit (weight 3) among 2 available reps; skipped Anna Snelling (absent until Mar 14, 2025), Boris Faz (weight 0)',
    );
    expect(decisionReason(i18n, nobody)).toBe(
      'No rep available: Cara Losch (capacity 20 reached this month)',
    );
    expect(decisionReason(i18n, { ...nobody, skipped: [] })).toBe('No rep available: no reps');
  });

  it('should word it in Korean', async () => {
    await i18n.setLang('ko');
    expect(decisionReason(i18n, { ...routed, skipped: [routed.skipped[1]] })).toBe(
      '가중 라운드 로빈: 배정 가능한 담당자 2명 중 Darcel Schlecht의 크레딧이 가장 높았습니다 (가중치 3). 제외: Boris Faz (가중치 0)',
    );
    expect(decisionReason(i18n, nobody)).toBe(
      '배정할 수 있는 담당자가 없습니다: Cara Losch (이번 달 한도 20건 도달)',
    );
  });

  it("should show the API's words for a decision made before its facts were kept", async () => {
    await i18n.setLang('ko');
    expect(decisionReason(i18n, { ...routed, weight: null, availableReps: null, skipped: [] })).toBe(
      routed.reason,
    );
  });
});
