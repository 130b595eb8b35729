import fc from 'fast-check';
import { checkAnswer, correlationReading, csatShare, groupMayShow, netPromoter, pearson, type QuestionRule } from './survey';

const q = (kind: QuestionRule['kind'], options: string[] = []): QuestionRule => ({ kind, required: true, options });

describe('checkAnswer', () => {
  it.each([
    [q('CSAT'), { score: 5 }, true],
    [q('CSAT'), { score: 7 }, false],
    [q('CSAT'), { score: 0 }, false],
    [q('CSAT'), { score: 3.5 }, false],
    [q('NPS'), { score: 0 }, true],
    [q('NPS'), { score: 10 }, true],
    [q('NPS'), { score: 11 }, false],
    [q('CSAT'), { score: 4, text: 'hi' }, false],
    [q('SINGLE_CHOICE', ['a', 'b']), { choices: ['a'] }, true],
    [q('SINGLE_CHOICE', ['a', 'b']), { choices: ['a', 'b'] }, false],
    [q('SINGLE_CHOICE', ['a', 'b']), { choices: ['c'] }, false],
    [q('MULTI_CHOICE', ['a', 'b']), { choices: ['a', 'b'] }, true],
    [q('MULTI_CHOICE', ['a', 'b']), { choices: ['a', 'a'] }, false],
    [q('MULTI_CHOICE', ['a', 'b']), { score: 1 }, false],
    [q('TEXT'), { text: 'fast search' }, true],
    [q('TEXT'), { text: 'x'.repeat(2001) }, false],
    [q('TEXT'), { choices: ['a'] }, false],
  ])('should judge %j with %j as ok=%s', (question, answer, ok) => {
    expect(checkAnswer(question, answer).ok).toBe(ok);
  });

  it('should call an answer with nothing in it empty, whatever the kind', () => {
    for (const kind of ['CSAT', 'NPS', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'TEXT'] as const) {
      expect(checkAnswer(q(kind, ['a']), { score: null, choices: [], text: '  ' })).toEqual({ ok: true, empty: true });
    }
  });

  it('should accept exactly the whole scores in range for any CSAT score', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (score) => {
        expect(checkAnswer(q('CSAT'), { score }).ok).toBe(Number.isInteger(score) && score >= 1 && score <= 5);
      }),
    );
  });
});

describe('survey statistics', () => {
  it('should give CSAT as the share of 4s and 5s', () => {
    expect(csatShare([5, 4, 3, 1])).toBe(0.5);
    expect(csatShare([])).toBeNull();
  });

  it('should give NPS as promoters minus detractors in percent', () => {
    expect(netPromoter([10, 9, 8, 7, 6, 0])).toEqual({ promoters: 2, passives: 2, detractors: 2, score: 0 });
    expect(netPromoter([10, 10, 10, 3])).toEqual({ promoters: 3, passives: 0, detractors: 1, score: 50 });
    expect(netPromoter([])).toBeNull();
  });

  it('should correlate pairs and refuse too few or flat ones', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 10);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 10);
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([3, 3, 3], [1, 2, 3])).toBeNull();
  });

  it('should read a correlation: too few pairs, flat data, no clear link, or a link either way', () => {
    expect(correlationReading(null, 2)).toBe('TOO_FEW');
    expect(correlationReading(0.9, 2)).toBe('TOO_FEW');
    expect(correlationReading(null, 14)).toBe('FLAT');
    expect(correlationReading(0.19, 14)).toBe('UNCLEAR');
    expect(correlationReading(-0.19, 14)).toBe('UNCLEAR');
    expect(correlationReading(0.2, 14)).toBe('MORE');
    expect(correlationReading(-0.42, 14)).toBe('LESS');
  });

  it('should hide a small group and a group whose complement is small, but not a group that is the whole', () => {
    expect(groupMayShow(4, 20, 5)).toBe(false);
    expect(groupMayShow(17, 20, 5)).toBe(false); // the other 3 could be subtracted out
    expect(groupMayShow(15, 20, 5)).toBe(true);
    expect(groupMayShow(20, 20, 5)).toBe(true);
  });
});
