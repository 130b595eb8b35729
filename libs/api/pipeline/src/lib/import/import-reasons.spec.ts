import {
  IMPORT_REASONS,
  importReason,
  type ImportReasonKey,
  type ImportReasonParams,
} from './import-reasons';

type Example = { [K in ImportReasonKey]: [K, ImportReasonParams<K>, string] }[ImportReasonKey];

// Each template with the English imports have always written. The portal's spec holds the same lines
// and checks its own English templates against them (docs/decisions/0012).
const EXAMPLES: Example[] = [
  ['row.empty', { column: 'opportunity_id' }, 'opportunity_id is empty'],
  ['row.too_long', { column: 'opportunity_id', max: 64 }, 'opportunity_id is longer than 64 characters'],
  [
    'row.unknown_stage',
    { column: 'deal_stage', value: 'Negotiating' },
    'deal_stage "Negotiating" is not a stage of the sales process',
  ],
  ['row.unknown_rep', { column: 'sales_agent', value: 'Nobody' }, 'sales_agent "Nobody" is not a known rep'],
  ['row.unknown_product', { column: 'product', value: 'Widget' }, 'product "Widget" is not a known product'],
  ['row.unknown_account', { column: 'account', value: 'Acme' }, 'account "Acme" is not a known account'],
  ['row.not_an_amount', { column: 'close_value', value: '12abc' }, 'close_value "12abc" is not an amount'],
  ['row.negative_amount', { column: 'close_value', value: '-5' }, 'close_value "-5" is negative'],
  [
    'row.not_a_date',
    { column: 'close_date', value: '2017-02-30', format: 'YYYY-MM-DD' },
    'close_date "2017-02-30" is not a date written YYYY-MM-DD',
  ],
  [
    'row.close_before_engage',
    { column: 'close_date', date: '2016-01-01', engageColumn: 'engage_date', engageDate: '2016-10-25' },
    'close_date 2016-01-01 is before engage_date 2016-10-25',
  ],
  ['row.zero_amount', { column: 'close_value', value: '0.00' }, 'close_value "0.00" is 0 on a won deal'],
  [
    'row.far_future_date',
    { column: 'close_date', date: '2028-12-07', last: '2028-12-06' },
    'close_date 2028-12-07 is more than two years ahead (after 2028-12-06)',
  ],
  [
    'row.duplicate',
    { column: 'opportunity_id', value: 'Z063OYW0', firstLine: 2 },
    'opportunity_id "Z063OYW0" already appeared on line 2',
  ],
  [
    'file.missing_columns',
    { columns: ['sales_agent', 'product'] },
    'The file has no column "sales_agent", "product" (check the column mapping)',
  ],
  ['file.empty', {}, 'The file is empty: it has no header row'],
  ['file.unclosed_quote', { line: 1502 }, 'Unclosed quote in the row starting on line 1502'],
  ['file.internal', {}, 'The import stopped on an internal error; rows stored before it are kept'],
];

describe('import reasons', () => {
  it.each(EXAMPLES)('should word %s in the English imports have always used', (key, params, english) => {
    expect(importReason(key, params as never).text).toBe(english);
  });

  it('should have an example for every template when one is added', () => {
    expect([...new Set(EXAMPLES.map(([key]) => key))].sort()).toEqual(Object.keys(IMPORT_REASONS).sort());
  });

  it('should name each template row.<why> or file.<why>', () => {
    for (const key of Object.keys(IMPORT_REASONS)) expect(key).toMatch(/^(row|file)\.[a-z_]+$/);
  });
});
