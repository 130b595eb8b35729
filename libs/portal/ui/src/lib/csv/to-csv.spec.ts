import { type CsvColumn, csvField, toCsv } from './to-csv';

interface Row {
  readonly name: string;
  readonly amount: string | null;
}

const columns: CsvColumn<Row>[] = [
  { header: 'Name', value: (row) => row.name },
  { header: 'Amount', value: (row) => row.amount },
];

describe('toCsv', () => {
  it('should write a header row and one CRLF-ended line per row when given rows', () => {
    expect(toCsv(columns, [{ name: 'Cancity', amount: '1054.00' }])).toBe(
      'Name,Amount\r\nCancity,1054.00\r\n',
    );
  });

  it('should quote fields with commas, quotes or line breaks and double the inner quotes', () => {
    const csv = toCsv(columns, [{ name: 'Acme, "The" Co\nEast', amount: null }]);
    expect(csv).toBe('Name,Amount\r\n"Acme, ""The"" Co\nEast",\r\n');
  });

  it('should write only the header when there are no rows', () => {
    expect(toCsv(columns, [])).toBe('Name,Amount\r\n');
  });

  it('should keep Korean text and negative numbers as they are', () => {
    expect(csvField('김민준')).toBe('김민준');
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField(-3)).toBe('-3');
  });

  it('should defuse text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('should quote fields with leading or trailing spaces so they survive a round trip', () => {
    expect(csvField(' padded ')).toBe('" padded "');
  });
});
