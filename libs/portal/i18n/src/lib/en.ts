// The common texts: the shell, shared pieces and data-access (app, navigation, errors, roles, sign-in, shared
// labels). Each area keeps its own texts in libs/portal/<area>/src/lib/i18n; other languages match key for key.
export const en = {
  'app.name': 'Sales Ops',
  'app.tagline': 'Goals, performance and pay for your sales team',

  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.confirm': 'Confirm',
  'common.close': 'Close',
  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.search': 'Search',
  'common.all': 'All',
  'common.none': 'None',
  'common.actions': 'Actions',
  'common.edit': 'Edit',
  'common.previous': 'Previous',
  'common.next': 'Next',
  'common.total': '{count} in total',
  'common.page': 'Page {page}',
  'common.sortBy': 'Sort by',
  'common.ascending': 'Ascending',
  'common.descending': 'Descending',
  'common.soon': 'soon',
  'common.empty': 'Nothing to show yet.',
  'common.noMatch': 'Nothing matches your search.',
  'common.exportCsv': 'Export CSV',
  'common.exporting': 'Exporting {count} of {total}…',
  'common.exportCapped': 'Only the first {count} rows were exported.',

  'error.generic': 'Something went wrong. Please try again.',
  'error.network': 'The server cannot be reached. Check your connection and try again.',
  'error.unavailable': 'The server is briefly unavailable. Nothing was lost; try again in a few seconds.',
  'error.tooMany': 'Too many requests in a short time. Wait a moment, then try again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'This record no longer exists.',
  'error.conflict': 'This conflicts with an existing record.',
  'error.badInput': 'Some fields need your attention.',
  'error.required': 'Required',

  'role.ADMIN': 'Administrator',
  'role.MANAGER': 'Manager',
  'role.REP': 'Sales rep',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ko': '한국어',
  'lang.loadFailed': 'The texts in {lang} could not be loaded. Check the connection and try again.',

  'auth.title': 'Sign in',
  'auth.subtitle': 'Use the work email your sales ops team registered.',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.submit': 'Sign in',
  'auth.signingIn': 'Signing in…',
  'auth.invalid': 'Wrong email or password.',
  'auth.logout': 'Sign out',
  'auth.sessionEnded': 'Your session has ended. Please sign in again.',

  'nav.label': 'Main navigation',
  'nav.menu': 'Menu',
  'nav.org': 'Organisation',
  'nav.analytics': 'Coming next',
  'nav.teams': 'Teams',
  'nav.reps': 'Reps',
  'nav.performance': 'Leaderboard',
  'nav.goals': 'Goals',
  'nav.forecasts': 'Forecasts',
  'nav.compensation': 'Compensation',
  'nav.salesTools': 'Tool inventory',
  'nav.audit': 'Audit',
  'nav.me': 'My profile',
  'nav.myGoals': 'My goals',
  'nav.myPay': 'My pay',
  'nav.mySurveys': 'My surveys',
  'nav.pipeline': 'Pipeline',
  'nav.deals': 'Deals',
  'nav.imports': 'Imports',
  'nav.apiKeys': 'API keys',
  'nav.apiExplorer': 'API explorer',
  'nav.opensInNewTab': 'opens in a new tab',
  'nav.scorecard': 'Tool scorecard',
  'nav.surveys': 'Surveys',
  'nav.toolsArea': 'Sales tools',
  'nav.dashboard': 'Dashboard',
  'nav.comparison': 'Comparison',
  'nav.routing': 'Lead routing',
  'nav.performanceArea': 'Performance',
  'nav.myPerformance': 'My performance',

  'stage.OPEN': 'Open',
  'stage.WON': 'Won',
  'stage.LOST': 'Lost',
  'deals.lostListPrice': "Lost: the CRM records no amount; this is the product's list price",
  'imports.chooseFile': 'Choose a CSV file',
  'imports.noFile': 'No file chosen',
  'imports.noHeader': 'The file has no header row to map.',
  'imports.notInFile': 'Not in the file',
  'imports.currency': 'Currency',
  'imports.preview': 'Preview',
  'goals.metric.WON_REVENUE': 'Won revenue',
  'goals.metric.NEW_PIPELINE': 'New pipeline',
  'goals.metric.DEALS_WON': 'Deals won',
  'goals.kind.team': 'Team',
  'goals.kind.rep': 'Rep',
  'nav.payPeriods': 'Pay periods',

  'nav.compStatements': 'Statements',
  'nav.compDisputes': 'Pay questions',
  'nav.compPlans': 'Comp plans',

  'nav.myForecast': 'My forecast',
  'forecast.method.NAIVE': 'Naive (last month)',
  'forecast.method.SEASONAL_NAIVE': 'Seasonal naive (a year ago)',
  'forecast.method.DRIFT': 'Drift',
  'forecast.method.HOLT': 'Holt (trend)',
  'forecast.method.DAMPED_HOLT': 'Damped Holt',
  'forecast.method.HOLT_WINTERS': 'Holt-Winters (trend and season)',
  'forecast.method.STAGE_WEIGHTED': 'Stage-weighted pipeline',
  'forecast.method.PIPELINE_SIMULATION': 'Pipeline simulation',
  'forecast.note.period.MONTH': 'month',
  'forecast.note.period.QUARTER': 'quarter',
  'forecast.note.period.YEAR': 'year',

  'access.forAdmins.toMe': 'That page is for admins; you were brought to your profile.',
  'access.forAdmins.toDashboard': 'That page is for admins; you were brought to the dashboard.',
  'access.forStaff.toMe': 'That page is for admins and managers; you were brought to your profile.',
  'access.forReps.toDashboard': 'That page is for sales reps; you were brought to the dashboard.',
  'access.elsewhere': 'That page is not open to your role; you were brought to your start page.',

  'notFound.title': 'Page not found',
  'notFound.text': 'The page you asked for does not exist.',
  'notFound.home': 'Go to the start page',
} as const;

/**
 * The keys of each set of texts, by area. An area adds its own with a module augmentation beside its English
 * (`declare module '@salesops/portal/i18n' { interface AreaKeys { org: keyof typeof orgEn } }`), so this
 * library never imports an area, and an area's code sees the common keys and its own.
 */
export interface AreaKeys {
  common: keyof typeof en;
}

/** Every key the compiled code may show: the common keys and those of each area compiled with it. */
export type TranslationKey = AreaKeys[keyof AreaKeys];

/** The same keys as `T` (an English dictionary), each with its text: a missing or an extra key is a compile error. */
export type TextsOf<T> = { readonly [K in keyof T]: string };
