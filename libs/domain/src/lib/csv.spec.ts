import { csvLine, CsvParser, parseCsv, parseCsvRecords } from './csv';

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

  it('should end rows at a lone carriage return, as old Mac files do', () => {
    expect(parseCsv('a,b\rc,d\re')).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('should read a quoted field followed by unquoted ones', () => {
    expect(parseCsv('"Smith, Jo",b,c\n')).toEqual([['Smith, Jo', 'b', 'c']]);
  });

  it('should keep a quote inside an unquoted field as text', () => {
    expect(parseCsv('27" monitor,2\n')).toEqual([['27" monitor', '2']]);
  });

  it('should keep an empty last field when the text ends after a comma', () => {
    expect(parseCsv('a,b,')).toEqual([['a', 'b', '']]);
  });
});

describe('parseCsvRecords', () => {
  it('should key values by header and skip blank lines when given a header row', () => {
    expect(parseCsvRecords('sales_agent,manager\nAnna Snelling,Dustin Brinkmann\n\n')).toEqual([
      { sales_agent: 'Anna Snelling', manager: 'Dustin Brinkmann' },
    ]);
  });

  it('should trim header names, keep rows with some value, skip blank ones and fill missing values', () => {
    expect(parseCsvRecords(' name , role \nAnna,\n  ,\t\nBen\n')).toEqual([
      { name: 'Anna', role: '' },
      { name: 'Ben', role: '' },
    ]);
  });

  it('should give no records for an empty text', () => {
    expect(parseCsvRecords('')).toEqual([]);
  });
});

describe('CsvParser', () => {
  it('should give the same rows and line numbers whatever the chunk boundaries', () => {
    const text = 'id,note\r\n1,"multi\nline, ""quoted"""\r\n2,plain\n3,last';
    const whole = new CsvParser();
    const expected = [...whole.push(text), ...whole.end()];
    expect(expected).toEqual([
      { line: 1, values: ['id', 'note'] },
      { line: 2, values: ['1', 'multi\nline, "quoted"'] },
      { line: 4, values: ['2', 'plain'] },
      { line: 5, values: ['3', 'last'] },
    ]);
    for (let size = 1; size <= 7; size++) {
      const parser = new CsvParser();
      const rows = [];
      for (let i = 0; i < text.length; i += size) rows.push(...parser.push(text.slice(i, i + size)));
      rows.push(...parser.end());
      expect(rows).toEqual(expected);
    }
  });

  it('should count blank lines, the first one too, in the line numbers', () => {
    const parser = new CsvParser();
    expect([...parser.push('\nid\n\n1'), ...parser.end()]).toEqual([
      { line: 1, values: [''] },
      { line: 2, values: ['id'] },
      { line: 3, values: [''] },
      { line: 4, values: ['1'] },
    ]);
  });

  it('should keep U+FEFF as text anywhere but at the very start, a later chunk included', () => {
    const parser = new CsvParser();
    expect([...parser.push('\ufeffa,'), ...parser.push('\ufeffb\n'), ...parser.end()]).toEqual([
      { line: 1, values: ['a', '\ufeffb'] },
    ]);
  });

  it('should refuse a quote that never closes', () => {
    const parser = new CsvParser();
    parser.push('a,"open\n');
    expect(() => parser.end()).toThrow(/Unclosed quote.*line 1/);
    expect(() => parser.end()).toThrow(expect.objectContaining({ name: 'CsvUnclosedQuoteError', line: 1 }));
  });
});

describe('csvLine', () => {
  it('should quote only the cells that need it and read back to the same cells', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'two\nlines', '', ' padded ', '=1+1', 'cr\r'];
    expect(csvLine(cells)).toBe('plain,"a,b","say ""hi""","two\nlines",, padded ,=1+1,"cr\r"');
    expect(parseCsv(csvLine(cells))).toEqual([cells]);
  });

  it('should write one empty cell as an empty line, and no cell the same', () => {
    expect(csvLine([''])).toBe('');
    expect(csvLine([])).toBe('');
  });
});
