import { resolve } from 'node:path';

import { type NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@salesops/api/core';
import { DEMO_PASSWORD, seedDemoOrg } from '@salesops/api/org';
import { type DataSource } from 'typeorm';

import { createApp } from '../app/create-app';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** The API in-process on a fresh database with the demo org, reached over real HTTP. */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly database: TestDatabase,
    readonly url: string,
    /** False for a second process on another's database: its stop leaves the database to the first. */
    private readonly ownsDatabase = true,
  ) {}

  /**
   * `env` adds to the test config; rate limits are off unless a test sets them. `demoOrg: false` leaves the
   * database as a team's new one is: migrated, with no user, rep, team or stage.
   */
  static async start(
    env: Record<string, string> = {},
    options: { demoOrg?: boolean } = {},
  ): Promise<TestApp> {
    const database = await createTestDatabase();
    const testApp = await TestApp.listen(database, env, true);
    if (options.demoOrg !== false) await seedDemoOrg(testApp.dataSource, testApp.demoDataDir);
    return testApp;
  }

  /** A second API process on the same database, as a replica behind a balancer would be. */
  static beside(first: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
    return TestApp.listen(first.database, env, false);
  }

  private static async listen(
    database: TestDatabase,
    env: Record<string, string>,
    ownsDatabase: boolean,
  ): Promise<TestApp> {
    const config = new AppConfig({
      PORT: '0',
      LOG_LEVEL: 'warn',
      DEMO_DATA_DIR: resolve(__dirname, '../../../../data/crm-sales-opportunities'),
      RATE_LIMIT_USER_PER_MINUTE: '0',
      RATE_LIMIT_KEY_PER_MINUTE: '0',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
      FORECAST_SNAPSHOT_MINUTES: '0',
      // Every query a test sends runs compiled, as a repeated query does in production (decision 0037).
      GRAPHQL_COMPILE_AFTER: '1',
      ...env,
    });
    const app = await createApp(config, database);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new TestApp(app, database, `http://127.0.0.1:${address.port}/graphql`, ownsDatabase);
  }

  private get demoDataDir(): string {
    return this.app.get(AppConfig).demoDataDir;
  }

  get dataSource(): DataSource {
    return this.app.get<DataSource>(getDataSourceToken());
  }

  async stop(): Promise<void> {
    await this.app.close();
    if (this.ownsDatabase) await this.database.drop();
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const result = await this.gql<{ login: { token: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email, password } },
    );
    if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  }

  /** The statements `run` sends to PostgreSQL through this app's data source (its query runners' `query`, wrapped). */
  async statementsOf(run: () => Promise<unknown>): Promise<string[]> {
    const runner = this.dataSource.createQueryRunner();
    type Query = (this: unknown, text: string, ...rest: unknown[]) => Promise<unknown>;
    const prototype = Object.getPrototypeOf(runner) as { query: Query };
    await runner.release();
    const original = prototype.query;
    const texts: string[] = [];
    prototype.query = function (text, ...rest) {
      texts.push(text);
      return original.call(this, text, ...rest);
    };
    try {
      await run();
      return texts;
    } finally {
      prototype.query = original;
    }
  }

  async count(table: string): Promise<number> {
    const rows: { count: string }[] = await this.dataSource.query(`SELECT count(*) AS count FROM ${table}`);
    return Number(rows[0].count);
  }
}
