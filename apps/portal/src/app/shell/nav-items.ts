import { type Role } from '@salesops/portal/data-access';
import { type TranslationKey } from '@salesops/portal/i18n';

export interface NavLink {
  readonly label: TranslationKey;
  readonly path: string;
  readonly testId: string;
}

export interface NavSections {
  readonly heading: TranslationKey;
  readonly links: readonly NavLink[];
  /** Areas still being built: shown disabled with a "soon" label, so users see what is coming. */
  readonly soon: readonly TranslationKey[];
}

const ORG_NAV: NavSections = {
  heading: 'nav.org',
  links: [
    { label: 'nav.teams', path: '/teams', testId: 'nav-teams' },
    { label: 'nav.reps', path: '/reps', testId: 'nav-reps' },
  ],
  soon: ['nav.performance', 'nav.goals', 'nav.forecasts', 'nav.compensation', 'nav.salesTools', 'nav.audit'],
};

const REP_NAV: NavSections = {
  heading: 'nav.menu',
  links: [{ label: 'nav.me', path: '/me', testId: 'nav-me' }],
  soon: ['nav.myGoals', 'nav.myPay', 'nav.mySurveys'],
};

export function navFor(role: Role | null): NavSections {
  return role === 'REP' ? REP_NAV : ORG_NAV;
}
