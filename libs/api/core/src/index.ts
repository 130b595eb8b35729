export { AppConfig, type DatabaseMode } from './lib/config/app-config';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './lib/database/embedded-postgres';
export { AppError } from './lib/errors/app-error';
export { ErrorCode, type FieldError } from './lib/errors/error-code';
export { AppErrorFilter } from './lib/errors/app-error.filter';
export { formatGraphQLError } from './lib/errors/format-graphql-error';
export { LOCKED_SQLSTATE, lockedByDatabase, withLockedField } from './lib/errors/locked-by-database';
export { isDatabaseUnavailable } from './lib/errors/database-unavailable';
export { createValidationPipe, toFieldErrors } from './lib/errors/validation-pipe';
export {
  Connection,
  MAX_PAGE_SIZE,
  PageArgs,
  PageInfo,
  type ConnectionResult,
  type Edge,
  mapNodes,
} from './lib/pagination/connection';
export { paginate, type KeysetSort, type PageRequest, type SortValueType } from './lib/pagination/paginate';
export { paginateRows, type PageClauses, type PagedRow, type RowsSort } from './lib/pagination/paginate-rows';
export { SortDirection } from './lib/pagination/sort-direction';
export { AuthGuard, bearerToken } from './lib/auth/auth.guard';
export { CurrentPrincipal } from './lib/auth/current-principal.decorator';
export { PRINCIPAL_RESOLVER, type Principal, type PrincipalResolver } from './lib/auth/principal';
export { Role } from './lib/auth/role';
export { KeyAccess, type KeyArea, Public, Roles } from './lib/auth/roles.decorator';
export {
  requestOf,
  requestScoped,
  type AppRequest,
  type GraphQLContext,
} from './lib/graphql/request-context';
export {
  MAX_ALIASES,
  MAX_ANONYMOUS_TOKENS,
  MAX_QUERY_DEPTH,
  MAX_TOKENS,
  QUERY_LIMIT_RULES,
} from './lib/graphql/query-limits';
export { documentShapeMiddleware } from './lib/graphql/document-shape.middleware';
export { SelectedFields, selectedFields } from './lib/graphql/selects';
export { answerPreloadedFields, preloadedValue, withPreloaded } from './lib/graphql/preloaded';
export { CompiledExecution } from './lib/graphql/compiled-execution';
export {
  allOf,
  empty as emptySql,
  joinSql,
  query as runSql,
  queryReturning as runSqlReturning,
  selectedColumns,
  sql,
  SqlFragment,
} from './lib/database/sql';
export { Trim } from './lib/validation/trim';
export { UuidArg } from './lib/validation/uuid-arg';
export { DATE_FORMAT_TEXT, DATE_TIME_FORMAT_TEXT, IsCalendarDate, IsDateTime } from './lib/validation/dates';
export { IsPeriodKey, PeriodKeyArg, periodKeyDescription } from './lib/validation/period-key';
export { DateTimeScalar, SCALARS_MAP } from './lib/validation/date-time.scalar';
export { RejectNulPipe } from './lib/validation/reject-nul.pipe';
export { likePattern } from './lib/pagination/like-pattern';
export { RequestPolicyPlugin } from './lib/graphql/request-policy.plugin';
export { MAX_QUERY_COST, queryCost, usesIntrospection } from './lib/graphql/query-cost';
export { inTransaction, RETRYABLE_SQLSTATES } from './lib/database/in-transaction';
export { parseTimestamptz, PG_TYPES } from './lib/database/timestamp-parser';
export { AuditModule, AUDIT_RESOLVERS } from './lib/audit/audit.module';
export { AuditService, type AuditChange } from './lib/audit/audit.service';
export { AuditEventEntity } from './lib/audit/audit-event.entity';
export {
  AUDIT_SUMMARIES,
  auditSummary,
  type AuditSummary,
  type AuditSummaryKey,
  type AuditSummaryParams,
} from './lib/audit/audit-summaries';
export { currentRequest, requestStoreMiddleware } from './lib/audit/request-store';
export { type RateDecision, RateLimiter, type RateLimitStore } from './lib/rate-limit/rate-limiter';
export { PostgresRateLimiter } from './lib/rate-limit/postgres-rate-limiter';
export { rateLimitMiddleware } from './lib/rate-limit/rate-limit.middleware';
export { jsonBodyMiddleware } from './lib/http/json-body.middleware';
export { PORTAL_CSP_DIRECTIVES, securityHeadersMiddleware } from './lib/http/security-headers';
export { IdempotencyKeyEntity } from './lib/idempotency/idempotency-key.entity';
export { IdempotencyPlugin } from './lib/idempotency/idempotency.plugin';
export { GraphiqlController } from './lib/graphiql/graphiql.controller';
export { ComputedCache } from './lib/cache/computed-cache';
export { ResponseCache, ResponseCachePlugin } from './lib/cache/response-cache';
