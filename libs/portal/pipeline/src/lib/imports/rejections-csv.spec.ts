import { parseCsv } from '@salesops/domain';
import { type ImportRejection } from '@salesops/portal/data-access';

import { rejectionsCsv } from './rejections-csv';

const words = {
  line: 'line',
  reason: 'problems',
  raw: 'raw',
  reasonText: (row: ImportRejection) => row.reasons.map((reason) => reason.text).join('; '),
};

const rejection = (line: number, raw: string, texts: string[]): ImportRejection => ({
  line,
  raw,
  reason: texts.join('; '),
  reasonKey: null,
  reasonParams: null,
  reasons: texts.map((text) => ({ key: null, params: '{}', text })),
});

describe('rejectionsCsv', () => {
  it("should give the file's own columns and cells back, then the line and every reason", () => {
    const csv = rejectionsCsv(
      'deal_id,title,"value, USD"',
      [
        rejection(5, 'PD-4,"Cancity, renewal",-5', [
          'value "-5" is negative',
          'owner "X" is not a known rep',
        ]),
        rejection(9, 'PD-8,"say ""hi""",', ['deal_id is empty']),
      ],
      words,
    );
    expect(parseCsv(csv).filter((row) => row.some((cell) => cell !== ''))).toEqual([
      ['deal_id', 'title', 'value, USD', 'line', 'problems'],
      ['PD-4', 'Cancity, renewal', '-5', '5', 'value "-5" is negative; owner "X" is not a known rep'],
      ['PD-8', 'say "hi"', '', '9', 'deal_id is empty'],
    ]);
  });

  it('should fall back to line, reason and raw text for an import that kept no header', () => {
    const csv = rejectionsCsv(null, [rejection(3, 'a,b', ['bad'])], words);
    expect(parseCsv(csv)[0]).toEqual(['line', 'problems', 'raw']);
    expect(parseCsv(csv)[1]).toEqual(['3', 'bad', 'a,b']);
  });
});
