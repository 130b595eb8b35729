import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { type DatabaseTarget, dataSourceOptions } from '../app/data-source-options';

/** SQL that would bring the migrated schema in line with the entities; empty when they agree. */
export async function pendingSchemaChanges(
  target: DatabaseTarget,
): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource({ ...dataSourceOptions(target), migrationsRun: false });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    await dataSource.destroy();
  }
}

/** Writes a timestamped migration with what the entities need, like `typeorm migration:generate`. */
export async function generateMigration(
  target: DatabaseTarget,
  name: string,
  dir: string,
): Promise<string | null> {
  const { up, down } = await pendingSchemaChanges(target);
  if (up.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const body = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  const file = join(dir, `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import { type MigrationInterface, type QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${body(up)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${body(down)}\n  }\n}\n`,
  );
  return file;
}
