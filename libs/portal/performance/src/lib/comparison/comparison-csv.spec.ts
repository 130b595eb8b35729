import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';

import { comparisonCsvColumns } from './comparison-csv';
import { comparisonRow, outlier, signal } from './comparison-fixtures';

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
        teamCloseRate: 0.64,
      },
      outliers: [outlier('won revenue', 'HIGH', 5.08, { value: 373218, teamMedian: 108983, teamSize: 6 })],
      flags: ['2 open deals engaged more than 276 days ago', 'Many leads but few qualified'],
      signals: [
        signal('STUCK_DEALS', { deals: 2, threshold: 276 }),
        signal('MANY_LEADS_FEW_QUALIFIED', { leads: 588, teamLeads: 300, rate: 0.5, teamRate: 0.8 }),
      ],
    });

    const csv = toCsv(comparisonCsvColumns(i18n), [
      { row, rank: 1 },
      { row, rank: null },
    ]);
    const [header, first, second] = csv.split('\r\n');

    expect(header).toBe(
      'Rank,Rep,Team,Won revenue,Attainment,Win rate,Leads in period,Lead value,Book leads,Book qualified,Book won,Book lost,' +
        'Qualified,Close rate,Stuck deals,Weakest step,Weakest step reason,Outliers,Not judged,Red flags,Currency',
    );
    expect(first).toBe(
      "1,Darcel Schlecht,Melvin Marxen's team,373218.00,,0.6354,249,1000.00,588,477,255,139,0.8112,0.6472,2,CLOSING," +
        'Wins 64.7% of closed deals against a team median of 64%,' +
        '"HIGH: Won revenue $373,218 is 5.1 robust deviations above the Melvin Marxen\'s team median ($108,983, 6 reps)",' +
        ',' +
        '"Open deals engaged more than 276 days ago (twice the team median): 2; Many leads but few qualified: 588 leads (team median 300), 50% qualified (team median 80%)",USD',
    );
    expect(second.startsWith(',Darcel Schlecht,')).toBe(true);
  });

  it('should use the current language for the headers', async () => {
    await i18n.setLang('ko');
    const header = toCsv(comparisonCsvColumns(i18n), []).trim().split(',');
    expect(header).toHaveLength(21);
    expect(header[1]).toBe('담당자');
    expect(header[18]).toBe('판단하지 않은 지표');
    expect(header[19]).toBe('경고');
  });
});
