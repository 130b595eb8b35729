import { guessOrgColumns, readOrgFile, toOrgRows } from './org-import';

const DEMO =
  'sales_agent,manager,regional_office\r\nMoses Frase,Dustin Brinkmann,Central\r\n\r\nCecily Lampkin,,East\r\n';

describe('org files', () => {
  it("should recognise the demo's org file", () => {
    const file = readOrgFile(DEMO);
    expect(file?.header).toEqual(['sales_agent', 'manager', 'regional_office']);
    expect(guessOrgColumns(file?.header ?? [])).toEqual({
      rep: 'sales_agent',
      manager: 'manager',
      region: 'regional_office',
    });
  });

  it('should give each row its line, empty cells as none, and nothing without a rep column', () => {
    const file = readOrgFile(DEMO);
    if (!file) throw new Error('no file');
    expect(toOrgRows(file, { rep: 'sales_agent', manager: 'manager', region: 'regional_office' })).toEqual([
      {
        line: 2,
        rep: 'Moses Frase',
        email: null,
        manager: 'Dustin Brinkmann',
        team: null,
        region: 'Central',
      },
      { line: 4, rep: 'Cecily Lampkin', email: null, manager: null, team: null, region: 'East' },
    ]);
    expect(toOrgRows(file, { manager: 'manager' })).toBeNull();
  });

  it('should read no file from text without a header or with an open quote', () => {
    expect(readOrgFile('')).toBeNull();
    expect(readOrgFile('name,"team\nx')).toBeNull();
  });
});
