import { type TextTopic } from '@salesops/portal/data-access';

export interface Bucket {
  readonly label: string;
  readonly count: number;
}

export interface Bar {
  readonly label: string;
  readonly count: number;
  /** count / all counts, 0..1 (for the label). */
  readonly share: number;
  /** count / the largest count, 0..100 (for the bar's length, so the longest bar fills the track). */
  readonly size: number;
}

/** Bars for a distribution: shares of the total, lengths relative to the largest bucket. */
export function bars(buckets: readonly Bucket[]): Bar[] {
  const total = buckets.reduce((sum, b) => sum + Math.max(0, b.count), 0);
  const max = buckets.reduce((m, b) => Math.max(m, b.count), 0);
  return buckets.map((b) => ({
    label: b.label,
    count: b.count,
    share: total > 0 ? b.count / total : 0,
    size: max > 0 ? round2((Math.max(0, b.count) / max) * 100) : 0,
  }));
}

export type NpsGroup = 'detractors' | 'passives' | 'promoters';

/** 0-6 detractor, 7-8 passive, 9-10 promoter. */
export function npsGroupOf(score: number): NpsGroup {
  if (score >= 9) return 'promoters';
  if (score >= 7) return 'passives';
  return 'detractors';
}

export interface NpsSegment {
  readonly group: NpsGroup;
  readonly count: number;
  readonly share: number;
  /** Width in %, the three adding up to exactly 100 (0 each without answers). */
  readonly width: number;
}

/** The stacked bar of an NPS question, detractors to promoters, widths adding up to 100. */
export function npsSegments(nps: { promoters: number; passives: number; detractors: number }): NpsSegment[] {
  const counts: [NpsGroup, number][] = [
    ['detractors', nps.detractors],
    ['passives', nps.passives],
    ['promoters', nps.promoters],
  ];
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return counts.map(([group, count]) => ({ group, count, share: 0, width: 0 }));
  const widths = counts.map(([, n]) => round2((n / total) * 100));
  // Rounding may leave the sum a hair off 100; the largest segment absorbs it.
  const drift = round2(100 - widths.reduce((a, b) => a + b, 0));
  const largest = widths.indexOf(Math.max(...widths));
  widths[largest] = round2(widths[largest] + drift);
  return counts.map(([group, count], i) => ({ group, count, share: count / total, width: widths[i] }));
}

export interface TextGroups<T> {
  readonly likes: T[];
  readonly dislikes: T[];
  readonly other: T[];
}

/** Free-text answers by what they are about; an answer without a topic counts as other. */
export function groupTexts<T extends { topic: TextTopic | null }>(texts: readonly T[]): TextGroups<T> {
  const groups: TextGroups<T> = { likes: [], dislikes: [], other: [] };
  for (const text of texts) {
    if (text.topic === 'LIKES') groups.likes.push(text);
    else if (text.topic === 'DISLIKES') groups.dislikes.push(text);
    else groups.other.push(text);
  }
  return groups;
}

/** The same text said several times, once with its count, most said first (ties keep their order). */
export function tally<T extends { text: string }>(
  texts: readonly T[],
): { text: string; count: number; items: T[] }[] {
  const byText = new Map<string, { text: string; count: number; items: T[] }>();
  for (const item of texts) {
    const key = item.text.trim().toLowerCase();
    const entry = byText.get(key);
    if (entry) {
      entry.count++;
      entry.items.push(item);
    } else byText.set(key, { text: item.text.trim(), count: 1, items: [item] });
  }
  return [...byText.values()].sort((a, b) => b.count - a.count);
}

// ---- The trend of a series: one line per tool across waves ----

export interface TrendWave {
  readonly surveyId: string;
  readonly wave: number;
}

export interface TrendLine {
  readonly key: string;
  readonly label: string;
  /** One value per wave, null where that wave has none. */
  readonly values: readonly (number | null)[];
}

export interface TrendPoint {
  readonly x: number;
  readonly y: number;
  readonly value: number;
  readonly wave: number;
}

export interface PlottedLine {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly points: readonly TrendPoint[];
  /** SVG polyline `points`: consecutive waves with a value are joined. */
  readonly path: string;
}

export interface TrendFrame {
  readonly width: number;
  readonly height: number;
  readonly padLeft: number;
  readonly padRight: number;
  readonly padTop: number;
  readonly padBottom: number;
}

export const TREND_FRAME: TrendFrame = {
  width: 320,
  height: 150,
  padLeft: 34,
  padRight: 12,
  padTop: 10,
  padBottom: 24,
};
export const TREND_COLORS = [
  '#1565c0',
  '#c62828',
  '#2e7d32',
  '#ef6c00',
  '#6a1b9a',
  '#00838f',
  '#5d4037',
  '#ad1457',
];

/** x of wave `i` of `n`, evenly spaced inside the frame; a single wave sits in the middle. */
export function trendX(i: number, n: number, frame: TrendFrame = TREND_FRAME): number {
  const inner = frame.width - frame.padLeft - frame.padRight;
  return round2(n <= 1 ? frame.padLeft + inner / 2 : frame.padLeft + (inner * i) / (n - 1));
}

/** y of a value within [min, max], max at the top. */
export function trendY(value: number, min: number, max: number, frame: TrendFrame = TREND_FRAME): number {
  const inner = frame.height - frame.padTop - frame.padBottom;
  const clamped = Math.min(max, Math.max(min, value));
  return round2(frame.padTop + inner * (1 - (clamped - min) / (max - min || 1)));
}

/** Points and polyline paths for lines over `waves`, values scaled to [min, max]. */
export function plotTrend(
  waves: readonly TrendWave[],
  lines: readonly TrendLine[],
  min: number,
  max: number,
  frame: TrendFrame = TREND_FRAME,
): PlottedLine[] {
  return lines.map((line, index) => {
    const points: TrendPoint[] = [];
    line.values.forEach((value, i) => {
      if (value === null || value === undefined || i >= waves.length) return;
      points.push({
        x: trendX(i, waves.length, frame),
        y: trendY(value, min, max, frame),
        value,
        wave: waves[i].wave,
      });
    });
    return {
      key: line.key,
      label: line.label,
      color: TREND_COLORS[index % TREND_COLORS.length],
      points,
      path: points.map((p) => `${p.x},${p.y}`).join(' '),
    };
  });
}

export interface ScorecardTrend {
  readonly tool: { readonly id: string; readonly name: string };
  readonly trend: readonly {
    readonly surveyId: string;
    readonly wave: number;
    readonly csat: number | null;
    readonly nps: number | null;
  }[];
}

export interface SeriesTrend {
  readonly waves: TrendWave[];
  /** CSAT share 0..100 per tool. */
  readonly csat: TrendLine[];
  /** NPS -100..100 per tool. */
  readonly nps: TrendLine[];
}

/**
 * A series' trend from the tool scorecard: the waves of the series (by wave number) that the
 * scorecard knows, and for each tool with a value a CSAT line and an NPS line.
 */
export function seriesTrend(
  seriesSurveyIds: ReadonlySet<string>,
  scorecard: readonly ScorecardTrend[],
): SeriesTrend {
  const waveOf = new Map<string, number>();
  for (const card of scorecard)
    for (const entry of card.trend)
      if (seriesSurveyIds.has(entry.surveyId)) waveOf.set(entry.surveyId, entry.wave);
  const waves = [...waveOf.entries()]
    .map(([surveyId, wave]) => ({ surveyId, wave }))
    .sort((a, b) => a.wave - b.wave);
  const csat: TrendLine[] = [];
  const nps: TrendLine[] = [];
  for (const card of [...scorecard].sort((a, b) => a.tool.name.localeCompare(b.tool.name))) {
    const pick = (metric: 'csat' | 'nps', scale: number) =>
      waves.map((w) => {
        const value = card.trend.find((t) => t.surveyId === w.surveyId)?.[metric];
        return value === null || value === undefined ? null : round2(value * scale);
      });
    const csatValues = pick('csat', 100);
    const npsValues = pick('nps', 1);
    const line = (values: (number | null)[]) => ({ key: card.tool.id, label: card.tool.name, values });
    if (csatValues.some((v) => v !== null)) csat.push(line(csatValues));
    if (npsValues.some((v) => v !== null)) nps.push(line(npsValues));
  }
  return { waves, csat, nps };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
