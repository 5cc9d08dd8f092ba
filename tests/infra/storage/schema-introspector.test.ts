import { migrateToLatest, pendingMigrations } from '../../../infra/storage/migrate';
import { openTestDatabase, postgresUrl, type TestDatabase } from '../../support/test-database';

const onPostgres = postgresUrl ? describe : describe.skip;

onPostgres('migrations on a PostgreSQL database that holds other Koers schemas', () => {
  let mine: TestDatabase;
  let other: TestDatabase;

  beforeEach(async () => {
    mine = await openTestDatabase('postgres');
    other = await openTestDatabase('postgres');
  });
  afterEach(async () => {
    await mine.dispose();
    await other.dispose();
  });

  it('when another schema exists, then only the own schema’s tables are read', async () => {
    const tables = await mine.db.introspection.getTables({ withInternalKyselyTables: true });
    const schemas = new Set(tables.map((table) => table.schema));
    const own = await mine.db.introspection.getSchemas();
    expect([...schemas]).toEqual(own.map((schema) => schema.name));
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['people', 'kysely_migration', 'contributions']),
    );
    const people = tables.find((table) => table.name === 'people');
    expect(people?.columns.map((column) => column.name)).toContain('aad_object_id');
  });

  it('when the other schema is dropped, then migrating the own one still works', async () => {
    await other.dispose();
    expect(await migrateToLatest(mine)).toEqual([]);
    expect(await pendingMigrations(mine)).toEqual([]);
    other = await openTestDatabase('postgres');
  });

  it('leaves the kysely bookkeeping tables out unless asked', async () => {
    const tables = await mine.db.introspection.getTables();
    expect(tables.map((table) => table.name)).not.toContain('kysely_migration');
  });
});
