import { headerColumns } from './csv-header';

describe('headerColumns', () => {
  it('should read the names of the first line when the file has rows after it', () => {
    expect(headerColumns('opportunity_id,sales_agent,deal_stage\r\n1C1I7A6R,Moses Frase,Won\r\n')).toEqual([
      'opportunity_id',
      'sales_agent',
      'deal_stage',
    ]);
  });

  it('should keep a quoted name with a comma or line break in one piece and drop a byte order mark', () => {
    expect(headerColumns('\uFEFFId,"Amount, USD","Close\nDate"\n1,2,3')).toEqual([
      'Id',
      'Amount, USD',
      'Close\nDate',
    ]);
  });

  it('should give no names when the file is empty or its header never ends its quote', () => {
    expect(headerColumns('')).toEqual([]);
    expect(headerColumns('\n\nid')).toEqual([]);
    expect(headerColumns('"id,stage')).toEqual([]);
  });
});
