import { type StageConversion } from './dashboard-model';

export interface FunnelBar {
  readonly key: string;
  /** The stage's name; null for the closing "won" bar. */
  readonly stageName: string | null;
  readonly entered: number;
  /** Bar width, 0-100, scaled to the widest bar; a stage anyone entered is never drawn thinner than 2. */
  readonly widthPct: number;
  /** Share that went on to the next bar; null for the won bar and for a stage no deal entered. */
  readonly conversionRate: number | null;
  readonly advanced: number;
  readonly lostHere: number;
  readonly openHere: number;
  /** The stage that loses the largest share of its deals (only when two or more can be compared). */
  readonly weakest: boolean;
}

/** The stages in funnel order as centred bars, then the won deals as the last bar. */
export function funnelBars(conversion: Pick<StageConversion, 'steps' | 'won'>): FunnelBar[] {
  const steps = [...conversion.steps].sort((a, b) => a.position - b.position);
  if (steps.length === 0) return [];
  const max = Math.max(conversion.won, ...steps.map((step) => step.entered));
  const width = (count: number) =>
    max <= 0 || count <= 0 ? 0 : Math.max(2, Math.round((count / max) * 1000) / 10);
  const rated = steps.filter((step) => step.entered > 0 && step.conversionRate !== null);
  const weakest =
    rated.length >= 2
      ? rated.reduce((low, step) =>
          (step.conversionRate as number) < (low.conversionRate as number) ? step : low,
        )
      : null;
  const bars: FunnelBar[] = steps.map((step) => ({
    key: step.stageId,
    stageName: step.stageName,
    entered: step.entered,
    widthPct: width(step.entered),
    conversionRate: step.entered > 0 ? step.conversionRate : null,
    advanced: step.advanced,
    lostHere: step.lostHere,
    openHere: step.openHere,
    weakest: step === weakest,
  }));
  bars.push({
    key: 'won',
    stageName: null,
    entered: conversion.won,
    widthPct: width(conversion.won),
    conversionRate: null,
    advanced: 0,
    lostHere: 0,
    openHere: 0,
    weakest: false,
  });
  return bars;
}
