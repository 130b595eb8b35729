import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';

import { STATEMENT } from './statement-fixtures';
import { statementCsvColumns, totalsByCurrency } from './statements-csv';

describe('statement CSV', () => {
  it('should write one exact row per rep for payroll', () => {
    const i18n = TestBed.inject(I18nService);
    void i18n.setLang('en');
    const csv = toCsv(statementCsvColumns(i18n), [STATEMENT]);
    expect(csv.split('\r\n')[0]).toBe(
      'Rep ID,Rep,Period,Status,Currency,Total,Total (minor),Plans,Open questions',
    );
    expect(csv.split('\r\n')[1]).toBe(
      'r1,Anna Snelling,FY2017-Q1,Frozen,USD,11250.00,1125000,Account Executive FY2017 v1,0',
    );
  });

  it('should add totals exactly per currency', () => {
    const rows = [
      STATEMENT,
      { ...STATEMENT, totalMinor: '1' },
      { ...STATEMENT, currency: 'KRW', totalMinor: '5' },
    ];
    expect(totalsByCurrency(rows)).toEqual([
      { currency: 'USD', minor: 1125001n },
      { currency: 'KRW', minor: 5n },
    ]);
  });
});
