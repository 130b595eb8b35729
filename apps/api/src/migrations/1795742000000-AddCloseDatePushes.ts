import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** How often a deal's expected close date was moved later: repeated pushes mark a deal as stuck. */
export class AddCloseDatePushes1795742000000 implements MigrationInterface {
  name = 'AddCloseDatePushes1795742000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "deal" ADD "close_date_pushes" integer NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "deal" DROP COLUMN "close_date_pushes"');
  }
}
