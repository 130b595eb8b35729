import { Logger } from '@nestjs/common';
import { isDatabaseUnavailable, LOCKED_SQLSTATE, RETRYABLE_SQLSTATES } from '@salesops/api/core';
import { type Logger as TypeOrmLogger } from 'typeorm';

const OUTAGE_REPORT_EVERY_MS = 5_000;
/**
 * Refusals the services expect and answer themselves: a closed pay period's lock (SOL01), a unique
 * violation turned into CONFLICT (23505), a serialization failure or deadlock that is retried.
 */
const EXPECTED = new Set([LOCKED_SQLSTATE, '23505', ...RETRYABLE_SQLSTATES]);

/**
 * TypeORM's log through Nest's logger, without query parameters (they hold token hashes, emails and
 * answers). While the database is unreachable, the failures are summed up once every 5 seconds instead
 * of one stack per query. With LOG_SQL every query is logged (its text only).
 */
export class QueryLogger implements TypeOrmLogger {
  private readonly logger = new Logger('SQL');
  private outage = { since: 0, lastReport: 0, failures: 0 };

  constructor(
    private readonly logAll: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  logQuery(query: string): void {
    if (this.logAll) this.logger.log(oneLine(query));
  }

  /** `parameters` are never logged. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- TypeORM passes them; they stay out of the log
  logQueryError(error: string | Error, query: string, _parameters?: unknown): void {
    if (isDatabaseUnavailable(error)) return this.noteOutage(error);
    if (EXPECTED.has((error as { code?: string }).code ?? '')) return;
    const message = typeof error === 'string' ? error : error.message;
    this.logger.warn(`${message} in: ${oneLine(query).slice(0, 500)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${oneLine(query).slice(0, 500)}`);
  }

  logSchemaBuild(message: string): void {
    if (this.logAll) this.logger.log(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else if (this.logAll) this.logger.log(String(message));
  }

  private noteOutage(error: string | Error): void {
    const now = this.now();
    if (now - this.outage.lastReport > 60_000) this.outage = { since: now, lastReport: 0, failures: 0 };
    this.outage.failures++;
    if (now - this.outage.lastReport < OUTAGE_REPORT_EVERY_MS) return;
    const seconds = Math.round((now - this.outage.since) / 1000);
    this.logger.error(
      `The database is unreachable (${typeof error === 'string' ? error : error.message}): ${this.outage.failures} failed queries in ${seconds} s`,
    );
    this.outage.lastReport = now;
  }
}

function oneLine(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}
