import {
  bars,
  groupTexts,
  npsGroupOf,
  npsSegments,
  plotTrend,
  seriesTrend,
  tally,
  TREND_FRAME,
  trendX,
  trendY,
} from './survey-charts';

describe('bars', () => {
  it('should size bars against the largest bucket and label them with their share of all answers', () => {
    const result = bars([
      { label: '1', count: 0 },
      { label: '2', count: 1 },
      { label: '3', count: 2 },
      { label: '4', count: 4 },
      { label: '5', count: 3 },
    ]);
    expect(result.map((b) => b.size)).toEqual([0, 25, 50, 100, 75]);
    expect(result.map((b) => b.share)).toEqual([0, 0.1, 0.2, 0.4, 0.3]);
  });

  it('should give empty bars when nobody answered', () => {
    expect(
      bars([
        { label: 'A', count: 0 },
        { label: 'B', count: 0 },
      ]),
    ).toEqual([
      { label: 'A', count: 0, share: 0, size: 0 },
      { label: 'B', count: 0, share: 0, size: 0 },
    ]);
  });
});

describe('NPS', () => {
  it('should put 0-6 with detractors, 7-8 with passives and 9-10 with promoters', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroupOf)).toEqual([
      'detractors',
      'detractors',
      'passives',
      'passives',
      'promoters',
      'promoters',
    ]);
  });

  it('should stack detractors, passives and promoters with widths adding up to exactly 100', () => {
    const segments = npsSegments({ detractors: 1, passives: 1, promoters: 1 });
    expect(segments.map((s) => s.group)).toEqual(['detractors', 'passives', 'promoters']);
    expect(segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(100, 10);
    expect(segments.map((s) => s.width)).toEqual([33.34, 33.33, 33.33]);

    expect(npsSegments({ detractors: 8, passives: 3, promoters: 3 }).map((s) => s.width)).toEqual([
      57.14, 21.43, 21.43,
    ]);
  });

  it('should give zero widths without answers', () => {
    expect(npsSegments({ detractors: 0, passives: 0, promoters: 0 }).map((s) => s.width)).toEqual([0, 0, 0]);
  });
});

describe('text answers', () => {
  it('should group answers by topic, answers without a topic with the others', () => {
    const groups = groupTexts([
      { text: 'fast', topic: 'LIKES' as const },
      { text: 'slow sync', topic: 'DISLIKES' as const },
      { text: 'hm', topic: null },
      { text: 'more training', topic: 'OTHER' as const },
    ]);
    expect(groups.likes.map((t) => t.text)).toEqual(['fast']);
    expect(groups.dislikes.map((t) => t.text)).toEqual(['slow sync']);
    expect(groups.other.map((t) => t.text)).toEqual(['hm', 'more training']);
  });

  it('should count the same text said several times once, most said first', () => {
    const result = tally([
      { text: 'Quick', repName: 'Ann' },
      { text: 'Slow', repName: 'Ben' },
      { text: ' slow', repName: 'Cleo' },
    ]);
    expect(result.map((r) => [r.text, r.count])).toEqual([
      ['Slow', 2],
      ['Quick', 1],
    ]);
    expect(result[0].items.map((i) => i.repName)).toEqual(['Ben', 'Cleo']);
  });
});

describe('trend geometry', () => {
  it('should spread waves across the frame and put a single wave in the middle', () => {
    expect(trendX(0, 3)).toBe(TREND_FRAME.padLeft);
    expect(trendX(2, 3)).toBe(TREND_FRAME.width - TREND_FRAME.padRight);
    expect(trendX(0, 1)).toBe(
      TREND_FRAME.padLeft + (TREND_FRAME.width - TREND_FRAME.padLeft - TREND_FRAME.padRight) / 2,
    );
  });

  it('should put the maximum at the top, the minimum at the bottom and clamp what is outside', () => {
    expect(trendY(100, 0, 100)).toBe(TREND_FRAME.padTop);
    expect(trendY(0, 0, 100)).toBe(TREND_FRAME.height - TREND_FRAME.padBottom);
    expect(trendY(0, -100, 100)).toBe((TREND_FRAME.padTop + TREND_FRAME.height - TREND_FRAME.padBottom) / 2);
    expect(trendY(150, 0, 100)).toBe(TREND_FRAME.padTop);
  });

  it('should skip waves without a value and join the rest', () => {
    const [line] = plotTrend(
      [
        { surveyId: 'a', wave: 1 },
        { surveyId: 'b', wave: 2 },
        { surveyId: 'c', wave: 3 },
      ],
      [{ key: 't', label: 'CRM', values: [50, null, 100] }],
      0,
      100,
    );
    expect(line.points.map((p) => p.wave)).toEqual([1, 3]);
    expect(line.path).toBe(`${trendX(0, 3)},${trendY(50, 0, 100)} ${trendX(2, 3)},${trendY(100, 0, 100)}`);
  });
});

describe('seriesTrend', () => {
  it('should keep the waves of the series in wave order, one CSAT and NPS line per tool that has values', () => {
    const trend = seriesTrend(new Set(['w1', 'w2']), [
      {
        tool: { id: 'crm', name: 'Salesforce' },
        trend: [
          { surveyId: 'w2', wave: 2, csat: 0.8, nps: 12.5 },
          { surveyId: 'other', wave: 1, csat: 0.1, nps: null },
          { surveyId: 'w1', wave: 1, csat: 0.5714, nps: null },
        ],
      },
      { tool: { id: 'dialer', name: 'Aircall' }, trend: [{ surveyId: 'w1', wave: 1, csat: 0.6, nps: null }] },
      { tool: { id: 'unused', name: 'Clari' }, trend: [] },
    ]);
    expect(trend.waves).toEqual([
      { surveyId: 'w1', wave: 1 },
      { surveyId: 'w2', wave: 2 },
    ]);
    expect(trend.csat).toEqual([
      { key: 'dialer', label: 'Aircall', values: [60, null] },
      { key: 'crm', label: 'Salesforce', values: [57.14, 80] },
    ]);
    expect(trend.nps).toEqual([{ key: 'crm', label: 'Salesforce', values: [null, 12.5] }]);
  });
});
