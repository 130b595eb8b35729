import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddCompPlans1796462092488 implements MigrationInterface {
  name = 'AddCompPlans1796462092488';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comp_plan" ("id" uuid NOT NULL, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_e24a311f561dce30a8947bb523e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"plan_version_status\" AS ENUM('DRAFT', 'PUBLISHED', 'RETIRED')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"pay_frequency\" AS ENUM('MONTH', 'QUARTER', 'YEAR')");
    await queryRunner.query(
      'CREATE TABLE "comp_plan_version" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."plan_version_status" NOT NULL DEFAULT \'DRAFT\', "pay_frequency" "public"."pay_frequency" NOT NULL DEFAULT \'QUARTER\', "effective_from" date NOT NULL, "effective_to" date, "document" text NOT NULL DEFAULT \'\', "rules" jsonb NOT NULL, "content_hash" character(64) NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_comp_plan_version_dates" CHECK ("effective_to" IS NULL OR "effective_to" > "effective_from"), CONSTRAINT "PK_8621a5aa4034b74598d1f911835" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_comp_plan_version_number" ON "comp_plan_version"  ("plan_id", "number") ',
    );
    await queryRunner.query('CREATE TYPE "public"."adjustment_kind" AS ENUM(\'ADJUSTMENT\', \'CLAWBACK\')');
    await queryRunner.query(
      'CREATE TABLE "payout_adjustment" ("id" uuid NOT NULL, "rep_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "kind" "public"."adjustment_kind" NOT NULL DEFAULT \'ADJUSTMENT\', "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "reason" text NOT NULL, "dispute_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_payout_adjustment_amount" CHECK ("amount_minor" <> 0), CONSTRAINT "PK_3d9d44ae20e6f369d7150600d5a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_payout_adjustment_rep_period" ON "payout_adjustment"  ("rep_id", "period_key") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"dispute_status\" AS ENUM('OPEN', 'ADJUSTED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "payout_dispute" ("id" uuid NOT NULL, "rep_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "line_key" character varying(200) NOT NULL, "line_label" character varying(200) NOT NULL, "line_amount_minor" bigint NOT NULL, "note" text NOT NULL, "status" "public"."dispute_status" NOT NULL DEFAULT \'OPEN\', "answer" text, "adjustment_id" uuid, "raised_by" uuid NOT NULL, "raised_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_by" uuid, "resolved_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_556a971b1fe3d67eb8cce36cd66" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_payout_dispute_status" ON "payout_dispute"  ("status") ');
    await queryRunner.query(
      'CREATE INDEX "ix_payout_dispute_rep" ON "payout_dispute"  ("rep_id", "period_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "payout_statement" ("id" uuid NOT NULL, "rep_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "currency" character(3) NOT NULL, "total_minor" bigint NOT NULL, "explanation" text NOT NULL, "closed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c77227e12e3591b7f48479c5984" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_payout_statement" ON "payout_statement"  ("rep_id", "period_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "payout_line" ("id" uuid NOT NULL, "statement_id" uuid NOT NULL, "position" integer NOT NULL, "line_key" character varying(200) NOT NULL, "amount_minor" bigint NOT NULL, "details" jsonb NOT NULL, CONSTRAINT "PK_70355be07dbfe0c04879abd68fc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_payout_line_position" ON "payout_line"  ("statement_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_acknowledgement" ("id" uuid NOT NULL, "rep_id" uuid NOT NULL, "plan_version_id" uuid NOT NULL, "content_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "accepted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f82ad67a44a2e54425e8f33bd7f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_plan_acknowledgement" ON "plan_acknowledgement"  ("rep_id", "plan_version_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_assignment" ("id" uuid NOT NULL, "rep_id" uuid NOT NULL, "plan_version_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_plan_assignment_dates" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "PK_69ed77c4b9af2bc4386865a15b2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_plan_assignment_version" ON "plan_assignment"  ("plan_version_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_plan_assignment_rep" ON "plan_assignment"  ("rep_id", "valid_from") ',
    );
    // Hand-written: case-insensitive plan names, and the locks that make published and closed things final.
    await queryRunner.query('CREATE UNIQUE INDEX "uq_comp_plan_name" ON "comp_plan" (lower("name"))');
    // A published version is what reps accepted: its document, rules and dates never change; it can only
    // be retired (and given an end). Only drafts can be deleted.
    await queryRunner.query(`
      CREATE FUNCTION comp_plan_version_published_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'DRAFT' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'DELETE' OR NEW.document IS DISTINCT FROM OLD.document OR NEW.rules IS DISTINCT FROM OLD.rules
           OR NEW.content_hash IS DISTINCT FROM OLD.content_hash OR NEW.effective_from IS DISTINCT FROM OLD.effective_from
           OR NEW.pay_frequency IS DISTINCT FROM OLD.pay_frequency OR NEW.plan_id IS DISTINCT FROM OLD.plan_id
           OR NEW.number IS DISTINCT FROM OLD.number OR NEW.status = 'DRAFT'
           OR (OLD.status = 'RETIRED' AND NEW.status <> 'RETIRED') THEN
          RAISE EXCEPTION 'Version % of this plan is %: it can only be retired; make a new version to change it', OLD.number, lower(OLD.status::text)
            USING ERRCODE = 'SOL01';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_comp_plan_version_fixed BEFORE UPDATE OR DELETE ON comp_plan_version FOR EACH ROW EXECUTE FUNCTION comp_plan_version_published_is_fixed()',
    );
    // A frozen statement and its lines never change, and exist only for a closed pay period.
    await queryRunner.query(`
      CREATE FUNCTION payout_statement_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF TG_TABLE_NAME = 'payout_statement' AND NOT EXISTS (SELECT 1 FROM pay_period WHERE period_key = NEW.period_key AND status = 'CLOSED') THEN
            RAISE EXCEPTION 'A statement is frozen only when its pay period % closes', NEW.period_key USING ERRCODE = 'SOL01';
          END IF;
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'Statements of a closed pay period are final: corrections are adjustments on an open statement'
          USING ERRCODE = 'SOL01';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_payout_statement_frozen BEFORE INSERT OR UPDATE OR DELETE ON payout_statement FOR EACH ROW EXECUTE FUNCTION payout_statement_is_frozen()',
    );
    await queryRunner.query(
      'CREATE TRIGGER trg_payout_line_frozen BEFORE UPDATE OR DELETE ON payout_line FOR EACH ROW EXECUTE FUNCTION payout_statement_is_frozen()',
    );
    // Any closed pay period sharing a day with [first_day, end_day).
    await queryRunner.query(`
      CREATE FUNCTION closed_pay_period_overlapping(first_day date, end_day date) RETURNS varchar LANGUAGE sql VOLATILE AS $$
        SELECT period_key FROM pay_period WHERE status = 'CLOSED' AND starts_on < coalesce(end_day, 'infinity'::date) AND first_day < ends_on
         ORDER BY starts_on LIMIT 1
      $$`);
    // An adjustment belongs to its period's statement: locked once that period closes.
    await queryRunner.query(`
      CREATE FUNCTION payout_adjustment_outside_closed_period() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        closed varchar;
      BEGIN
        IF TG_OP <> 'INSERT' THEN closed := closed_pay_period_overlapping(OLD.starts_on, OLD.ends_on); END IF;
        IF closed IS NULL AND TG_OP <> 'DELETE' THEN closed := closed_pay_period_overlapping(NEW.starts_on, NEW.ends_on); END IF;
        IF closed IS NOT NULL THEN
          RAISE EXCEPTION 'The pay period % is closed: its adjustments are final', closed USING ERRCODE = 'SOL01';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_payout_adjustment_lock BEFORE INSERT OR UPDATE OR DELETE ON payout_adjustment FOR EACH ROW EXECUTE FUNCTION payout_adjustment_outside_closed_period()',
    );
    // Which plan a rep was on during a closed pay period is settled: no day inside one can change hands.
    // Ending an assignment that began before a closed period stays possible, for days after it.
    await queryRunner.query(`
      CREATE FUNCTION plan_assignment_outside_closed_period() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        closed varchar;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          closed := closed_pay_period_overlapping(NEW.valid_from, NEW.valid_to);
        ELSIF TG_OP = 'DELETE' OR NEW.rep_id <> OLD.rep_id OR NEW.plan_version_id <> OLD.plan_version_id OR NEW.valid_from <> OLD.valid_from THEN
          closed := closed_pay_period_overlapping(OLD.valid_from, OLD.valid_to);
          IF closed IS NULL AND TG_OP = 'UPDATE' THEN closed := closed_pay_period_overlapping(NEW.valid_from, NEW.valid_to); END IF;
        ELSIF NEW.valid_to IS DISTINCT FROM OLD.valid_to THEN
          closed := closed_pay_period_overlapping(
            least(coalesce(NEW.valid_to, 'infinity'::date), coalesce(OLD.valid_to, 'infinity'::date)),
            greatest(coalesce(NEW.valid_to, 'infinity'::date), coalesce(OLD.valid_to, 'infinity'::date)));
        END IF;
        IF closed IS NOT NULL THEN
          RAISE EXCEPTION 'Plan assignments during the closed pay period % are final', closed USING ERRCODE = 'SOL01';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_plan_assignment_lock BEFORE INSERT OR UPDATE OR DELETE ON plan_assignment FOR EACH ROW EXECUTE FUNCTION plan_assignment_outside_closed_period()',
    );
    await queryRunner.query(
      'ALTER TABLE "comp_plan_version" ADD CONSTRAINT "FK_fe9bc5b1f2d652f179426420573" FOREIGN KEY ("plan_id") REFERENCES "comp_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_adjustment" ADD CONSTRAINT "FK_bab1601f642ecf5ef0bdadf6c0a" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_adjustment" ADD CONSTRAINT "FK_ecb903ddd8f686e548041b195eb" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_dispute" ADD CONSTRAINT "FK_c8fecba27c75c73a40789816edf" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_dispute" ADD CONSTRAINT "FK_26070a3409b47ab73174004d7dd" FOREIGN KEY ("raised_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_statement" ADD CONSTRAINT "FK_d724aa9340f958fc8c57c3334c6" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_line" ADD CONSTRAINT "FK_6ca1107d5861360e52c0ed8265b" FOREIGN KEY ("statement_id") REFERENCES "payout_statement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_acknowledgement" ADD CONSTRAINT "FK_420bf77211bdd9f6575c3068d40" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_acknowledgement" ADD CONSTRAINT "FK_b957b7e869179dcad42b2d84974" FOREIGN KEY ("plan_version_id") REFERENCES "comp_plan_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_acknowledgement" ADD CONSTRAINT "FK_65625dbcb17f2fef1bfb24bce8e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment" ADD CONSTRAINT "FK_8aa887d18358bba9065823555db" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment" ADD CONSTRAINT "FK_dc1693d1a958089862e9b774734" FOREIGN KEY ("plan_version_id") REFERENCES "comp_plan_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER trg_plan_assignment_lock ON plan_assignment');
    await queryRunner.query('DROP FUNCTION plan_assignment_outside_closed_period()');
    await queryRunner.query('DROP TRIGGER trg_payout_adjustment_lock ON payout_adjustment');
    await queryRunner.query('DROP FUNCTION payout_adjustment_outside_closed_period()');
    await queryRunner.query('DROP FUNCTION closed_pay_period_overlapping(date, date)');
    await queryRunner.query('DROP TRIGGER trg_payout_line_frozen ON payout_line');
    await queryRunner.query('DROP TRIGGER trg_payout_statement_frozen ON payout_statement');
    await queryRunner.query('DROP FUNCTION payout_statement_is_frozen()');
    await queryRunner.query('DROP TRIGGER trg_comp_plan_version_fixed ON comp_plan_version');
    await queryRunner.query('DROP FUNCTION comp_plan_version_published_is_fixed()');
    await queryRunner.query('DROP INDEX "uq_comp_plan_name"');
    await queryRunner.query('ALTER TABLE "plan_assignment" DROP CONSTRAINT "FK_dc1693d1a958089862e9b774734"');
    await queryRunner.query('ALTER TABLE "plan_assignment" DROP CONSTRAINT "FK_8aa887d18358bba9065823555db"');
    await queryRunner.query(
      'ALTER TABLE "plan_acknowledgement" DROP CONSTRAINT "FK_65625dbcb17f2fef1bfb24bce8e"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_acknowledgement" DROP CONSTRAINT "FK_b957b7e869179dcad42b2d84974"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_acknowledgement" DROP CONSTRAINT "FK_420bf77211bdd9f6575c3068d40"',
    );
    await queryRunner.query('ALTER TABLE "payout_line" DROP CONSTRAINT "FK_6ca1107d5861360e52c0ed8265b"');
    await queryRunner.query(
      'ALTER TABLE "payout_statement" DROP CONSTRAINT "FK_d724aa9340f958fc8c57c3334c6"',
    );
    await queryRunner.query('ALTER TABLE "payout_dispute" DROP CONSTRAINT "FK_26070a3409b47ab73174004d7dd"');
    await queryRunner.query('ALTER TABLE "payout_dispute" DROP CONSTRAINT "FK_c8fecba27c75c73a40789816edf"');
    await queryRunner.query(
      'ALTER TABLE "payout_adjustment" DROP CONSTRAINT "FK_ecb903ddd8f686e548041b195eb"',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_adjustment" DROP CONSTRAINT "FK_bab1601f642ecf5ef0bdadf6c0a"',
    );
    await queryRunner.query(
      'ALTER TABLE "comp_plan_version" DROP CONSTRAINT "FK_fe9bc5b1f2d652f179426420573"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_plan_assignment_rep"');
    await queryRunner.query('DROP INDEX "public"."ix_plan_assignment_version"');
    await queryRunner.query('DROP TABLE "plan_assignment"');
    await queryRunner.query('DROP INDEX "public"."uq_plan_acknowledgement"');
    await queryRunner.query('DROP TABLE "plan_acknowledgement"');
    await queryRunner.query('DROP INDEX "public"."uq_payout_line_position"');
    await queryRunner.query('DROP TABLE "payout_line"');
    await queryRunner.query('DROP INDEX "public"."uq_payout_statement"');
    await queryRunner.query('DROP TABLE "payout_statement"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_dispute_rep"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_dispute_status"');
    await queryRunner.query('DROP TABLE "payout_dispute"');
    await queryRunner.query('DROP TYPE "public"."dispute_status"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_adjustment_rep_period"');
    await queryRunner.query('DROP TABLE "payout_adjustment"');
    await queryRunner.query('DROP TYPE "public"."adjustment_kind"');
    await queryRunner.query('DROP INDEX "public"."uq_comp_plan_version_number"');
    await queryRunner.query('DROP TABLE "comp_plan_version"');
    await queryRunner.query('DROP TYPE "public"."pay_frequency"');
    await queryRunner.query('DROP TYPE "public"."plan_version_status"');
    await queryRunner.query('DROP TABLE "comp_plan"');
  }
}
