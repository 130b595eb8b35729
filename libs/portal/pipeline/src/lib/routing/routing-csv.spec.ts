import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';

import { routingCsvColumns } from './routing-csv';

describe('routingCsvColumns', () => {
  it('should export plain numbers, the share in percent and ISO absence dates', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    const csv = toCsv(routingCsvColumns(i18n), [
      {
        rule: {
          repId: 'a',
          repName: 'Anna Snelling',
          repActive: true,
          weight: 2,
          capacityPerMonth: 40,
          routedThisMonth: 3,
          absences: [
            { id: 'x', startsOn: '2025-03-10', endsOn: '2025-03-12', reason: 'Leave' },
            { id: 'y', startsOn: '2025-04-01', endsOn: '2025-04-01', reason: null },
          ],
        },
        teamName: 'East',
        share: 2 / 3,
      },
      {
        rule: {
          repId: 'b',
          repName: 'Boris Faz',
          repActive: false,
          weight: 1,
          capacityPerMonth: null,
          routedThisMonth: 0,
          absences: [],
        },
        teamName: null,
        share: null,
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Rep,Team,Status,Weight,Share of leads (%),Cap per month,Routed this month,Absences',
      'Anna Snelling,East,Active,2,66.7,40,3,2025-03-10/2025-03-12 (Leave); 2025-04-01/2025-04-01',
      'Boris Faz,,Inactive,1,,,0,',
      '',
    ]);
  });
});
