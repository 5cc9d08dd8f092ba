import { MemoryStorage, type Storage } from 'botbuilder';
import { openDatabase } from '../../../infra/storage/database';
import { SqlBotStorage } from '../../../infra/storage/sql-bot.storage';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';

interface StoreUnderTest {
  storage: Storage;
  /** A second, independent handle on the same data, as a second bot instance would have. */
  other: Storage;
  dispose(): Promise<void>;
}

const stores: [string, () => Promise<StoreUnderTest>][] = [
  [
    'MemoryStorage',
    () => {
      // MemoryStorage lives in one process; its eTag counter is per instance, so share one.
      const storage = new MemoryStorage();
      return Promise.resolve({ storage, other: storage, dispose: () => Promise.resolve() });
    },
  ],
  ...databaseKinds.map((kind): [string, () => Promise<StoreUnderTest>] => [
    kind,
    async () => {
      const database: TestDatabase = await openTestDatabase(kind);
      // PostgreSQL: a second pool, as a second instance has. SQLite is one process's file: turns
      // share its one connection (a second would block the thread on SQLite's busy wait).
      const second = kind === 'postgres' ? openDatabase(database.location) : database;
      return {
        storage: new SqlBotStorage(database.db),
        other: new SqlBotStorage(second.db),
        dispose: async () => {
          if (second !== database) await second.close();
          await database.dispose();
        },
      };
    },
  ]),
];

describe.each(stores)('bot state storage contract: %s', (_name, open) => {
  let store: StoreUnderTest;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(() => store.dispose());

  it('when nothing was written, then reading gives no items', async () => {
    expect(await store.storage.read(['a', 'b'])).toEqual({});
  });

  it('when an item is written, then it reads back with a new eTag', async () => {
    await store.storage.write({ a: { count: 1, nested: { text: 'één' } } });
    const { a } = await store.storage.read(['a']);
    expect(a).toMatchObject({ count: 1, nested: { text: 'één' } });
    expect(typeof a?.eTag).toBe('string');
  });

  it('when written with the current eTag, then the write succeeds and the eTag changes', async () => {
    await store.storage.write({ a: { count: 1 } });
    const first = (await store.storage.read(['a'])).a!;
    await store.storage.write({ a: { ...first, count: 2 } });
    const second = (await store.storage.read(['a'])).a!;
    expect(second.count).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('when written with a stale eTag, then it is refused and the stored item stays', async () => {
    await store.storage.write({ a: { count: 1 } });
    const stale = (await store.storage.read(['a'])).a!;
    await store.storage.write({ a: { ...stale, count: 2 } });
    await expect(store.storage.write({ a: { ...stale, count: 3 } })).rejects.toThrow(/eTag/);
    expect((await store.storage.read(['a'])).a).toMatchObject({ count: 2 });
  });

  it('when written with the eTag of an item deleted since, then it is written as new', async () => {
    await store.storage.write({ a: { count: 1 } });
    const gone = (await store.storage.read(['a'])).a!;
    await store.storage.delete(['a']);
    await store.storage.write({ a: { ...gone, count: 2 } });
    expect((await store.storage.read(['a'])).a).toMatchObject({ count: 2 });
  });

  it('when two items are written at once, then both read back', async () => {
    await store.storage.write({ a: { count: 1 } });
    const a = (await store.storage.read(['a'])).a!;
    await store.storage.write({ a: { ...a, count: 2 }, b: { count: 3 } });
    expect(await store.storage.read(['a', 'b'])).toMatchObject({
      a: { count: 2 },
      b: { count: 3 },
    });
  });

  it('when written with eTag *, then it overwrites whatever is stored', async () => {
    await store.storage.write({ a: { count: 1 } });
    await store.storage.write({ a: { count: 5, eTag: '*' } });
    expect((await store.storage.read(['a'])).a).toMatchObject({ count: 5 });
  });

  it('when an item is deleted, then it is gone and deleting again is harmless', async () => {
    await store.storage.write({ a: { count: 1 }, b: { count: 2 } });
    await store.storage.delete(['a']);
    await store.storage.delete(['a']);
    expect(Object.keys(await store.storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('when two writers hold the same eTag, then exactly one of them wins', async () => {
    await store.storage.write({ a: { count: 0 } });
    const seenByFirst = (await store.storage.read(['a'])).a!;
    const seenBySecond = (await store.other.read(['a'])).a!;
    const results = await Promise.allSettled([
      store.storage.write({ a: { ...seenByFirst, count: 1 } }),
      store.other.write({ a: { ...seenBySecond, count: 2 } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = results.findIndex((r) => r.status === 'fulfilled') + 1;
    expect((await store.storage.read(['a'])).a).toMatchObject({ count: winner });
  });

  it('when many writers increment with retries on conflict, then no increment is lost', async () => {
    await store.storage.write({ counter: { value: 0 } });
    const increment = async (storage: Storage) => {
      for (;;) {
        const current = (await storage.read(['counter'])).counter!;
        try {
          await storage.write({ counter: { ...current, value: (current.value as number) + 1 } });
          return;
        } catch {
          // stale eTag: read again and retry, as a bot turn would
        }
      }
    };
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => increment(i % 2 ? store.storage : store.other)),
    );
    expect((await store.storage.read(['counter'])).counter).toMatchObject({ value: 20 });
  });
});
