import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageKind } from '../database';

/**
 * On SQLite an ordinary table keeps its rows in rowid order, which is the order people answered:
 * with the database, that lines anonymous answers up with consent times. Rebuilt WITHOUT ROWID,
 * rows sit in the order of their random ids. PostgreSQL keeps heap order instead; closing a poll
 * rewrites its rows in random order (PollsStore.close).
 */
export function pollAnswersWithoutOrder(kind: StorageKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (kind === 'sqlite') await rebuild(db, sql`without rowid`);
    },
    async down(db: Kysely<unknown>) {
      if (kind === 'sqlite') await rebuild(db, sql``);
    },
  };
}

async function rebuild(db: Kysely<unknown>, ending: ReturnType<typeof sql>) {
  await db.schema
    .createTable('poll_answers_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('window_ends_at', 'text')
    .modifyEnd(ending)
    .execute();
  await db.schema
    .createTable('poll_markers_next')
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('marker', 'text', (c) => c.notNull())
    .addColumn('answer_id', 'text', (c) =>
      c.notNull().references('poll_answers_next.id').onDelete('cascade'),
    )
    .addColumn('window_ends_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_markers_pk', ['poll_id', 'marker'])
    .modifyEnd(ending)
    .execute();
  await sql`insert into poll_answers_next select id, poll_id, person_id, content, key_id, window_ends_at from poll_answers order by id`.execute(
    db,
  );
  await sql`insert into poll_markers_next select poll_id, marker, answer_id, window_ends_at from poll_markers order by poll_id, marker`.execute(
    db,
  );
  // Markers first: dropping the answers would otherwise cascade into them.
  await db.schema.dropTable('poll_markers').execute();
  await db.schema.dropTable('poll_answers').execute();
  // SQLite rewrites the markers' reference along with the rename.
  await db.schema.alterTable('poll_answers_next').renameTo('poll_answers').execute();
  await db.schema.alterTable('poll_markers_next').renameTo('poll_markers').execute();
  await db.schema
    .createIndex('poll_answers_poll_idx')
    .on('poll_answers')
    .columns(['poll_id'])
    .execute();
}
