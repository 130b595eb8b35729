import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';

import { scorecardCsvColumns } from './scorecard-csv';
import { CLARI, HIGHSPOT } from './scorecard-fixtures';

describe('scorecardCsvColumns', () => {
  let i18n: I18nService;

  beforeEach(() => {
    i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
  });

  it('should write one row per tool with shares, exact amounts, the trend and the satisfaction link', () => {
    const lines = toCsv(scorecardCsvColumns(i18n), [HIGHSPOT, CLARI]).split('\r\n');
    expect(lines[0]).toBe(
      'Tool,Vendor,Category,Status,Signal,Reasons,Latest CSAT,Latest NPS,CSAT by wave,Seats bought,Seats used,' +
        'Utilisation,Cost per seat,Cost per used seat,Monthly cost,Currency,Renewal date,Days to renewal,' +
        'Correlation,Reps compared,Satisfaction and results',
    );
    expect(lines[1]).toBe(
      'Highspot,Highspot,Content,Active,Replace,' +
        '"Only 8% of users are satisfied (CSAT, wave 2); Only 16 of 35 seats are in use (46%)",' +
        '0.0769,,W1 0.4667; W2 0.0769,35,16,0.4571,40.00,87.50,1400.00,USD,2027-02-15,80,0.42,13,' +
        '"Happier users sold more (r = 0.42 over 13 reps, won revenue in FY2026-Q4)"',
    );
    // No survey and no named answers: the cells stay empty, never a made-up zero.
    expect(lines[2]).toBe(
      'Clari,Clari,Forecasting,Active,Review,No satisfaction survey results yet; Renews in 45 days: decide before then,' +
        ',,,35,16,0.4571,40.00,87.50,1400.00,USD,2027-01-11,45,,,',
    );
  });

  it('should label the columns in Korean for a Korean user', async () => {
    await i18n.setLang('ko');
    const header = toCsv(scorecardCsvColumns(i18n), []).split('\r\n')[0];
    expect(header.startsWith('도구,공급사,분류,상태,신호,사유')).toBe(true);
  });
});
