import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The login throttle's counts, shared by every API process when RATE_LIMIT_STORE=postgres
 * (PostgresLoginThrottle): failed sign-ins per email and address, per address and per email, and the
 * addresses each email last signed in from. Unlogged like the rate-limit buckets: after a crash they are
 * forgotten, as a restarted process forgets the memory throttle's, and the statement on every sign-in
 * skips the write-ahead log. Not replicated to standbys.
 */
export class LoginFailures1796500800000 implements MigrationInterface {
  name = 'LoginFailures1796500800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE login_failure (
        key text PRIMARY KEY,
        count integer NOT NULL,
        since timestamptz NOT NULL,
        last timestamptz NOT NULL,
        slow_until timestamptz
      )`);
    await queryRunner.query(`
      CREATE UNLOGGED TABLE login_known_address (
        email text PRIMARY KEY,
        addresses text[] NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_known_address`);
    await queryRunner.query(`DROP TABLE login_failure`);
  }
}
