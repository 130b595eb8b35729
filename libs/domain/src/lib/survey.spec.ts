import fc from 'fast-check';

import {
  checkAnswer,
  correlationReading,
  csatShare,
  groupMayShow,
  MIN_CORRELATION_PAIRS,
  netPromoter,
  pearson,
  type QuestionRule,
  TEXT_ANSWER_MAX,
} from './survey';

const q = (kind: QuestionRule['kind'], options: string[] = []): QuestionRule => ({
  kind,
  required: true,
  options,
});

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
      expect(checkAnswer(q(kind, ['a']), { score: null, choices: [], text: '  ' })).toEqual({
        ok: true,
        empty: true,
      });
    }
  });

  it('should accept exactly the whole scores in range for any CSAT score', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (score) => {
        expect(checkAnswer(q('CSAT'), { score }).ok).toBe(
          Number.isInteger(score) && score >= 1 && score <= 5,
        );
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

  it('should show a group of exactly the threshold and hide one under it, whatever the parent', () => {
    // Group size at the boundary (threshold 5): one under, exactly at, one over; the complement is large.
    expect(groupMayShow(4, 30, 5)).toBe(false);
    expect(groupMayShow(5, 30, 5)).toBe(true);
    expect(groupMayShow(6, 30, 5)).toBe(true);
    // A group of exactly the threshold that is the whole parent shows too; one under does not.
    expect(groupMayShow(5, 5, 5)).toBe(true);
    expect(groupMayShow(4, 4, 5)).toBe(false);
  });

  it('should show a group whose complement is exactly the threshold and hide one whose complement is one under', () => {
    // Parent 20, threshold 5: complement 4 (group 16) hides, 5 (group 15) shows, 6 (group 14) shows.
    expect(groupMayShow(16, 20, 5)).toBe(false);
    expect(groupMayShow(15, 20, 5)).toBe(true);
    expect(groupMayShow(14, 20, 5)).toBe(true);
    // A complement of one person is never empty: it hides.
    expect(groupMayShow(19, 20, 5)).toBe(false);
  });
});

describe('survey rules at their edges (mutation testing)', () => {
  it('should answer each refusal with its field and words, and a filled answer as not empty', () => {
    expect(checkAnswer(q('CSAT'), { score: 4, text: 'x' })).toEqual({
      ok: false,
      field: 'score',
      message: 'a CSAT question takes a score only',
    });
    expect(checkAnswer(q('NPS'), { choices: ['a'] })).toEqual({
      ok: false,
      field: 'score',
      message: 'a NPS question takes a score only',
    });
    expect(checkAnswer(q('CSAT'), { score: 9 })).toEqual({
      ok: false,
      field: 'score',
      message: 'must be a whole number from 1 to 5',
    });
    expect(checkAnswer(q('CSAT'), { score: 4 })).toEqual({ ok: true, empty: false });
    expect(checkAnswer(q('SINGLE_CHOICE', ['a', 'b']), { text: 'x' })).toEqual({
      ok: false,
      field: 'choices',
      message: 'a choice question takes choices only',
    });
    expect(checkAnswer(q('SINGLE_CHOICE', ['a', 'b']), { choices: ['a', 'b'] })).toEqual({
      ok: false,
      field: 'choices',
      message: 'pick one option',
    });
    expect(checkAnswer(q('MULTI_CHOICE', ['a', 'b']), { choices: ['a', 'a'] })).toEqual({
      ok: false,
      field: 'choices',
      message: 'names an option twice',
    });
    expect(checkAnswer(q('MULTI_CHOICE', ['a']), { choices: ['z'.repeat(60)] })).toEqual({
      ok: false,
      field: 'choices',
      message: `"${'z'.repeat(50)}" is not one of the options`,
    });
    expect(checkAnswer(q('MULTI_CHOICE', ['a', 'b']), { choices: ['a', 'b'] })).toEqual({
      ok: true,
      empty: false,
    });
    expect(checkAnswer(q('TEXT'), { score: 3 })).toEqual({
      ok: false,
      field: 'text',
      message: 'a text question takes text only',
    });
    expect(checkAnswer(q('TEXT'), { text: 'fine' })).toEqual({ ok: true, empty: false });
  });

  it('should take a text of exactly the maximum length and refuse one character more', () => {
    expect(checkAnswer(q('TEXT'), { text: 'a'.repeat(TEXT_ANSWER_MAX) })).toEqual({ ok: true, empty: false });
    expect(checkAnswer(q('TEXT'), { text: 'a'.repeat(TEXT_ANSWER_MAX + 1) })).toEqual({
      ok: false,
      field: 'text',
      message: `must be at most ${TEXT_ANSWER_MAX} characters`,
    });
  });

  it('should count a 4 as satisfied', () => {
    expect(csatShare([4, 4, 1])).toBeCloseTo(2 / 3, 10);
  });

  it('should correlate from exactly the minimum of pairs, not one fewer, and compute r itself', () => {
    expect(correlationReading(0.9, MIN_CORRELATION_PAIRS)).toBe('MORE');
    expect(correlationReading(0.9, MIN_CORRELATION_PAIRS - 1)).toBe('TOO_FEW');
    expect(pearson([1, 2, 3], [1, 2, 4])).not.toBeNull();
    expect(pearson([1, 2], [1, 2])).toBeNull();
    // By hand: deviations (-2,-1,0,1,2) and (-1,-2,1,0,2): 8 / sqrt(10 x 10).
    expect(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 10);
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow('pearson needs pairs');
  });
});
