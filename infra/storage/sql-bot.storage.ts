import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Kysely } from 'kysely';
import type { KoersSchema } from './schema';

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/**
 * Dialog and user state in the Koers database, with the eTag rules of botbuilder's
 * MemoryStorage: no eTag or `*` writes unconditionally; any other eTag must match the stored
 * one, or the whole batch is refused and nothing of it is written.
 */
export class SqlBotStorage implements Storage {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await this.db
      .selectFrom('bot_state')
      .select(['key', 'etag', 'document'])
      .where('key', 'in', keys)
      .execute();
    const items: StoreItems = {};
    for (const row of rows) {
      items[row.key] = { ...(JSON.parse(row.document) as StoreItem), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    // BotState writes one item at a time. One item needs no transaction (a begin and a commit
    // more, on PostgreSQL each a round trip): a single upsert is atomic, and an eTag write whose
    // update misses ends in an insert that either finds the row gone (a first write) or refuses.
    if (entries.length === 1) {
      const [[key, item]] = entries as [[string, StoreItem]];
      return writeOne(this.db, key, item);
    }
    await this.db.transaction().execute(async (trx) => {
      for (const [key, item] of entries) await writeOne(trx, key, item as StoreItem);
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.deleteFrom('bot_state').where('key', 'in', keys).execute();
  }
}

async function writeOne(db: Kysely<KoersSchema>, key: string, item: StoreItem) {
  const { eTag, ...rest } = item;
  const row = {
    key,
    etag: randomUUID(),
    document: JSON.stringify(rest),
    updated_at: new Date().toISOString(),
  };
  if (typeof eTag !== 'string' || eTag === '*') {
    await db
      .insertInto('bot_state')
      .values(row)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          etag: row.etag,
          document: row.document,
          updated_at: row.updated_at,
        }),
      )
      .execute();
    return;
  }
  const updated = await db
    .updateTable('bot_state')
    .set({ etag: row.etag, document: row.document, updated_at: row.updated_at })
    .where('key', '=', key)
    .where('etag', '=', eTag)
    .executeTakeFirst();
  if (updated.numUpdatedRows > 0n) return;
  // A stale eTag for an item that no longer exists is a first write, as in MemoryStorage.
  const inserted = await db
    .insertInto('bot_state')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) === 0n) throw new ETagConflictError(key);
}
