/** One month of the chart: what was won, or the forecast's share of a month (P10/P50/P90 and the point). */
export interface ChartMonth {
  readonly month: string;
  readonly actual?: number | null;
  readonly p10?: number | null;
  readonly p50?: number | null;
  readonly p90?: number | null;
  readonly point?: number | null;
}

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface FanChartGeometry {
  readonly viewBox: string;
  /** The actuals as a line, month by month. */
  readonly history: string;
  /** The P10–P90 band as a closed polygon, opening from the last actual; '' without an interval. */
  readonly band: string;
  readonly p50: string;
  /** The method's point, dashed: '' when it has none. */
  readonly point: string;
  readonly xTicks: readonly { x: number; label: string }[];
  readonly yTicks: readonly { y: number; value: number }[];
  /** Where the forecast starts: a vertical rule. */
  readonly splitX: number | null;
  readonly baseline: number;
  /** The plot area's edges, for grid lines and labels. */
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

export const DEFAULT_BOX: ChartBox = { width: 720, height: 260, left: 64, right: 16, top: 12, bottom: 28 };

/** A phone-width chart: fewer units across, so its labels stay readable when scaled to the screen. */
export const COMPACT_BOX: ChartBox = { width: 360, height: 220, left: 52, right: 12, top: 10, bottom: 26 };

// Month labels need about this many units each; more months than fit are labelled every n-th.
const LABEL_UNITS = 90;

/**
 * The fan chart's shapes in SVG user units: months evenly across, values from 0 to a rounded maximum.
 * The band starts at the last actual so the fan visibly opens from what is known.
 */
export function fanChartGeometry(
  months: readonly ChartMonth[],
  box: ChartBox = DEFAULT_BOX,
): FanChartGeometry {
  const values = months.flatMap((m) => [m.actual, m.p90, m.p50, m.point]).filter(isNumber);
  const top = niceCeiling(Math.max(0, ...values));
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const step = months.length > 1 ? plotW / (months.length - 1) : 0;
  const x = (i: number) => round(box.left + (months.length > 1 ? i * step : plotW / 2));
  const y = (v: number) => round(box.top + plotH - (top > 0 ? (v / top) * plotH : 0));

  const actualIdx = months.map((m, i) => (isNumber(m.actual) ? i : -1)).filter((i) => i >= 0);
  const lastActual = actualIdx.at(-1);
  const bandIdx = months.map((m, i) => (isNumber(m.p10) && isNumber(m.p90) ? i : -1)).filter((i) => i >= 0);
  const anchor =
    lastActual !== undefined ? { x: x(lastActual), y: y(months[lastActual].actual as number) } : null;

  const upper = bandIdx.map((i) => `${x(i)},${y(months[i].p90 as number)}`);
  const lower = bandIdx.map((i) => `${x(i)},${y(months[i].p10 as number)}`).reverse();
  const band =
    bandIdx.length === 0
      ? ''
      : [...(anchor ? [`${anchor.x},${anchor.y}`] : []), ...upper, ...lower].join(' ');

  const line = (key: 'p50' | 'point') => {
    const idx = months.map((m, i) => (isNumber(m[key]) ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) return '';
    const points = idx.map((i) => `${x(i)},${y(months[i][key] as number)}`);
    return path([...(anchor ? [`${anchor.x},${anchor.y}`] : []), ...points]);
  };

  const firstForecast = months.findIndex((m) => isNumber(m.point) || isNumber(m.p50));
  const labelEvery = Math.max(1, Math.ceil(months.length / Math.max(2, Math.floor(plotW / LABEL_UNITS))));
  return {
    viewBox: `0 0 ${box.width} ${box.height}`,
    history: path(actualIdx.map((i) => `${x(i)},${y(months[i].actual as number)}`)),
    band,
    p50: line('p50'),
    point: line('point'),
    xTicks: months
      .map((m, i) => ({ x: x(i), label: m.month, i }))
      .filter(({ i }) => i % labelEvery === 0)
      .map(({ x: tx, label }) => ({ x: tx, label })),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ y: y(top * f), value: top * f })),
    splitX: firstForecast > 0 ? round((x(firstForecast - 1) + x(firstForecast)) / 2) : null,
    baseline: y(0),
    plot: { left: box.left, right: box.width - box.right, top: box.top, bottom: box.top + plotH },
  };
}

/** The months from the first through the last given (YYYY-MM), with none missing. */
export function monthRange(from: string, through: string): string[] {
  const out: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = Number(through.slice(0, 4)) * 12 + Number(through.slice(5, 7));
  while (year * 12 + month <= end && out.length < 240) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return out;
}

/** 1, 2, 2.5 or 5 times a power of ten, at least the value: axis maxima people can read. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) as number;
  return step * power;
}

function path(points: readonly string[]): string {
  return points.length === 0 ? '' : `M${points.join(' L')}`;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
