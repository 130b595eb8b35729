import { correctionProblems } from './correction';

describe('correctionProblems', () => {
  it('should find nothing wrong when an amount, an open period key and words are given', () => {
    expect(
      correctionProblems({ amount: '-120.50', period: 'FY2018-Q1', text: ' Reversed ' }, true, 1000),
    ).toEqual({
      amount: false,
      period: false,
      text: false,
    });
  });

  it('should flag a zero amount, a week and missing or too long words', () => {
    expect(correctionProblems({ amount: '0.00', period: '2018-W02', text: '  ' }, true, 1000)).toEqual({
      amount: true,
      period: true,
      text: true,
    });
    expect(correctionProblems({ amount: '1', period: '2018-03', text: 'x'.repeat(11) }, true, 10).text).toBe(
      true,
    );
  });

  it('should ask only for the words when no money moves', () => {
    expect(correctionProblems({ amount: '', period: '', text: 'No change' }, false, 2000)).toEqual({
      amount: false,
      period: false,
      text: false,
    });
  });
});
