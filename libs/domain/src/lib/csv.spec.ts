import { parseCsv, parseCsvRecords } from './csv';

describe('parseCsv', () => {
  it('should split plain rows when fields have no quotes', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('should keep commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('"Smith, Jo","say ""hi""","two\nlines"\r\nx,,z')).toEqual([
      ['Smith, Jo', 'say "hi"', 'two\nlines'],
      ['x', '', 'z'],
    ]);
  });

  it('should drop a byte-order mark when the file starts with one', () => {
    expect(parseCsv('\ufeffname\nAnna')).toEqual([['name'], ['Anna']]);
  });
});

describe('parseCsvRecords', () => {
  it('should key values by header and skip blank lines when given a header row', () => {
    expect(parseCsvRecords('sales_agent,manager\nAnna Snelling,Dustin Brinkmann\n\n')).toEqual([
      { sales_agent: 'Anna Snelling', manager: 'Dustin Brinkmann' },
    ]);
  });
});
