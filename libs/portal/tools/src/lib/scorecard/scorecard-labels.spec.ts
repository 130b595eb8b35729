import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { CLARI, finding, HIGHSPOT, SALESFORCE } from './scorecard-fixtures';
import { findingText, linkReading } from './scorecard-labels';

describe('scorecard labels', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
  });

  it('should word every finding in English as the API does, from the figures alone', () => {
    // The fixtures carry the API's own English: the portal's words must match them.
    for (const row of [HIGHSPOT, SALESFORCE, CLARI]) {
      for (const f of row.findings) expect(findingText(i18n, { ...f, reason: '' })).toBe(f.reason);
    }
    const figures = [
      finding('CSAT', 'REVIEW', '65% of users are satisfied (CSAT, wave 3); below 70%', {
        value: 0.6543,
        wave: 3,
      }),
      finding('CSAT_FELL', 'REVIEW', 'Satisfaction fell from 90% to 72% since wave 1', {
        value: 0.72,
        previous: 0.9,
        wave: 2,
        previousWave: 1,
      }),
      finding('NPS', 'REPLACE', 'NPS is -45', { value: -45 }),
      finding('NPS', 'REVIEW', 'NPS is -10, more detractors than promoters', { value: -10 }),
      finding('SEATS', 'REVIEW', '12 seats in use but only 10 bought', {
        value: 1.2,
        seatsUsed: 12,
        seatsBought: 10,
      }),
      finding('FEW_ANSWERS', 'REVIEW', 'Too few answers to judge yet: wave 1 has 1 of the 5 needed', {
        wave: 1,
        value: 1,
        previous: 5,
      }),
      finding(
        'PROVISIONAL',
        'REVIEW',
        'Wave 2 is still open: no verdict rests on its results until it closes',
        {
          wave: 2,
        },
      ),
    ];
    for (const f of figures) expect(findingText(i18n, { ...f, reason: '' })).toBe(f.reason);
  });

  it('should word findings and the satisfaction link in Korean', async () => {
    await i18n.setLang('ko');
    expect(HIGHSPOT.findings.map((f) => findingText(i18n, f))).toEqual([
      '사용자 중 8%만 만족합니다 (CSAT, 2차)',
      '좌석 35개 중 16개만 사용 중입니다 (46%)',
    ]);
    expect(findingText(i18n, CLARI.findings[1])).toBe('45일 후 갱신됩니다. 그 전에 결정하세요');
    expect(findingText(i18n, finding('FEW_ANSWERS', 'REVIEW', '', { wave: 1, value: 1, previous: 5 }))).toBe(
      '아직 판단하기에 응답이 적습니다: 1차 응답 1건, 5건 필요',
    );
    expect(linkReading(i18n, { reps: 13, correlation: 0.42, period: 'FY2026-Q4' })).toBe(
      '만족한 사용자가 더 많이 팔았습니다 (r = 0.42, 담당자 13명, FY2026-Q4 수주 매출)',
    );
  });

  it('should read the correlation: too few, flat, unclear, more or less', () => {
    const link = (correlation: number | null) =>
      linkReading(i18n, { reps: 13, correlation, period: 'FY2026-Q4' });
    expect(linkReading(i18n, { reps: 2, correlation: null, period: 'FY2026-Q4' })).toBe(
      'Not enough named answers to compare (2 reps)',
    );
    expect(link(null)).toBe(
      'Nothing to compare: the scores or the won revenue in FY2026-Q4 are the same for all 13 reps',
    );
    expect(link(0.1)).toBe('No clear link (r = 0.10 over 13 reps, won revenue in FY2026-Q4)');
    expect(link(0.42)).toBe('Happier users sold more (r = 0.42 over 13 reps, won revenue in FY2026-Q4)');
    expect(link(-0.5)).toBe('Happier users sold less (r = -0.50 over 13 reps, won revenue in FY2026-Q4)');
  });

  it("should fall back to the API's words for a finding this portal does not know", () => {
    const unknown = { ...finding('NO_RESULTS', 'REVIEW', 'Licences expire'), kind: 'LICENCES' as never };
    expect(findingText(i18n, unknown)).toBe('Licences expire');
  });
});
