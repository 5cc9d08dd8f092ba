import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/** A check-in the coach called off: kept, so calendars can be told, but no longer planned. */
export function checkInCancel(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('check_ins').addColumn('cancelled_at', instant).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('check_ins').dropColumn('cancelled_at').execute();
    },
  };
}
