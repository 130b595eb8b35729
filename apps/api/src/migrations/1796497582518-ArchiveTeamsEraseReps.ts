import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Archived teams, and the one change the audit trail allows: erasing a former rep's name and email
 * (docs/decisions/0019). Generated for team.archived_at; the trigger function by hand. The generated
 * diff also held another branch's survey tables, left to that branch's own migration.
 */
export class ArchiveTeamsEraseReps1796497582518 implements MigrationInterface {
  name = 'ArchiveTeamsEraseReps1796497582518';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "team" ADD "archived_at" TIMESTAMP(3) WITH TIME ZONE');
    // By hand: an erasure transaction (flagged with SET LOCAL salesops.audit_erasure) may rewrite the
    // text of events; who, when, what and on which entity never change, and nothing is ever deleted.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "audit_event_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('salesops.audit_erasure', true) = 'on'
           AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
           AND NEW.action = OLD.action AND NEW.entity_type = OLD.entity_type AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
           AND NEW.summary_key IS NOT DISTINCT FROM OLD.summary_key THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "audit_event_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query('ALTER TABLE "team" DROP COLUMN "archived_at"');
  }
}
