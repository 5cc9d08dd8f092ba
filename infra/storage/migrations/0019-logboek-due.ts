import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { refreshAllDue } from '../logboek-due';
import type { KoersSchema } from '../schema';
import { columnTypes } from './column-types';

/**
 * Per keeper, the next instant the weekly prompt and the reminder are due, indexed: a planning
 * pass reads only the rows due now instead of everyone's moment and weeks (bench:scale: 1 to 3
 * seconds a pass at 100,000 people). Existing keepers are filled in from what is stored.
 */
export function logboekDue(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('logboek_due')
        .addColumn('person_id', 'text', (c) =>
          c.primaryKey().references('people.id').onDelete('cascade'),
        )
        .addColumn('prompt_at', instant)
        .addColumn('remind_at', instant)
        .addColumn('remind_week', 'text')
        .addColumn('updated_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('logboek_due_prompt_idx')
        .on('logboek_due')
        .column('prompt_at')
        .execute();
      await db.schema
        .createIndex('logboek_due_remind_idx')
        .on('logboek_due')
        .column('remind_at')
        .execute();
      await refreshAllDue(db as Kysely<KoersSchema>, new Date());
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('logboek_due').execute();
    },
  };
}
