import { CLARI, HIGHSPOT, SALESFORCE, wave } from './scorecard-fixtures';
import {
  correlationPosition,
  countBySignal,
  csatChange,
  csatLevel,
  sortScorecards,
  trendChart,
} from './scorecard-model';

describe('sortScorecards', () => {
  it('should put REPLACE first, then REVIEW, then KEEP', () => {
    expect(sortScorecards([SALESFORCE, CLARI, HIGHSPOT]).map((row) => row.signal)).toEqual([
      'REPLACE',
      'REVIEW',
      'KEEP',
    ]);
  });

  it('should order tools with the same signal by the renewal that comes first, then by name', () => {
    const soon = { ...CLARI, tool: { ...CLARI.tool, name: 'Zeta', daysToRenewal: 10 } };
    const undated = { ...CLARI, tool: { ...CLARI.tool, name: 'Alpha', daysToRenewal: null } };
    const later = { ...CLARI, tool: { ...CLARI.tool, name: 'Beta', daysToRenewal: 200 } };
    const laterToo = { ...CLARI, tool: { ...CLARI.tool, name: 'Aardvark', daysToRenewal: 200 } };
    expect(sortScorecards([undated, later, soon, laterToo]).map((row) => row.tool.name)).toEqual([
      'Zeta',
      'Aardvark',
      'Beta',
      'Alpha',
    ]);
  });

  it('should count the tools per signal', () => {
    expect(countBySignal([HIGHSPOT, CLARI, CLARI])).toEqual({ REPLACE: 1, REVIEW: 2, KEEP: 0 });
  });
});

describe('csatChange and csatLevel', () => {
  it('should compare the latest measured wave with the one before, skipping hidden waves', () => {
    expect(csatChange([wave(1, 0.4667), wave(2, null), wave(3, 0.0769)])).toBe(-0.3898);
    expect(csatChange([wave(1, 0.5)])).toBeNull();
    // An open wave (one early "1") does not move the change: it is between closed waves.
    expect(csatChange([wave(1, 0.5), wave(2, 0.8), { ...wave(3, 0), provisional: true }])).toBe(0.3);
    expect(csatChange([])).toBeNull();
  });

  it('should read a CSAT against the replace (50%) and review (70%) thresholds', () => {
    expect(csatLevel(0.49)).toBe('low');
    expect(csatLevel(0.5)).toBe('mid');
    expect(csatLevel(0.7)).toBe('good');
    expect(csatLevel(null)).toBe('none');
  });
});

describe('trendChart', () => {
  const geometry = { height: 100, barWidth: 20, gap: 10, maxBars: 3 };

  it('should draw one bar per wave, as tall as its CSAT, left to right', () => {
    const chart = trendChart([wave(1, 0.25), wave(2, 1), wave(3, 0)], geometry);
    expect(chart.width).toBe(80);
    expect(chart.height).toBe(100);
    expect(chart.bars.map(({ x, y, width, height, level }) => ({ x, y, width, height, level }))).toEqual([
      { x: 0, y: 75, width: 20, height: 25, level: 'low' },
      { x: 30, y: 0, width: 20, height: 100, level: 'good' },
      // Measured at 0%: a sliver, so it does not read as "no data".
      { x: 60, y: 99, width: 20, height: 1, level: 'low' },
    ]);
    expect(chart.reviewLine).toBe(30);
    expect(chart.replaceLine).toBe(50);
  });

  it('should leave a wave without a shown CSAT empty and keep only the latest waves', () => {
    const chart = trendChart([wave(1, 0.9), wave(2, 0.8), wave(3, null), wave(4, 0.6)], geometry);
    expect(chart.hidden).toBe(1);
    expect(chart.bars.map((bar) => [bar.wave.wave, bar.height])).toEqual([
      [2, 80],
      [3, 0],
      [4, 60],
    ]);
  });

  it('should draw nothing without waves', () => {
    expect(trendChart([], geometry)).toEqual({
      width: 0,
      height: 100,
      bars: [],
      reviewLine: 30,
      replaceLine: 50,
      hidden: 0,
    });
  });
});

describe('correlationPosition', () => {
  it('should place -1 at the left, 0 in the middle and +1 at the right', () => {
    expect(correlationPosition(-1)).toBe(0);
    expect(correlationPosition(0)).toBe(50);
    expect(correlationPosition(0.42)).toBe(71);
    expect(correlationPosition(3)).toBe(100);
  });
});
