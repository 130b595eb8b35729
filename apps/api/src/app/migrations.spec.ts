import { pendingSchemaChanges } from '../cli/migrations';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(() => database.drop());

  it('should leave nothing for the entities to change when every migration has run', async () => {
    const { up } = await pendingSchemaChanges(database);
    // A non-empty list means an entity changed without a migration: run `npm run migration:generate <Name>`.
    expect(up).toEqual([]);
  });
});
