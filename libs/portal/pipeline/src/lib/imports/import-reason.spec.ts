import { TestBed } from '@angular/core/testing';
import { I18nService, interpolate } from '@salesops/portal/i18n';

import { pipelineEn } from '../i18n/en';
import {
  IMPORT_REASON_PARAMS,
  importErrorText,
  type ImportReasonKey,
  rejectionReasonText,
} from './import-reason';

type Params = Record<string, unknown>;

/**
 * Every reason of the API's catalogue (libs/api/pipeline/src/lib/import/import-reasons.ts), with params as
 * the API stores them, the English the API writes (its own spec holds the same lines) and the Korean we
 * want. The portal may not import the API, so this list is kept by hand: a key the API adds shows in English.
 */
const CATALOGUE: readonly (readonly [ImportReasonKey, Params, string, string])[] = [
  ['row.empty', { column: 'opportunity_id' }, 'opportunity_id is empty', 'opportunity_id 값이 비어 있습니다'],
  [
    'row.too_long',
    { column: 'opportunity_id', max: 64 },
    'opportunity_id is longer than 64 characters',
    'opportunity_id 값이 64자를 넘습니다',
  ],
  [
    'row.unknown_stage',
    { column: 'deal_stage', value: 'Negotiating' },
    'deal_stage "Negotiating" is not a stage of the sales process',
    'deal_stage의 "Negotiating"은(는) 영업 프로세스의 단계가 아닙니다',
  ],
  [
    'row.unknown_rep',
    { column: 'sales_agent', value: 'Nobody' },
    'sales_agent "Nobody" is not a known rep',
    'sales_agent의 "Nobody"은(는) 등록된 담당자가 아닙니다',
  ],
  [
    'row.unknown_product',
    { column: 'product', value: 'Widget' },
    'product "Widget" is not a known product',
    'product의 "Widget"은(는) 등록된 제품이 아닙니다',
  ],
  [
    'row.unknown_account',
    { column: 'account', value: 'Acme' },
    'account "Acme" is not a known account',
    'account의 "Acme"은(는) 등록된 고객사가 아닙니다',
  ],
  [
    'row.not_an_amount',
    { column: 'close_value', value: '12abc' },
    'close_value "12abc" is not an amount',
    'close_value의 "12abc"은(는) 금액이 아닙니다',
  ],
  [
    'row.negative_amount',
    { column: 'close_value', value: '-5' },
    'close_value "-5" is negative',
    'close_value의 "-5"은(는) 음수입니다',
  ],
  [
    'row.not_a_date',
    { column: 'close_date', value: '2017-02-30', format: 'YYYY-MM-DD' },
    'close_date "2017-02-30" is not a date written YYYY-MM-DD',
    'close_date의 "2017-02-30"은(는) YYYY-MM-DD 형식의 날짜가 아닙니다',
  ],
  [
    'row.close_before_engage',
    { column: 'close_date', date: '2016-01-01', engageColumn: 'engage_date', engageDate: '2016-10-25' },
    'close_date 2016-01-01 is before engage_date 2016-10-25',
    'close_date 2016년 1월 1일이(가) engage_date 2016년 10월 25일보다 이릅니다',
  ],
  [
    'row.zero_amount',
    { column: 'close_value', value: '0.00' },
    'close_value "0.00" is 0 on a won deal',
    'close_value의 "0.00"은(는) 성사된 거래인데 0입니다',
  ],
  [
    'row.far_future_date',
    { column: 'close_date', date: '2028-12-07', last: '2028-12-06' },
    'close_date 2028-12-07 is more than two years ahead (after 2028-12-06)',
    'close_date 2028년 12월 7일은(는) 2년 넘게 앞선 날짜입니다 (2028년 12월 6일 이후)',
  ],
  [
    'row.duplicate',
    { column: 'opportunity_id', value: 'Z063OYW0', firstLine: 2 },
    'opportunity_id "Z063OYW0" already appeared on line 2',
    'opportunity_id "Z063OYW0"은(는) 이미 2행에 있습니다',
  ],
  [
    'file.missing_columns',
    { columns: ['sales_agent', 'product'] },
    'The file has no column "sales_agent", "product" (check the column mapping)',
    '파일에 "sales_agent", "product" 열이 없습니다 (열 매핑을 확인하세요)',
  ],
  ['file.empty', {}, 'The file is empty: it has no header row', '파일이 비어 있습니다: 머리글 행이 없습니다'],
  [
    'file.unclosed_quote',
    { line: 1502 },
    'Unclosed quote in the row starting on line 1502',
    '1,502행에서 시작하는 행의 따옴표가 닫히지 않았습니다',
  ],
  [
    'file.internal',
    {},
    'The import stopped on an internal error; rows stored before it are kept',
    '내부 오류로 가져오기가 중단되었습니다. 그 전에 저장된 행은 그대로 남아 있습니다',
  ],
];

const rejection = (key: string | null, params: Params | string | null, reason = 'API English') => ({
  reason,
  reasonKey: key,
  reasonParams: params === null || typeof params === 'string' ? params : JSON.stringify(params),
});

/** A param written the way the API's template writes it: plain, lists of names quoted. */
function asTheApiWritesIt(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => `"${item}"`).join(', ');
  return String(value);
}

describe('import reasons in the reader’s language', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  it('should know every reason of the API catalogue listed here, and no other', () => {
    expect(CATALOGUE.map(([name]) => name).sort()).toEqual(Object.keys(IMPORT_REASON_PARAMS).sort());
  });

  it("should keep the API's English word for word in every English template", () => {
    for (const [name, params, english] of CATALOGUE) {
      const values = Object.fromEntries(
        Object.keys(IMPORT_REASON_PARAMS[name]).map((param) => [param, asTheApiWritesIt(params[param])]),
      );
      const textKey: keyof typeof pipelineEn = `imports.reason.${name}`;
      expect([name, interpolate(pipelineEn[textKey], values)]).toEqual([name, english]);
    }
  });

  it('should word every reason in Korean, with Korean numbers and dates', async () => {
    await i18n.setLang('ko');
    for (const [name, params, , korean] of CATALOGUE) {
      expect([name, rejectionReasonText(i18n, rejection(name, params))]).toEqual([name, korean]);
    }
  });

  it('should format the dates and line numbers of a reason in English', () => {
    const [, params] = CATALOGUE.find(([name]) => name === 'row.close_before_engage') ?? [];
    expect(rejectionReasonText(i18n, rejection('row.close_before_engage', params ?? null))).toBe(
      'close_date Jan 1, 2016 is before engage_date Oct 25, 2016',
    );
    expect(rejectionReasonText(i18n, rejection('file.unclosed_quote', { line: 1502 }))).toBe(
      'Unclosed quote in the row starting on line 1,502',
    );
  });

  it("should show the API's English for a row refused before the keys, an unknown key or params it cannot read", async () => {
    await i18n.setLang('ko');
    expect(rejectionReasonText(i18n, rejection(null, null, 'sales_agent "X" is not a known rep'))).toBe(
      'sales_agent "X" is not a known rep',
    );
    expect(rejectionReasonText(i18n, rejection('row.too_old', { column: 'a' }))).toBe('API English');
    expect(rejectionReasonText(i18n, rejection('row.empty', '{"column":'))).toBe('API English');
    expect(rejectionReasonText(i18n, rejection('row.too_long', { column: 'a', max: '64' }))).toBe(
      'API English',
    );
    expect(rejectionReasonText(i18n, rejection('file.missing_columns', { columns: 'a, b' }))).toBe(
      'API English',
    );
  });

  it('should word every reason of a row, keeping the English of one it does not know', async () => {
    await i18n.setLang('ko');
    const row = {
      ...rejection('row.unknown_rep', { column: 'owner', value: 'X' }),
      reasons: [
        {
          key: 'row.unknown_rep',
          params: '{"column":"owner","value":"X"}',
          text: 'owner "X" is not a known rep',
        },
        { key: 'row.empty', params: '{"column":"deal_id"}', text: 'deal_id is empty' },
        { key: 'row.from_the_future', params: '{}', text: 'A reason this portal does not know' },
      ],
    };
    const korean = [
      rejectionReasonText(i18n, rejection('row.unknown_rep', { column: 'owner', value: 'X' })),
      rejectionReasonText(i18n, rejection('row.empty', { column: 'deal_id' })),
      'A reason this portal does not know',
    ];
    expect(korean[0]).not.toContain('not a known rep');
    expect(rejectionReasonText(i18n, row)).toBe(korean.join('; '));
  });

  it('should word why a job stopped, and nothing for a job that did not stop on an error', async () => {
    await i18n.setLang('ko');
    const failed = {
      error: 'The file is empty: it has no header row',
      errorKey: 'file.empty',
      errorParams: '{}',
    };
    expect(importErrorText(i18n, failed)).toBe('파일이 비어 있습니다: 머리글 행이 없습니다');
    expect(importErrorText(i18n, { ...failed, errorKey: null, errorParams: null })).toBe(failed.error);
    expect(importErrorText(i18n, { error: null, errorKey: null, errorParams: null })).toBeNull();
  });
});
