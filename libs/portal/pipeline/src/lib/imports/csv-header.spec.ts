import { csvStart, headerColumns } from './csv-header';

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

describe('csvStart', () => {
  it('should give the rows after the header, leaving out blank ones', () => {
    expect(csvStart('id,closed\r\n1,"20-10-16"\r\n\r\n2,\r\n', true)).toEqual({
      header: ['id', 'closed'],
      rows: [
        ['1', '20-10-16'],
        ['2', ''],
      ],
    });
  });

  it('should leave out a last row the slice may have cut, unless the text is the whole file', () => {
    expect(csvStart('id,closed\n1,2016-10-20\n2,2016-1', false).rows).toEqual([['1', '2016-10-20']]);
    expect(csvStart('id,closed\n1,2016-10-20\n2,2016-1', true).rows).toEqual([
      ['1', '2016-10-20'],
      ['2', '2016-1'],
    ]);
  });

  it('should give no rows when a quote never closes in a whole file, or there is no header', () => {
    expect(csvStart('id,note\n1,"open', true)).toEqual({ header: ['id', 'note'], rows: [] });
    expect(csvStart('', true)).toEqual({ header: [], rows: [] });
  });
});
