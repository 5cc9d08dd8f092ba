import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';
import { CachedStatements } from '../../../infra/storage/sqlite-statements';

interface Schema {
  notes: { id: Generated<number>; text: string };
}

describe('CachedStatements', () => {
  let connection: BetterSqlite3.Database;

  beforeEach(() => {
    connection = new BetterSqlite3(':memory:');
    connection.exec('create table notes (id integer primary key, text text not null)');
  });
  afterEach(() => {
    if (connection.open) connection.close();
  });

  it('when the same sql comes again, then the statement prepared the first time is used', () => {
    const cache = new CachedStatements(connection);
    const first = cache.prepare('select * from notes');
    expect(cache.prepare('select * from notes')).toBe(first);
    expect(cache.prepare('select id from notes')).not.toBe(first);
  });

  it('when more statements come than it keeps, then the least recently used one is dropped', () => {
    const cache = new CachedStatements(connection, 2);
    const a = cache.prepare('select 1');
    const b = cache.prepare('select 2');
    expect(cache.prepare('select 1')).toBe(a);
    cache.prepare('select 3');
    expect(cache.prepare('select 1')).toBe(a);
    expect(cache.prepare('select 2')).not.toBe(b);
  });

  it('when the cached statement is still being iterated, then a fresh one is prepared', () => {
    const cache = new CachedStatements(connection);
    connection.exec("insert into notes (text) values ('a'), ('b')");
    const first = cache.prepare('select * from notes');
    const rows = first.iterate();
    rows.next();
    const second = cache.prepare('select * from notes');
    expect(second).not.toBe(first);
    expect(second.all()).toHaveLength(2);
    rows.return?.();
  });

  describe('under Kysely', () => {
    let db: Kysely<Schema>;

    beforeEach(() => {
      db = new Kysely<Schema>({
        dialect: new SqliteDialect({ database: new CachedStatements(connection) }),
      });
    });
    afterEach(() => db.destroy());

    it('when reading and writing repeatedly, then rows and affected counts come back', async () => {
      for (const text of ['a', 'b', 'c']) {
        const inserted = await db.insertInto('notes').values({ text }).executeTakeFirst();
        expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
      }
      const updated = await db.updateTable('notes').set({ text: 'z' }).executeTakeFirst();
      expect(updated.numUpdatedRows).toBe(3n);
      for (let i = 0; i < 2; i++) {
        const rows = await db.selectFrom('notes').select('text').execute();
        expect(rows).toEqual([{ text: 'z' }, { text: 'z' }, { text: 'z' }]);
      }
      const returned = await db.insertInto('notes').values({ text: 'r' }).returning('id').execute();
      expect(returned).toEqual([{ id: 4 }]);
    });

    it('when a transaction fails, then it is rolled back, and the next one commits', async () => {
      const failing = db.transaction().execute(async (trx) => {
        await trx.insertInto('notes').values({ text: 'lost' }).execute();
        throw new Error('stop');
      });
      await expect(failing).rejects.toThrow('stop');
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('notes').values({ text: 'kept' }).execute();
      });
      const rows = await db.selectFrom('notes').select('text').execute();
      expect(rows).toEqual([{ text: 'kept' }]);
    });

    it('when the schema changes, then a cached select sees the new columns', async () => {
      await db.insertInto('notes').values({ text: 'a' }).execute();
      const before = await sql`select * from notes`.execute(db);
      expect(before.rows).toEqual([{ id: 1, text: 'a' }]);
      await sql`alter table notes add column extra text`.execute(db);
      const after = await sql`select * from notes`.execute(db);
      expect(after.rows).toEqual([{ id: 1, text: 'a', extra: null }]);
    });
  });
});
