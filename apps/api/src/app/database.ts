import { type AppConfig, startEmbeddedPostgres } from '@salesops/api/core';

import { type DatabaseTarget } from './data-source-options';

export interface Database extends DatabaseTarget {
  stop(): Promise<void>;
}

/** The PostgreSQL server at DATABASE_URL, or the embedded one in DATA_DIR when it is unset. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres(config.dataDir);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}
