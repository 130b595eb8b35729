import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';

import { resultsCsvColumns, surveyListCsvColumns } from './survey-csv';
import { QUESTION_RESULTS, row } from './survey-fixtures';

describe('survey CSV exports', () => {
  let i18n: I18nService;

  beforeEach(() => {
    i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
  });

  it('should export one row per question with plain numbers and the distribution', () => {
    const csv = toCsv(
      resultsCsvColumns(i18n, (id) => (id === 'tool-crm' ? 'Salesforce Sales Cloud' : '')),
      QUESTION_RESULTS.slice(0, 2),
    );
    const [header, csat, nps] = csv.trim().split('\r\n');
    expect(header).toBe(
      '#,Question,Kind,Tool,Answered,Mean,CSAT (share satisfied),NPS,Promoters,Passives,Detractors,Distribution,Written answers',
    );
    expect(csat).toBe(
      '1,How satisfied are you with Salesforce Sales Cloud?,Satisfaction (CSAT),Salesforce Sales Cloud,10,3.9,0.7,,,,,1: 0; 2: 1; 3: 2; 4: 4; 5: 3,',
    );
    expect(nps).toContain(',Recommend (NPS),Salesforce Sales Cloud,4,7.5,,25,2,1,1,0: 0;');
  });

  it('should export the survey list with its status in words', () => {
    const csv = toCsv(surveyListCsvColumns(i18n), [row({ status: 'OPEN', anonymous: true, responses: 4 })]);
    expect(csv.trim().split('\r\n')[1]).toBe(
      'CRM pulse,1,Open,Salesforce Sales Cloud,2026-11-01T09:00:00.000Z,2026-11-15T09:00:00.000Z,4,Yes',
    );
  });
});
