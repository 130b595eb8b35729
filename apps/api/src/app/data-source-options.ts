import { COMPENSATION_ENTITIES } from '@salesops/api/compensation';
import { AuditEventEntity, IdempotencyKeyEntity, PG_TYPES } from '@salesops/api/core';
import { FORECASTING_ENTITIES } from '@salesops/api/forecasting';
import { GoalEntity } from '@salesops/api/goals';
import { ORG_ENTITIES } from '@salesops/api/org';
import { PIPELINE_ENTITIES } from '@salesops/api/pipeline';
import { TOOLS_ENTITIES } from '@salesops/api/tools';
import { type DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from '../migrations';
import { QueryLogger } from './query-logger';

export interface DatabaseTarget {
  url: string;
  /** Embedded PGlite serves one session: a single pooled connection. */
  embedded: boolean;
}

export const ENTITIES = [
  AuditEventEntity,
  IdempotencyKeyEntity,
  ...ORG_ENTITIES,
  ...PIPELINE_ENTITIES,
  GoalEntity,
  ...TOOLS_ENTITIES,
  ...COMPENSATION_ENTITIES,
  ...FORECASTING_ENTITIES,
];

/** One definition for the app, the CLI and the tests. Schema changes only through migrations. */
export function dataSourceOptions(target: DatabaseTarget, logSql = false): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new QueryLogger(logSql),
    extra: {
      max: target.embedded ? 1 : 10,
      // Never wait forever for a connection or a statement.
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      // Statements time out; JIT stays off: it spent ~200 ms compiling queries that run in 30 (docs/benchmarks.md).
      ...(target.embedded ? {} : { statement_timeout: 15_000, options: '-c jit=off' }),
      application_name: 'salesops-api',
      // pg's parsers, with a faster one for timestamptz that gives the same Date (timestamp-parser.ts).
      types: PG_TYPES,
    },
  };
}
