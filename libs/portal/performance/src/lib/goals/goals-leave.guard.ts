import { type CanDeactivateFn } from '@angular/router';

import { type GoalsPageComponent } from './goals-page.component';

/**
 * Asks before leaving the goals page with unsaved changes (wired in performance.routes.ts:
 * `canDeactivate: [goalsLeaveGuard]`).
 * (Closing or reloading the tab is covered by the page's own beforeunload handler.)
 */
export const goalsLeaveGuard: CanDeactivateFn<GoalsPageComponent> = (page) => page.confirmLeave();
