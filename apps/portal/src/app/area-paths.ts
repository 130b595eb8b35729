import { type CanMatchFn } from '@angular/router';

/**
 * The first segment of every address each area has a page (or a redirect) under. The shell offers the
 * areas on the empty path, and the router loads an area's chunk to see whether it has the page: without
 * this it fetched the areas listed before the one asked for, one after another, before the first page
 * (docs/benchmarks.md). `area-paths.spec.ts` checks the lists against the areas' routes.
 */
export const AREA_PATHS = {
  org: ['teams', 'reps', 'me', 'audit', 'api-keys'],
  pipeline: ['deals', 'imports', 'routing'],
  performance: ['dashboard', 'performance', 'comparison', 'reps', 'goals'],
  tools: ['tools', 'surveys', 'my-surveys'],
  compensation: ['my-pay', 'compensation', 'pay-periods'],
  forecasting: ['forecasts', 'my-forecast'],
} as const satisfies Record<string, readonly string[]>;

export type Area = keyof typeof AREA_PATHS;

/** Matches (and so loads) the area only for an address under one of its first segments. */
export function areaMatch(area: Area): CanMatchFn {
  const firsts: readonly string[] = AREA_PATHS[area];
  return (_route, segments) => segments.length > 0 && firsts.includes(segments[0].path);
}
