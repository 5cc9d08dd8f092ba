import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/**
 * Until when a message is worth sending (a weekly prompt until its week ends, a reminder until
 * its day ends): Teams' throttling is waited out until then, without using up attempts.
 */
export function outboxWorth(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('outbox').addColumn('stale_at', instant).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('outbox').dropColumn('stale_at').execute();
    },
  };
}
