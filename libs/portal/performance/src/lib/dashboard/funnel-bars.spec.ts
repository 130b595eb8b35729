import { funnelBars } from './funnel-bars';

describe('funnelBars', () => {
  const step = (position: number, entered: number, advanced: number, lostHere = 0, openHere = 0) => ({
    stageId: `s${position}`,
    stageName: `Stage ${position}`,
    position,
    entered,
    advanced,
    conversionRate: entered > 0 ? advanced / entered : null,
    lostHere,
    openHere,
  });

  it('should scale every bar to the widest, in funnel order, and close with the won deals', () => {
    const bars = funnelBars({ won: 250, steps: [step(2, 800, 250, 400, 150), step(1, 1000, 800, 0, 200)] });

    expect(bars.map((bar) => [bar.stageName, bar.entered, bar.widthPct])).toEqual([
      ['Stage 1', 1000, 100],
      ['Stage 2', 800, 80],
      [null, 250, 25],
    ]);
    expect(bars[1]).toMatchObject({ conversionRate: 0.3125, lostHere: 400, openHere: 150, weakest: true });
    expect(bars[0].weakest).toBe(false);
    expect(bars[2].conversionRate).toBeNull();
  });

  it('should draw a thin bar for a handful of deals rather than none, and nothing for zero', () => {
    const bars = funnelBars({ won: 0, steps: [step(1, 10000, 1), step(2, 1, 0)] });

    expect(bars.map((bar) => bar.widthPct)).toEqual([100, 2, 0]);
    expect(bars[2].conversionRate).toBeNull();
  });

  it('should mark no weakest stage with a single stage, and draw nothing without stages', () => {
    expect(funnelBars({ won: 1, steps: [step(1, 2, 1)] }).some((bar) => bar.weakest)).toBe(false);
    expect(funnelBars({ won: 0, steps: [] })).toEqual([]);
    expect(funnelBars({ won: 0, steps: [step(1, 0, 0)] }).map((bar) => bar.widthPct)).toEqual([0, 0]);
  });
});
