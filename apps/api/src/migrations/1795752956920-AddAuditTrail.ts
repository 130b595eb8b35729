import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The audit trail: every change with who, when, before and after; rows cannot change. */
export class AddAuditTrail1795752956920 implements MigrationInterface {
  name = 'AddAuditTrail1795752956920';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" uuid NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_label" character varying(320) NOT NULL, "action" character varying(60) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" character varying(64), "summary" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_event_actor" ON "audit_event"  ("actor_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_event_time" ON "audit_event"  ("occurred_at", "id") ');
    // By hand: the trail cannot be changed, through the API or any other way short of dropping the trigger.
    await queryRunner.query(`CREATE FUNCTION "audit_event_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "audit_event_no_update" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_immutable()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_event_no_truncate" ON "audit_event"');
    await queryRunner.query('DROP TRIGGER "audit_event_no_update" ON "audit_event"');
    await queryRunner.query('DROP FUNCTION "audit_event_immutable"()');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_time"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_actor"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
