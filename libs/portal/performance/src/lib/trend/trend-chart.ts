/** The drawing area of a chart in viewBox units: the plot sits inside the margins. */
export interface TrendBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const TREND_BOX: TrendBox = { width: 720, height: 240, left: 64, right: 12, top: 12, bottom: 28 };
export const TREND_BOX_COMPACT: TrendBox = {
  width: 360,
  height: 220,
  left: 52,
  right: 8,
  top: 10,
  bottom: 26,
};

export interface TrendBar {
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  /** Where the point's reference (its goal, or 100% attainment) sits; null without one. */
  readonly refY: number | null;
  readonly label: string;
  /** Short x-axis text; empty where labels would crowd (weeks). */
  readonly tick: string;
}

export interface TrendGeometry {
  readonly viewBox: string;
  readonly plot: { left: number; right: number; top: number; bottom: number };
  readonly yTicks: readonly { y: number; value: number }[];
  readonly bars: readonly TrendBar[];
}

/**
 * Bars for one value per period (null draws no bar), with each period's reference mark. The y axis starts at
 * 0 and ends at a round number above the largest value or reference, so a goal above every bar still shows.
 */
export function trendGeometry(
  points: readonly { label: string; tick: string; value: number | null; ref: number | null }[],
  box: TrendBox = TREND_BOX,
): TrendGeometry {
  const plot = {
    left: box.left,
    right: box.width - box.right,
    top: box.top,
    bottom: box.height - box.bottom,
  };
  const highest = Math.max(0, ...points.flatMap((p) => [p.value ?? 0, p.ref ?? 0]));
  const top = highest > 0 ? niceCeiling(highest) : 1;
  const y = (value: number) => round(plot.bottom - (Math.max(0, value) / top) * (plot.bottom - plot.top));
  const slot = points.length === 0 ? 0 : (plot.right - plot.left) / points.length;
  const width = round(slot * 0.7);
  const labelEvery = Math.max(1, Math.ceil(points.length / 13));
  return {
    viewBox: `0 0 ${box.width} ${box.height}`,
    plot,
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({ y: y(top * share), value: top * share })),
    bars: points.map((p, i) => {
      const barTop = p.value === null ? plot.bottom : y(p.value);
      return {
        x: round(plot.left + slot * i + (slot - width) / 2),
        width,
        y: barTop,
        height: round(plot.bottom - barTop),
        refY: p.ref === null ? null : y(p.ref),
        label: p.label,
        tick: i % labelEvery === 0 ? p.tick : '',
      };
    }),
  };
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `value`. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value - 1e-9) ?? 10;
  return step * power;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
