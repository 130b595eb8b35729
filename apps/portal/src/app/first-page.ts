import { type UrlTree } from '@angular/router';
import { type Role } from '@salesops/portal/data-access';
import { homePath } from '@salesops/portal/data-access/session';

import { type Area } from './area-paths';
import { AREA_ROUTES, areasUnder } from './area-routes';

/**
 * The areas a signed-in user's first page needs: those of the address asked for, or of the start page for
 * the empty one (the shell redirects it there).
 */
export function firstPageAreas(url: UrlTree, role: Role | null): Area[] {
  const first = url.root.children['primary']?.segments[0]?.path;
  return areasUnder(first ?? homePath(role).split('/')[1]);
}

/**
 * Starts fetching the shell's routes and the first page's area at once, while Angular starts. Left to the
 * router they come one after the other (the area only once the shell's routes have run), and each brings
 * its shared chunks only when it has been read: waves of requests before the first paint
 * (docs/benchmarks.md). A failure is left for the router to meet and report.
 */
export function prefetchFirstPage(url: UrlTree, role: Role | null): void {
  import('./shell/shell.routes').catch(() => undefined);
  for (const area of firstPageAreas(url, role)) AREA_ROUTES[area]().catch(() => undefined);
}
