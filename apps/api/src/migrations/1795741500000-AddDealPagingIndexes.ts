import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Indexes on the exact sort expressions of the deal list, so a page reads its rows in order and stops. */
export class AddDealPagingIndexes1795741500000 implements MigrationInterface {
  name = 'AddDealPagingIndexes1795741500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_deal_page_amount" ON "deal" ((coalesce("amount_minor", -1)), "id")',
    );
    await queryRunner.query('CREATE INDEX "ix_deal_page_updated" ON "deal" ("updated_at", "id")');
    await queryRunner.query(
      `CREATE INDEX "ix_deal_page_close" ON "deal" ((coalesce("close_date", DATE '0001-01-01')), "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_deal_page_engage" ON "deal" ((coalesce("engage_date", DATE '0001-01-01')), "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_deal_page_engage"');
    await queryRunner.query('DROP INDEX "ix_deal_page_close"');
    await queryRunner.query('DROP INDEX "ix_deal_page_updated"');
    await queryRunner.query('DROP INDEX "ix_deal_page_amount"');
  }
}
