import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';
import { comparisonCsvColumns } from './comparison-csv';
import { comparisonRow } from './comparison-fixtures';

describe('comparisonCsvColumns', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
  });

  it('should export the table as shown: rank, exact amounts, plain rates and the reasons in words', () => {
    const row = comparisonRow({
      id: 'a',
      name: 'Darcel Schlecht',
      team: "Melvin Marxen's team",
      won: '373218.00',
      winRate: 0.6354,
      leads: 249,
      funnel: {
        leads: 588,
        qualified: 477,
        won: 255,
        lost: 139,
        qualificationRate: 0.8112,
        closeRate: 0.6472,
        stuckDeals: 2,
        weakestStep: 'CLOSING',
        weakestStepReason: 'Wins 60% of closed deals against a team median of 64%',
      },
      outliers: [
        { kpi: 'won revenue', direction: 'HIGH', zScore: 5.08, reason: 'won revenue 373,218 is 5.1 above' },
      ],
      flags: ['2 open deals engaged more than 276 days ago', 'Many leads but few qualified'],
    });

    const csv = toCsv(comparisonCsvColumns(i18n), [
      { row, rank: 1 },
      { row, rank: null },
    ]);
    const [header, first, second] = csv.split('\r\n');

    expect(header).toBe(
      'Rank,Rep,Team,Won revenue,Attainment,Win rate,Leads in period,Lead value,Book leads,Book qualified,Book won,Book lost,' +
        'Qualified,Close rate,Stuck deals,Weakest step,Weakest step reason,Outliers,Red flags,Currency',
    );
    expect(first).toBe(
      "1,Darcel Schlecht,Melvin Marxen's team,373218.00,,0.6354,249,1000.00,588,477,255,139,0.8112,0.6472,2,CLOSING," +
        'Wins 60% of closed deals against a team median of 64%,"HIGH: won revenue 373,218 is 5.1 above",' +
        '2 open deals engaged more than 276 days ago; Many leads but few qualified,USD',
    );
    expect(second.startsWith(',Darcel Schlecht,')).toBe(true);
  });

  it('should use the current language for the headers', () => {
    i18n.setLang('ko');
    const header = toCsv(comparisonCsvColumns(i18n), []).trim().split(',');
    expect(header).toHaveLength(20);
    expect(header[1]).toBe('담당자');
    expect(header[18]).toBe('경고');
  });
});
