import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddRoutingExplanation1795775170386 implements MigrationInterface {
  name = 'AddRoutingExplanation1795775170386';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "routing_decision" ADD "explanation" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "routing_decision" DROP COLUMN "explanation"');
  }
}
