import { writeDate } from '@salesops/domain';

import {
  checkDates,
  DATE_FORMAT_NAMES,
  DATE_FORMAT_PATTERNS,
  draftFromMapping,
  EXAMPLE_DAY,
  guessColumns,
  type MappingDraft,
  patternOf,
  sampleDates,
  toMappingInput,
} from './import-mapping';

describe('guessColumns', () => {
  it('should recognise the default CRM export when its header is given', () => {
    const header = [
      'opportunity_id',
      'sales_agent',
      'product',
      'account',
      'deal_stage',
      'engage_date',
      'close_date',
      'close_value',
    ];
    expect(guessColumns(header)).toEqual({
      externalId: 'opportunity_id',
      rep: 'sales_agent',
      product: 'product',
      account: 'account',
      stage: 'deal_stage',
      engageDate: 'engage_date',
      closeDate: 'close_date',
      amount: 'close_value',
    });
  });

  it('should match names of other CRMs without case or punctuation', () => {
    expect(guessColumns(['Deal ID', 'Stage Name', 'Owner Email', 'Expected Close'])).toEqual({
      externalId: 'Deal ID',
      stage: 'Stage Name',
      rep: 'Owner Email',
      expectedCloseDate: 'Expected Close',
    });
  });
});

describe('toMappingInput', () => {
  const draft: MappingDraft = {
    columns: { externalId: 'Deal ID', stage: 'Status', rep: 'Owner', amount: null },
    repBy: 'EMAIL',
    dateFormat: 'DMY_DOT',
    datePattern: '',
    currency: ' eur ',
    stageNames: [
      { value: ' Closed Won ', stage: 'Won' },
      { value: '', stage: 'Lost' },
    ],
    createAccounts: true,
    createProducts: false,
    repNames: { 'U-7': 'ada@team.test' },
    refuseWarnings: ['FAR_FUTURE_DATE', 'CLOSE_BEFORE_ENGAGE'],
  };

  it('should keep chosen columns, trim stage values and upper-case the currency when the draft is complete', () => {
    expect(toMappingInput(draft)).toEqual({
      columns: { externalId: 'Deal ID', stage: 'Status', rep: 'Owner' },
      repBy: 'EMAIL',
      dateFormat: 'DMY_DOT',
      currency: 'EUR',
      stageNames: { 'Closed Won': 'Won' },
      repNames: { 'U-7': 'ada@team.test' },
      createMissing: ['ACCOUNT'],
      refuseWarnings: ['CLOSE_BEFORE_ENGAGE', 'FAR_FUTURE_DATE'],
    });
  });

  it('should give null when a required column is missing', () => {
    expect(toMappingInput({ ...draft, columns: { externalId: 'Deal ID', stage: null } })).toBeNull();
  });
});

describe('date layouts', () => {
  it('should name every layout once, most common first, each with an example that reads back', () => {
    expect(DATE_FORMAT_NAMES[0]).toBe('YMD_DASH');
    expect(new Set(Object.values(DATE_FORMAT_PATTERNS)).size).toBe(DATE_FORMAT_NAMES.length);
    for (const name of DATE_FORMAT_NAMES) {
      const example = writeDate(EXAMPLE_DAY, DATE_FORMAT_PATTERNS[name]);
      expect(checkDates([example], DATE_FORMAT_PATTERNS[name]).unreadableCount).toBe(0);
    }
  });

  it('should send a custom pattern in datePattern, and nothing while the pattern cannot be read', () => {
    const draft: MappingDraft = {
      columns: { externalId: 'id', stage: 'stage' },
      repBy: 'NAME',
      dateFormat: 'CUSTOM',
      datePattern: ' YYYY.DD.MM ',
      currency: 'USD',
      stageNames: [],
      createAccounts: false,
      createProducts: true,
      repNames: {},
      refuseWarnings: [],
    };
    expect(toMappingInput(draft)).toMatchObject({
      dateFormat: 'YMD_DASH',
      datePattern: 'YYYY.DD.MM',
      createMissing: ['PRODUCT'],
      repNames: null,
      refuseWarnings: [],
    });
    expect(toMappingInput({ ...draft, datePattern: 'YYYY-MM' })).toBeNull();
    expect(patternOf('CUSTOM', 'DD/MM')).toBeNull();
    expect(patternOf('DMY_DASH_YY', '')).toBe('DD-MM-YY');
  });

  it('should take the dates of the mapped date columns only, skipping empty cells', () => {
    const header = ['id', 'opened', 'note', 'closed'];
    const rows = [
      ['1', '20-10-16', '01-01-99', ''],
      ['2', '', 'x', '05-03-17'],
    ];
    expect(sampleDates({ engageDate: 'opened', closeDate: 'closed', rep: 'note' }, header, rows)).toEqual([
      '20-10-16',
      '05-03-17',
    ]);
  });

  it('should say which layouts read the dates, whether that is ambiguous, and what the chosen one cannot read', () => {
    const dates = ['20-10-16', '05-03-17', '28-02-17'];
    const check = checkDates(dates, 'YYYY-MM-DD');
    expect(check).toEqual({
      samples: 3,
      readable: ['DMY_DASH_YY', 'YMD_DASH_YY'],
      ambiguous: true,
      unreadable: dates,
      unreadableCount: 3,
    });
    expect(checkDates([...dates, '31-12-98'], 'DD-MM-YY')).toMatchObject({
      readable: ['DMY_DASH_YY'],
      ambiguous: false,
      unreadableCount: 0,
    });
  });
});

describe('draftFromMapping', () => {
  const kept = JSON.stringify({
    columns: { externalId: 'deal_id', stage: 'pipeline_stage', closeDate: 'won_time', rep: 'owner' },
    repBy: 'EMAIL',
    dateFormat: 'DMY_DASH_YY',
    currency: 'EUR',
    stageNames: { won: 'Won' },
    repNames: { 'U-1': 'Ada Lovelace' },
    createMissing: ['PRODUCT'],
    refuseWarnings: ['ZERO_AMOUNT'],
  });

  it("should fill the form from an earlier import's mapping, keeping the columns this file has", () => {
    expect(draftFromMapping(kept, ['deal_id', 'pipeline_stage', 'won_time'])).toEqual({
      columns: {
        externalId: 'deal_id',
        stage: 'pipeline_stage',
        rep: null,
        account: null,
        product: null,
        amount: null,
        engageDate: null,
        expectedCloseDate: null,
        closeDate: 'won_time',
      },
      repBy: 'EMAIL',
      dateFormat: 'DMY_DASH_YY',
      datePattern: '',
      currency: 'EUR',
      stageNames: [{ value: 'won', stage: 'Won' }],
      createAccounts: false,
      createProducts: true,
      repNames: { 'U-1': 'Ada Lovelace' },
      refuseWarnings: ['ZERO_AMOUNT'],
    });
  });

  it('should take a custom pattern as such, and nothing from text that is no mapping', () => {
    const custom = JSON.stringify({ columns: { externalId: 'id', stage: 's' }, datePattern: 'YYYY.DD.MM' });
    expect(draftFromMapping(custom, ['id', 's'])).toMatchObject({
      dateFormat: 'CUSTOM',
      datePattern: 'YYYY.DD.MM',
    });
    expect(draftFromMapping('{"columns":', ['id'])).toBeNull();
    expect(draftFromMapping(null, ['id'])).toBeNull();
    expect(draftFromMapping('[]', ['id'])).toBeNull();
  });
});
