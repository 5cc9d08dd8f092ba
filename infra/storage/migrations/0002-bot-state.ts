import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

export function botState(kind: StorageKind): Migration {
  const { instant, json } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bot_state')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('etag', 'text', (c) => c.notNull())
        .addColumn('document', json, (c) => c.notNull())
        .addColumn('updated_at', instant, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('bot_state').execute();
    },
  };
}
