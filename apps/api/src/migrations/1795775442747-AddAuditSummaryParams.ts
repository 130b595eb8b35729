import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddAuditSummaryParams1795775442747 implements MigrationInterface {
  name = 'AddAuditSummaryParams1795775442747';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_event" ADD "summary_key" character varying(60)');
    await queryRunner.query('ALTER TABLE "audit_event" ADD "summary_params" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_event" DROP COLUMN "summary_params"');
    await queryRunner.query('ALTER TABLE "audit_event" DROP COLUMN "summary_key"');
  }
}
