import { type Role } from '@salesops/portal/data-access';
import { type TranslationKey } from '@salesops/portal/i18n';

export interface NavLink {
  readonly label: TranslationKey;
  readonly path: string;
  readonly testId: string;
  /** Active only on this exact path (a parent of another link's path). */
  readonly exact?: boolean;
  /** A page served by the API, not the portal (the API explorer): opened in a new tab. */
  readonly newTab?: boolean;
}

export interface NavGroup {
  readonly heading: TranslationKey;
  readonly links: readonly NavLink[];
}

export interface NavSections {
  readonly groups: readonly NavGroup[];
  /** Areas still being built: shown disabled with a "soon" label, so users see what is coming. */
  readonly soon: readonly TranslationKey[];
}

const TEAMS: NavLink = { label: 'nav.teams', path: '/teams', testId: 'nav-teams' };
const REPS: NavLink = { label: 'nav.reps', path: '/reps', testId: 'nav-reps' };
const PERFORMANCE: NavLink = { label: 'nav.performance', path: '/performance', testId: 'nav-performance' };
const DASHBOARD: NavLink = { label: 'nav.dashboard', path: '/dashboard', testId: 'nav-dashboard' };
const COMPARISON: NavLink = { label: 'nav.comparison', path: '/comparison', testId: 'nav-comparison' };
const GOALS: NavLink = { label: 'nav.goals', path: '/goals', testId: 'nav-goals' };
const PAY_PERIODS: NavLink = {
  label: 'nav.payPeriods',
  path: '/compensation/pay-periods',
  testId: 'nav-pay-periods',
};
const ROUTING: NavLink = { label: 'nav.routing', path: '/routing', testId: 'nav-routing' };
const AUDIT: NavLink = { label: 'nav.audit', path: '/audit', testId: 'nav-audit' };
const API_KEYS: NavLink = { label: 'nav.apiKeys', path: '/api-keys', testId: 'nav-api-keys' };
const API_EXPLORER: NavLink = {
  label: 'nav.apiExplorer',
  path: '/graphiql',
  testId: 'nav-api-explorer',
  newTab: true,
};
const TOOLS: NavLink = { label: 'nav.salesTools', path: '/tools', testId: 'nav-tools', exact: true };
const SCORECARD: NavLink = { label: 'nav.scorecard', path: '/tools/scorecard', testId: 'nav-scorecard' };
const SURVEYS: NavLink = { label: 'nav.surveys', path: '/surveys', testId: 'nav-surveys' };
const DEALS: NavLink = { label: 'nav.deals', path: '/deals', testId: 'nav-deals' };
const IMPORTS: NavLink = { label: 'nav.imports', path: '/imports', testId: 'nav-imports' };

const COMP_STATEMENTS: NavLink = {
  label: 'nav.compStatements',
  path: '/compensation',
  testId: 'nav-comp-statements',
  exact: true,
};
const COMP_DISPUTES: NavLink = {
  label: 'nav.compDisputes',
  path: '/compensation/disputes',
  testId: 'nav-comp-disputes',
};
const COMP_PLANS: NavLink = { label: 'nav.compPlans', path: '/compensation/plans', testId: 'nav-comp-plans' };

const FORECASTS: NavLink = { label: 'nav.forecasts', path: '/forecasts', testId: 'nav-forecasts' };

const REP_NAV: NavSections = {
  groups: [
    {
      heading: 'nav.menu',
      links: [
        { label: 'nav.me', path: '/me', testId: 'nav-me' },
        { label: 'nav.myPerformance', path: '/performance', testId: 'nav-performance' },
        { label: 'nav.myGoals', path: '/goals', testId: 'nav-goals' },
        { label: 'nav.mySurveys', path: '/my-surveys', testId: 'nav-my-surveys' },
        { label: 'nav.myPay', path: '/my-pay', testId: 'nav-my-pay' },
        { label: 'nav.myForecast', path: '/my-forecast', testId: 'nav-my-forecast' },
      ],
    },
  ],
  soon: [],
};

/** The sidenav for a role; pages hidden here are guarded by their routes too. */
export function navFor(role: Role | null): NavSections {
  if (role === 'REP') return REP_NAV;
  return {
    groups: [
      {
        heading: 'nav.performanceArea',
        links: [DASHBOARD, PERFORMANCE, COMPARISON, GOALS, FORECASTS],
      },
      {
        heading: 'nav.org',
        links: role === 'ADMIN' ? [TEAMS, REPS, AUDIT, API_KEYS, API_EXPLORER] : [TEAMS, REPS],
      },
      { heading: 'nav.pipeline', links: role === 'ADMIN' ? [DEALS, IMPORTS, ROUTING] : [DEALS] },
      { heading: 'nav.toolsArea', links: role === 'ADMIN' ? [TOOLS, SCORECARD, SURVEYS] : [TOOLS] },
      {
        heading: 'nav.compensation',
        links:
          role === 'ADMIN'
            ? [COMP_STATEMENTS, COMP_DISPUTES, COMP_PLANS, PAY_PERIODS]
            : [COMP_STATEMENTS, COMP_DISPUTES, COMP_PLANS],
      },
    ],
    soon: [],
  };
}
