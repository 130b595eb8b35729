import { type ToolScorecardRowFragment, type ToolSignal } from '@salesops/portal/data-access';
import { type TranslationKey } from '@salesops/portal/i18n';

type Wave = ToolScorecardRowFragment['trend'][number];

/** REPLACE first: the tools that need a decision come before those that are fine. */
export const SIGNAL_ORDER: Readonly<Record<ToolSignal, number>> = { REPLACE: 0, REVIEW: 1, KEEP: 2 };
export const SIGNALS: readonly ToolSignal[] = ['REPLACE', 'REVIEW', 'KEEP'];

export function signalKey(signal: ToolSignal): TranslationKey {
  return `scorecard.signal.${signal}`;
}

/**
 * By severity of the signal, then the renewal that comes first (a decision is due before it;
 * tools without a date last), then by name.
 */
export function sortScorecards<
  T extends Pick<ToolScorecardRowFragment, 'signal'> & {
    tool: { name: string; daysToRenewal: number | null };
  },
>(rows: readonly T[]): T[] {
  const renewal = (row: T) => row.tool.daysToRenewal ?? Number.POSITIVE_INFINITY;
  return [...rows].sort(
    (a, b) =>
      SIGNAL_ORDER[a.signal] - SIGNAL_ORDER[b.signal] ||
      renewal(a) - renewal(b) ||
      a.tool.name.localeCompare(b.tool.name),
  );
}

export function countBySignal(
  rows: readonly Pick<ToolScorecardRowFragment, 'signal'>[],
): Record<ToolSignal, number> {
  const counts: Record<ToolSignal, number> = { REPLACE: 0, REVIEW: 0, KEEP: 0 };
  for (const row of rows) counts[row.signal]++;
  return counts;
}

/** Waves with a CSAT shown (anonymous waves below their threshold have none). */
export function measuredWaves(trend: readonly Wave[]): Wave[] {
  return trend.filter((wave) => wave.csat !== null);
}

/**
 * Change of CSAT from the wave before the latest, in points of share (-0.39 = 39 points less), between
 * closed waves only, as the verdict reads them: an open wave's few answers are provisional.
 */
export function csatChange(trend: readonly Wave[]): number | null {
  const measured = measuredWaves(trend).filter((wave) => !wave.provisional);
  if (measured.length < 2) return null;
  const latest = measured[measured.length - 1].csat as number;
  const previous = measured[measured.length - 2].csat as number;
  return Math.round((latest - previous) * 10_000) / 10_000;
}

/** How a CSAT reads against the scorecard's thresholds: below 50% replace, below 70% review. */
export type CsatLevel = 'low' | 'mid' | 'good' | 'none';

export function csatLevel(csat: number | null): CsatLevel {
  if (csat === null) return 'none';
  if (csat < 0.5) return 'low';
  return csat < 0.7 ? 'mid' : 'good';
}

export interface TrendGeometry {
  /** Height of the bar area in px (100% CSAT). */
  readonly height: number;
  readonly barWidth: number;
  readonly gap: number;
  /** At most this many waves, the latest ones. */
  readonly maxBars: number;
}

export const TREND_GEOMETRY: TrendGeometry = { height: 72, barWidth: 28, gap: 10, maxBars: 8 };

export interface TrendBar {
  readonly wave: Wave;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly level: CsatLevel;
}

export interface TrendChart {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly TrendBar[];
  /** y of the 70% line (the review threshold) and the 50% line (replace). */
  readonly reviewLine: number;
  readonly replaceLine: number;
  /** Older waves left out to keep the chart small. */
  readonly hidden: number;
}

/**
 * One bar per wave, height proportional to CSAT (0 to 100%). A wave without a shown CSAT gets no
 * height (drawn as an empty slot); a CSAT of 0 still gets a 1px sliver so it reads as "measured".
 */
export function trendChart(trend: readonly Wave[], geometry: TrendGeometry = TREND_GEOMETRY): TrendChart {
  const waves = trend.slice(-geometry.maxBars);
  const { height, barWidth, gap } = geometry;
  const bars = waves.map((wave, index): TrendBar => {
    const value = wave.csat === null ? 0 : Math.max(0, Math.min(1, wave.csat));
    const barHeight = wave.csat === null ? 0 : Math.max(1, Math.round(value * height * 10) / 10);
    return {
      wave,
      x: index * (barWidth + gap),
      y: Math.round((height - barHeight) * 10) / 10,
      width: barWidth,
      height: barHeight,
      level: csatLevel(wave.csat),
    };
  });
  return {
    width: Math.max(0, waves.length * (barWidth + gap) - gap),
    height,
    bars,
    reviewLine: Math.round(height * 0.3 * 10) / 10,
    replaceLine: Math.round(height * 0.5 * 10) / 10,
    hidden: trend.length - waves.length,
  };
}

/** Where the correlation sits on a -1..1 scale, as a left offset in percent (0 = -1, 100 = +1). */
export function correlationPosition(correlation: number): number {
  const clamped = Math.max(-1, Math.min(1, correlation));
  return Math.round((clamped + 1) * 500) / 10;
}
