import { matchKey } from './match-key';

describe('matchKey', () => {
  it('should make names meet when they differ in spacing, case or punctuation', () => {
    expect(matchKey('GTX Pro')).toBe(matchKey('GTXPro'));
    expect(matchKey('MG-Advanced ')).toBe(matchKey('mg advanced'));
  });

  it('should make names meet when they differ only in accents', () => {
    expect(matchKey('Café Crème')).toBe('cafecreme');
    expect(matchKey('Café Crème')).toBe(matchKey('CAFE CREME'));
  });

  it('should key plain ASCII names as it keys the same names with accents or compatibility forms', () => {
    expect(matchKey('ﬁne Tunes')).toBe(matchKey('Fine tunes'));
    expect(matchKey('Zoë & Co.')).toBe(matchKey('Zoe & Co.'));
  });

  it('should keep different names apart', () => {
    expect(matchKey('GTX Plus Pro')).not.toBe(matchKey('GTX Pro'));
  });
});
