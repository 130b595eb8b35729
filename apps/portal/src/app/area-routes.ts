import { type LoadChildrenCallback } from '@angular/router';

import { type Area, AREA_PATHS } from './area-paths';

/**
 * Each area's routes, fetched when first needed. The shell's routes load them; the start of a signed-in
 * visit (first-page.ts) calls the same function ahead of the router, so both share one chunk and one fetch.
 */
export const AREA_ROUTES = {
  org: () => import('@salesops/portal/org').then((m) => m.orgRoutes),
  pipeline: () => import('@salesops/portal/pipeline').then((m) => m.pipelineRoutes),
  performance: () => import('@salesops/portal/performance').then((m) => m.performanceRoutes),
  tools: () => import('@salesops/portal/tools').then((m) => m.toolsRoutes),
  compensation: () => import('@salesops/portal/compensation').then((m) => m.compensationRoutes),
  forecasting: () => import('@salesops/portal/forecasting').then((m) => m.forecastingRoutes),
} as const satisfies Record<Area, LoadChildrenCallback>;

/** The areas with a page under a first segment (`reps` is in two), in the order the shell offers them. */
export function areasUnder(firstSegment: string): Area[] {
  return (Object.keys(AREA_PATHS) as Area[]).filter((area) =>
    (AREA_PATHS[area] as readonly string[]).includes(firstSegment),
  );
}
