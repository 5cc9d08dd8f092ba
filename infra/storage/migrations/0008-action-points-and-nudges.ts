import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/**
 * Agreed action points (what, who, by when), and the contact budget: at most one nudge or
 * reminder per person per ISO week, whoever sends it (coach or logboek), kept by a unique key.
 */
export function actionPointsAndNudges(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('action_points')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('check_in_id', 'text')
        .addColumn('owner_person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addColumn('what', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        .addColumn('done_at', instant)
        .execute();
      await db.schema
        .createIndex('action_points_owner_idx')
        .on('action_points')
        .columns(['owner_person_id', 'done_at'])
        .execute();
      await db.schema
        .createTable('contact_budget')
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addColumn('week', 'text', (c) => c.notNull())
        // 'nudge' (a teamcoach) or 'logboek-reminder'
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('sender_person_id', 'text')
        .addColumn('at', instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('contact_budget_pk', ['person_id', 'week'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('contact_budget').execute();
      await db.schema.dropTable('action_points').execute();
    },
  };
}
