import type { Kysely, Migration } from 'kysely';

/** A person's own time zone; empty means their organisation's. */
export function personTimeZone(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('people').addColumn('time_zone', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('people').dropColumn('time_zone').execute();
    },
  };
}
