import { guessColumns, type MappingDraft, toMappingInput } from './import-mapping';

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
    currency: ' eur ',
    stageNames: [
      { value: ' Closed Won ', stage: 'Won' },
      { value: '', stage: 'Lost' },
    ],
  };

  it('should keep chosen columns, trim stage values and upper-case the currency when the draft is complete', () => {
    expect(toMappingInput(draft)).toEqual({
      columns: { externalId: 'Deal ID', stage: 'Status', rep: 'Owner' },
      repBy: 'EMAIL',
      dateFormat: 'DMY_DOT',
      currency: 'EUR',
      stageNames: { 'Closed Won': 'Won' },
    });
  });

  it('should give null when a required column is missing', () => {
    expect(toMappingInput({ ...draft, columns: { externalId: 'Deal ID', stage: null } })).toBeNull();
  });
});
