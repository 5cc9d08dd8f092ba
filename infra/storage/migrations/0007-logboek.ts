import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/** The weekly logboek: each person's moment, and what happened in each ISO week. */
export function logboek(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('logboek_settings')
        .addColumn('person_id', 'text', (c) =>
          c.primaryKey().references('people.id').onDelete('cascade'),
        )
        .addColumn('weekday', 'integer', (c) => c.notNull())
        .addColumn('hour', 'integer', (c) => c.notNull())
        .addColumn('minute', 'integer', (c) => c.notNull())
        .addColumn('time_zone', 'text')
        .addColumn('paused_until', 'text')
        .addColumn('updated_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('logboek_weeks')
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addColumn('week', 'text', (c) => c.notNull())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        // prompted | written | skipped | quiet (holiday or pause) | coach-told
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('prompted_at', instant)
        .addColumn('remind_at', instant)
        .addColumn('reminded_at', instant)
        .addColumn('updated_at', instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('logboek_weeks_pk', ['person_id', 'week'])
        .execute();
      await db.schema
        .createIndex('logboek_weeks_remind_idx')
        .on('logboek_weeks')
        .columns(['status', 'remind_at'])
        .execute();
      await db.schema.alterTable('contributions').addColumn('tags', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('contributions').dropColumn('tags').execute();
      await db.schema.dropTable('logboek_weeks').execute();
      await db.schema.dropTable('logboek_settings').execute();
    },
  };
}
