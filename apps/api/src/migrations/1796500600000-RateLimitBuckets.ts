import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Token buckets shared by every API process when RATE_LIMIT_STORE=postgres (PostgresRateLimiter).
 * Unlogged: a bucket is worth nothing after a crash (it would have refilled within a minute anyway), and
 * skipping the write-ahead log keeps the one statement per request cheap. Not replicated to standbys.
 */
export class RateLimitBuckets1796500600000 implements MigrationInterface {
  name = 'RateLimitBuckets1796500600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_bucket (
        caller text PRIMARY KEY,
        tokens double precision NOT NULL,
        allowed boolean NOT NULL,
        at_ms double precision NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_bucket`);
  }
}
