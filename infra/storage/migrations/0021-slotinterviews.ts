import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/**
 * Slotinterviews: a check-in of another kind, planned by an onderzoeker with the aanjager, the
 * maatje and a manager, and each invitee's answer to recording it, kept as a history of choices
 * (given, refused, withdrawn) with the text version and hash they answered, as for the study.
 */
export function slotinterviews(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('check_ins')
        // 'coaching' | 'slotinterview'
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo(sql`'coaching'`))
        .execute();
      await db.schema
        .createTable('recording_consents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('check_in_id', 'text', (c) =>
          c.notNull().references('check_ins.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        // Order of the person's choices for this interview; times can tie within a millisecond.
        .addColumn('seq', 'integer', (c) => c.notNull())
        // 'given' | 'refused' | 'withdrawn'
        .addColumn('choice', 'text', (c) => c.notNull())
        .addColumn('text_version', 'integer')
        .addColumn('text_hash', 'text')
        .addColumn('language', 'text')
        .addColumn('at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('recording_consents_person_idx')
        .on('recording_consents')
        .columns(['check_in_id', 'person_id', 'seq'])
        .unique()
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('recording_consents').execute();
      await db.schema.alterTable('check_ins').dropColumn('kind').execute();
    },
  };
}
