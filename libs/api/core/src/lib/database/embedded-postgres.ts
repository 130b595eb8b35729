import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  /** True when the data folder was empty, i.e. this is the first start. */
  fresh: boolean;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on a data folder and serves it over the PostgreSQL wire protocol on a loopback port,
 * so the application talks to it through the same `pg` driver as to a real server.
 * PGlite is one session: clients must use a pool of one connection.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const dbDir = join(dataDir, 'pgdata');
  mkdirSync(dataDir, { recursive: true });
  const fresh = !existsSync(join(dbDir, 'PG_VERSION'));
  const db = await PGlite.create(dbDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    fresh,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
