import { niceCeiling, TREND_BOX, trendGeometry } from './trend-chart';

describe('trendGeometry', () => {
  const point = (value: number | null, ref: number | null = null, label = 'x') => ({
    label,
    tick: label,
    value,
    ref,
  });

  it('should scale bars from zero to a round top above the largest value or goal', () => {
    const g = trendGeometry([point(50), point(100, 150), point(null)]);
    const { top, bottom } = g.plot;
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 50, 100, 150, 200]);
    expect(g.bars[0].height).toBeCloseTo((bottom - top) / 4, 0);
    expect(g.bars[1].y).toBeCloseTo(bottom - (bottom - top) / 2, 0);
    expect(g.bars[1].refY).toBeCloseTo(bottom - ((bottom - top) * 3) / 4, 0);
    expect(g.bars[2]).toMatchObject({ height: 0, y: bottom, refY: null });
  });

  it('should place bars in equal slots across the plot, in order', () => {
    const g = trendGeometry([point(1), point(2), point(3), point(4)]);
    const slot = (TREND_BOX.width - TREND_BOX.right - TREND_BOX.left) / 4;
    expect(g.bars[1].x - g.bars[0].x).toBeCloseTo(slot, 0);
    expect(g.bars[3].x + g.bars[3].width).toBeLessThanOrEqual(g.plot.right);
    expect(g.bars[0].x).toBeGreaterThanOrEqual(g.plot.left);
  });

  it('should keep an all-zero trend drawable and label at most about 13 ticks', () => {
    const zeros = trendGeometry([point(0), point(0)]);
    expect(zeros.yTicks.at(-1)?.value).toBe(1);
    expect(zeros.bars.every((bar) => bar.height === 0)).toBe(true);
    const weeks = trendGeometry(Array.from({ length: 53 }, (_, i) => point(i, null, `W${i + 1}`)));
    expect(weeks.bars.filter((bar) => bar.tick !== '').length).toBeLessThanOrEqual(14);
    expect(weeks.bars[0].tick).toBe('W1');
  });

  it('should round a top up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1, 1.2, 2.2, 4, 7, 120, 250, 251].map(niceCeiling)).toEqual([
      1, 1, 2, 2.5, 5, 10, 200, 250, 500,
    ]);
  });
});
