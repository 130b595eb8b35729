import { matchKey } from '@salesops/domain';

import { CRM_EXPORT_MAPPING, type DealImportMapping } from './deal-import-mapping';
import { columnIndexes, type DealLookups, toDealRow } from './deal-row';

const HEADER = [
  'opportunity_id',
  'sales_agent',
  'product',
  'account',
  'deal_stage',
  'engage_date',
  'close_date',
  'close_value',
];
const lookups: DealLookups = {
  repIds: new Map([[matchKey('Darcel Schlecht'), 'rep-1']]),
  productIds: new Map([[matchKey('GTX Pro'), 'product-1']]),
  accountIds: new Map([[matchKey('Isdom'), 'account-1']]),
  stageIds: new Map([
    [matchKey('Won'), 'stage-won'],
    [matchKey('Engaging'), 'stage-engaging'],
  ]),
  stageKinds: new Map([
    ['stage-won', 'WON'],
    ['stage-engaging', 'OPEN'],
  ]),
  today: '2026-12-07',
};
/** The default mapping, refusing every implausible row instead of flagging it. */
const REFUSING: DealImportMapping = {
  ...CRM_EXPORT_MAPPING,
  refuseWarnings: ['CLOSE_BEFORE_ENGAGE', 'ZERO_AMOUNT', 'FAR_FUTURE_DATE'],
};
const indexes = columnIndexes(HEADER, CRM_EXPORT_MAPPING.columns);
const row = (values: Partial<Record<string, string>>) => HEADER.map((name) => values[name] ?? '');
const base = {
  opportunity_id: 'Z063OYW0',
  sales_agent: 'Darcel Schlecht',
  product: 'GTXPro',
  account: 'Isdom',
  deal_stage: 'Won',
  engage_date: '2016-10-25',
  close_date: '2017-03-11',
  close_value: '4514',
};

describe('toDealRow', () => {
  it('should resolve a row of the CRM export when GTXPro is spelled without a space', () => {
    expect(toDealRow(row(base), indexes, CRM_EXPORT_MAPPING, lookups)).toEqual({
      ok: true,
      row: {
        externalId: 'Z063OYW0',
        repId: 'rep-1',
        accountId: 'account-1',
        productId: 'product-1',
        amountMinor: '451400',
        currency: 'USD',
        stageId: 'stage-won',
        engageDate: '2016-10-25',
        expectedCloseDate: null,
        closeDate: '2017-03-11',
        warnings: [],
      },
    });
  });

  it('should accept an open deal without account, close date or value', () => {
    const result = toDealRow(
      row({ ...base, account: '', deal_stage: 'Engaging', close_date: '', close_value: '' }),
      indexes,
      CRM_EXPORT_MAPPING,
      lookups,
    );
    expect(result).toMatchObject({
      ok: true,
      row: { accountId: null, closeDate: null, amountMinor: null, stageId: 'stage-engaging' },
    });
  });

  it.each([
    [{ opportunity_id: '' }, 'opportunity_id is empty', 'row.empty', { column: 'opportunity_id' }],
    [
      { opportunity_id: 'X'.repeat(65) },
      'opportunity_id is longer than 64 characters',
      'row.too_long',
      { column: 'opportunity_id', max: 64 },
    ],
    [
      { deal_stage: 'Negotiating' },
      'deal_stage "Negotiating" is not a stage of the sales process',
      'row.unknown_stage',
      { column: 'deal_stage', value: 'Negotiating' },
    ],
    [
      { sales_agent: 'Nobody' },
      'sales_agent "Nobody" is not a known rep',
      'row.unknown_rep',
      { column: 'sales_agent', value: 'Nobody' },
    ],
    [
      { product: 'Widget' },
      'product "Widget" is not a known product',
      'row.unknown_product',
      { column: 'product', value: 'Widget' },
    ],
    [
      { account: 'Acme' },
      'account "Acme" is not a known account',
      'row.unknown_account',
      { column: 'account', value: 'Acme' },
    ],
    [
      { close_value: '12abc' },
      'close_value "12abc" is not an amount',
      'row.not_an_amount',
      { column: 'close_value', value: '12abc' },
    ],
    [
      { close_value: '-5' },
      'close_value "-5" is negative',
      'row.negative_amount',
      { column: 'close_value', value: '-5' },
    ],
    [
      { close_date: '2017-02-30' },
      'close_date "2017-02-30" is not a date written YYYY-MM-DD',
      'row.not_a_date',
      { column: 'close_date', value: '2017-02-30', format: 'YYYY-MM-DD' },
    ],
    [
      { close_date: '2016-01-01' },
      'close_date 2016-01-01 is before engage_date 2016-10-25',
      'row.close_before_engage',
      { column: 'close_date', date: '2016-01-01', engageColumn: 'engage_date', engageDate: '2016-10-25' },
    ],
    [
      { close_value: '0.00' },
      'close_value "0.00" is 0 on a won deal',
      'row.zero_amount',
      { column: 'close_value', value: '0.00' },
    ],
    [
      { close_date: '2028-12-07', engage_date: '2026-01-01' },
      'close_date 2028-12-07 is more than two years ahead (after 2028-12-06)',
      'row.far_future_date',
      { column: 'close_date', date: '2028-12-07', last: '2028-12-06' },
    ],
  ])('should refuse %p saying why, in English and as a key with its facts', (change, text, key, params) => {
    expect(toDealRow(row({ ...base, ...change }), indexes, REFUSING, lookups)).toEqual({
      ok: false,
      reasons: [{ key, params, text }],
    });
  });

  it('should give every problem of a row, in the order of its columns, not the first only', () => {
    const result = toDealRow(
      row({
        ...base,
        opportunity_id: '',
        deal_stage: 'Closed Won',
        sales_agent: 'Nobody',
        product: 'Nothing',
        account: 'Nowhere',
        close_value: '-1',
        engage_date: '2016-13-01',
        close_date: 'soon',
      }),
      indexes,
      CRM_EXPORT_MAPPING,
      lookups,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.reasons.map((reason) => [reason.key, (reason.params as { column: string }).column]),
    ).toEqual([
      ['row.empty', 'opportunity_id'],
      ['row.unknown_stage', 'deal_stage'],
      ['row.unknown_rep', 'sales_agent'],
      ['row.unknown_product', 'product'],
      ['row.unknown_account', 'account'],
      ['row.negative_amount', 'close_value'],
      ['row.not_a_date', 'engage_date'],
      ['row.not_a_date', 'close_date'],
    ]);
  });

  it('should give a bad date and a close date before the engage date as two reasons', () => {
    const result = toDealRow(
      row({ ...base, close_value: 'x', engage_date: '2017-02-01', close_date: '2017-01-01' }),
      indexes,
      REFUSING,
      lookups,
    );
    expect(result.ok ? [] : result.reasons.map((reason) => reason.key)).toEqual([
      'row.not_an_amount',
      'row.close_before_engage',
    ]);
  });

  it('should store an implausible row with its warnings when the mapping does not refuse them', () => {
    const result = toDealRow(
      row({ ...base, close_value: '0', engage_date: '2027-02-01', close_date: '2027-01-01' }),
      indexes,
      CRM_EXPORT_MAPPING,
      lookups,
    );
    expect(result.ok && result.row.warnings).toEqual(['CLOSE_BEFORE_ENGAGE', 'ZERO_AMOUNT']);
    const lost = toDealRow(
      row({ ...base, deal_stage: 'Engaging', close_value: '0', engage_date: '2035-02-01', close_date: '' }),
      indexes,
      CRM_EXPORT_MAPPING,
      lookups,
    );
    expect(lost.ok && lost.row.warnings).toEqual(['FAR_FUTURE_DATE']);
  });

  it('should refuse only the warnings the mapping refuses and flag the others', () => {
    const mapping: DealImportMapping = { ...CRM_EXPORT_MAPPING, refuseWarnings: ['ZERO_AMOUNT'] };
    const early = toDealRow(row({ ...base, close_date: '2016-01-01' }), indexes, mapping, lookups);
    expect(early.ok && early.row.warnings).toEqual(['CLOSE_BEFORE_ENGAGE']);
    const zero = toDealRow(
      row({ ...base, close_date: '2016-01-01', close_value: '0' }),
      indexes,
      mapping,
      lookups,
    );
    expect(zero.ok ? [] : zero.reasons.map((reason) => reason.key)).toEqual(['row.zero_amount']);
  });

  it('should find a rep the file names by a CRM id through repNames', () => {
    const mapping: DealImportMapping = { ...CRM_EXPORT_MAPPING, repNames: { 'u-104': 'Darcel Schlecht' } };
    const result = toDealRow(row({ ...base, sales_agent: 'U-104' }), indexes, mapping, lookups);
    expect(result.ok && result.row.repId).toBe('rep-1');
    const unmapped = toDealRow(row({ ...base, sales_agent: 'U-105' }), indexes, mapping, lookups);
    expect(unmapped.ok ? [] : unmapped.reasons.map((reason) => reason.key)).toEqual(['row.unknown_rep']);
  });

  it('should quote at most 200 characters of a cell when a long value is refused', () => {
    const result = toDealRow(
      row({ ...base, sales_agent: 'x'.repeat(5000) }),
      indexes,
      CRM_EXPORT_MAPPING,
      lookups,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons).toHaveLength(1);
    expect((result.reasons[0].params as { value: string }).value).toBe(`${'x'.repeat(199)}…`);
    expect(result.reasons[0].text.length).toBeLessThan(260);
  });

  it('should map stage names and date formats of another CRM when the mapping says so', () => {
    const mapping: DealImportMapping = {
      ...CRM_EXPORT_MAPPING,
      columns: { externalId: 'Deal ID', stage: 'Status', closeDate: 'Closed' },
      stageNames: { 'closed won': 'Won' },
      dateFormat: 'DD/MM/YYYY',
    };
    const other = columnIndexes(['Deal ID', 'Status', 'Closed'], mapping.columns);
    expect(toDealRow(['D-1', 'Closed Won', '11/03/2017'], other, mapping, lookups)).toMatchObject({
      ok: true,
      row: { externalId: 'D-1', stageId: 'stage-won', closeDate: '2017-03-11', repId: null },
    });
  });

  it('should read two-digit day-first years and a custom pattern', () => {
    const columns = { externalId: 'id', stage: 'stage', engageDate: 'opened', closeDate: 'closed' };
    const other = columnIndexes(['id', 'stage', 'opened', 'closed'], columns);
    const twoDigit: DealImportMapping = { ...CRM_EXPORT_MAPPING, columns, dateFormat: 'DD-MM-YY' };
    expect(toDealRow(['D-2', 'Won', '20-10-16', '3-1-17'], other, twoDigit, lookups)).toMatchObject({
      ok: true,
      row: { engageDate: '2016-10-20', closeDate: '2017-01-03' },
    });
    const custom: DealImportMapping = { ...CRM_EXPORT_MAPPING, columns, dateFormat: 'YYYY.DD.MM' };
    expect(toDealRow(['D-3', 'Won', '2016.20.10', '2017.03.01'], other, custom, lookups)).toMatchObject({
      ok: true,
      row: { engageDate: '2016-10-20', closeDate: '2017-01-03' },
    });
  });

  it("should read the same cell text by each mapping's own date format and rep key when texts are remembered", () => {
    const columns = { externalId: 'id', stage: 'stage', rep: 'rep', closeDate: 'closed' };
    const other = columnIndexes(['id', 'stage', 'rep', 'closed'], columns);
    const dayFirst: DealImportMapping = { ...CRM_EXPORT_MAPPING, columns, dateFormat: 'DD/MM/YYYY' };
    const monthFirst: DealImportMapping = { ...CRM_EXPORT_MAPPING, columns, dateFormat: 'MM/DD/YYYY' };
    const byEmail: DealImportMapping = { ...CRM_EXPORT_MAPPING, columns, repBy: 'EMAIL' };
    const emails: DealLookups = { ...lookups, repIds: new Map([['darcel@example.com', 'rep-2']]) };
    for (let pass = 0; pass < 2; pass++) {
      expect(toDealRow(['D-4', 'Won', '', '03/01/2017'], other, dayFirst, lookups)).toMatchObject({
        row: { closeDate: '2017-01-03' },
      });
      expect(toDealRow(['D-4', 'Won', '', '03/01/2017'], other, monthFirst, lookups)).toMatchObject({
        row: { closeDate: '2017-03-01' },
      });
      expect(toDealRow(['D-5', 'Won', 'Darcel@Example.com', ''], other, byEmail, emails)).toMatchObject({
        row: { repId: 'rep-2' },
      });
      const byName = toDealRow(['D-5', 'Won', 'Darcel@Example.com', ''], other, CRM_EXPORT_MAPPING, emails);
      expect(byName.ok ? [] : byName.reasons.map((reason) => reason.key)).toEqual(['row.unknown_rep']);
    }
  });

  it('should refuse every row that repeats an unknown stage or an unreadable date, not only the first', () => {
    for (let pass = 0; pass < 3; pass++) {
      const result = toDealRow(
        row({ ...base, deal_stage: 'Dreaming', close_date: '2017-02-30' }),
        indexes,
        CRM_EXPORT_MAPPING,
        lookups,
      );
      expect(result.ok ? [] : result.reasons.map((reason) => reason.key)).toEqual([
        'row.unknown_stage',
        'row.not_a_date',
      ]);
    }
  });

  it('should map account and product names, and create missing ones only when the mapping says so', () => {
    const file = { ...base, account: 'Cancity Inc', product: 'Hoverboard' };
    expect(toDealRow(row(file), indexes, CRM_EXPORT_MAPPING, lookups)).toMatchObject({
      ok: false,
      reasons: [{ key: 'row.unknown_product' }, { key: 'row.unknown_account' }],
    });
    const names: DealImportMapping = {
      ...CRM_EXPORT_MAPPING,
      accountNames: { 'CANCITY INC': 'Isdom' },
      createMissing: ['PRODUCT'],
    };
    const result = toDealRow(row(file), indexes, names, lookups);
    expect(result).toMatchObject({
      ok: true,
      row: { accountId: 'account-1', productId: null, newProduct: 'Hoverboard' },
    });
    expect(result.ok && result.row.newAccount).toBeUndefined();
    // A name longer than the column is refused, not cut.
    const long = toDealRow(row({ ...file, product: 'x'.repeat(121) }), indexes, names, lookups);
    expect(long).toMatchObject({
      ok: false,
      reasons: [{ key: 'row.too_long', params: { column: 'product', max: 120 } }],
    });
    // A name mapped to nothing leaves the deal without one.
    const none = toDealRow(row(file), indexes, { ...names, productNames: { hoverboard: '' } }, lookups);
    expect(none).toMatchObject({ ok: true, row: { productId: null } });
    expect(none.ok && none.row.newProduct).toBeUndefined();
  });

  it('should name every mapped column the file lacks', () => {
    expect(() => columnIndexes(['opportunity_id'], CRM_EXPORT_MAPPING.columns)).toThrow(
      /no column "sales_agent", "product"/,
    );
    expect(() => columnIndexes(['opportunity_id'], CRM_EXPORT_MAPPING.columns)).toThrow(
      expect.objectContaining({
        reason: expect.objectContaining({
          key: 'file.missing_columns',
          params: {
            columns: [
              'sales_agent',
              'product',
              'account',
              'deal_stage',
              'engage_date',
              'close_date',
              'close_value',
            ],
          },
        }),
      }),
    );
  });
});
