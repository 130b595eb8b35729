import { resolve } from 'node:path';

type LogLevel = 'error' | 'warn' | 'log' | 'debug';
const LOG_LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug'];

export type DatabaseMode = 'postgres' | 'embedded';

/**
 * The one place that reads process.env. Values are checked at boot; a bad value stops the process
 * with a message naming the variable instead of failing later somewhere deep.
 */
export class AppConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly portalDir: string | undefined;
  readonly sessionTtlHours: number;
  /**
   * Seconds each process keeps a token's session (or API key) after looking it up, so a burst of requests
   * costs one lookup; 0: every request looks it up. Logout and revocation on the same process forget it at
   * once; another replica may go on accepting a revoked token for up to this long (docs/scaling.md).
   */
  readonly sessionCacheSeconds: number;
  readonly demoDataDir: string;
  /**
   * How many times a query document is seen before it runs as compiled code (graphql-jit) instead of in
   * graphql-js; 0: never compiled (decision 0037).
   */
  readonly graphqlCompileAfter: number;
  readonly logSql: boolean;
  /** The month (1-12) the fiscal year starts in; FY names the calendar year it ends in. */
  readonly fiscalYearStartMonth: number;
  readonly logLevels: LogLevel[];
  /**
   * Keys the hash that makes anonymous survey answers one per rep without storing the rep. Unset: a
   * random key kept in the database (then whoever holds the database and the code could link them).
   */
  readonly surveyAnonymityKey: string | undefined;
  /** Requests a minute per caller (0: no limit): each signed-in user, each API key, each address before sign-in. */
  readonly rateLimitUserPerMinute: number;
  readonly rateLimitKeyPerMinute: number;
  readonly rateLimitAnonymousPerMinute: number;
  /**
   * Where rate-limit buckets and failed sign-ins (the login throttle) live: `memory` (this process) or
   * `postgres` (shared by every replica).
   */
  readonly rateLimitStore: 'memory' | 'postgres';
  /** How often (minutes) the API checks that each period's automatic forecast snapshots were taken; 0: never. */
  readonly forecastSnapshotMinutes: number;
  /**
   * Express `trust proxy`: which proxies in front of the API may name the client's address in
   * X-Forwarded-For. Unset: none (the address is the socket's). The sign-in throttle and the anonymous
   * rate limit key on that address, so behind a proxy this must be set, or everyone shares one budget.
   */
  readonly trustProxy: number | string[] | undefined;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.port = intVar(env, 'PORT', 3000, 0, 65535);
    this.host = env['HOST'] ?? '127.0.0.1';
    this.databaseUrl = nonEmpty(env['DATABASE_URL']);
    if (this.databaseUrl && !/^postgres(ql)?:\/\//.test(this.databaseUrl)) {
      throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    }
    this.dataDir = resolve(env['DATA_DIR'] ?? '.data');
    this.portalDir = nonEmpty(env['PORTAL_DIR']) ? resolve(env['PORTAL_DIR'] as string) : undefined;
    this.sessionTtlHours = intVar(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30);
    this.sessionCacheSeconds = intVar(env, 'SESSION_CACHE_SECONDS', 5, 0, 60);
    this.demoDataDir = resolve(env['DEMO_DATA_DIR'] ?? 'data/crm-sales-opportunities');
    this.graphqlCompileAfter = intVar(env, 'GRAPHQL_COMPILE_AFTER', 2, 0, 1000);
    this.logSql = env['LOG_SQL'] === 'true';
    this.fiscalYearStartMonth = intVar(env, 'FISCAL_YEAR_START_MONTH', 1, 1, 12);
    this.surveyAnonymityKey = nonEmpty(env['SURVEY_ANONYMITY_KEY']);
    if (this.surveyAnonymityKey && this.surveyAnonymityKey.length < 32) {
      throw new Error('SURVEY_ANONYMITY_KEY must be at least 32 characters');
    }
    this.rateLimitUserPerMinute = intVar(env, 'RATE_LIMIT_USER_PER_MINUTE', 600, 0, 1_000_000);
    this.rateLimitKeyPerMinute = intVar(env, 'RATE_LIMIT_KEY_PER_MINUTE', 1200, 0, 1_000_000);
    this.rateLimitAnonymousPerMinute = intVar(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 120, 0, 1_000_000);
    const store = env['RATE_LIMIT_STORE'] ?? 'memory';
    if (store !== 'memory' && store !== 'postgres') {
      throw new Error(`RATE_LIMIT_STORE must be memory or postgres, got "${store}"`);
    }
    this.rateLimitStore = store;
    this.forecastSnapshotMinutes = intVar(env, 'FORECAST_SNAPSHOT_MINUTES', 60, 0, 7 * 24 * 60);
    this.trustProxy = trustProxyVar(nonEmpty(env['TRUST_PROXY']));
    const level = env['LOG_LEVEL'] ?? 'log';
    const index = LOG_LEVELS.indexOf(level as LogLevel);
    if (index < 0) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
    this.logLevels = LOG_LEVELS.slice(0, index + 1);
  }

  get databaseMode(): DatabaseMode {
    return this.databaseUrl ? 'postgres' : 'embedded';
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

const TRUST_PROXY_TOKEN =
  /^(loopback|linklocal|uniquelocal|[0-9.]+(\/\d{1,2})?|[0-9a-fA-F:]*:[0-9a-fA-F:.]*(\/\d{1,3})?)$/;

/**
 * TRUST_PROXY: a hop count (1 = the nearest proxy only) or a comma-separated list of addresses, subnets
 * or Express's names (loopback, linklocal, uniquelocal). `true` is refused: it would let any client name
 * its own address and so step around the sign-in throttle.
 */
function trustProxyVar(raw: string | undefined): number | string[] | undefined {
  if (raw === undefined || raw === 'false' || raw === '0') return undefined;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10)
      throw new Error(
        `TRUST_PROXY must be a hop count from 0 to 10 or a list of proxy addresses, got "${raw}"`,
      );
    return hops;
  }
  const tokens = raw
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
  const bad = tokens.find((token) => !TRUST_PROXY_TOKEN.test(token));
  if (raw === 'true' || tokens.length === 0 || bad !== undefined) {
    throw new Error(
      `TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses or subnets (or loopback, linklocal, uniquelocal), got "${raw}"` +
        (raw === 'true' ? ': trusting every proxy would let a client choose its own address' : ''),
    );
  }
  return tokens;
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}
