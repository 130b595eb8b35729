export * from './lib/generated';
export { AuthService } from './lib/auth/auth.service';
export { FiscalCalendarService, type FiscalCalendarInfo } from './lib/calendar/fiscal-calendar.service';
export { keptWhile, keptWhileLoading } from './lib/resources/kept-while-loading';
export { authGuard, guestGuard, homePath, roleGuard } from './lib/auth/auth.guards';
export { canManageOrg, IMPORT_ROLES, ORG_ROLES, PIPELINE_ROLES } from './lib/auth/role';
export { type Session, SESSION_STORAGE_KEY, SessionStore } from './lib/auth/session.store';
export { GRAPHQL_PATH, isUnauthenticated, provideSalesOpsApollo } from './lib/apollo/apollo.providers';
export {
  errorCodeOf,
  type ErrorCode,
  type FieldErrors,
  graphQLErrorsOf,
  splitErrors,
  toFieldErrors,
} from './lib/errors/graphql-errors';
export { shownErrors, type ShownErrors } from './lib/errors/error-messages';
export { notDeletedLines } from './lib/errors/not-deleted-lines';
export { loadTeamOptions, type TeamOption } from './lib/teams/team-options';
export { type RepOption, searchRepOptions } from './lib/reps/rep-options';
export { IMPORTS_PATH, type UploadOutcome, uploadImportFile } from './lib/imports/upload-import';
export { type ParamKind, type ParamKinds, wordTemplated } from './lib/i18n/templated-text';
export { type DrillDown, dealsLinkParams, drillDownFromParams, lastDayOf } from './lib/drill-down/deals-link';
