import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/**
 * Short reflection polls for docenten (domain.md, "Polls"). An anonymous answer row holds no
 * person; while the poll is open, `poll_markers` ties a keyed hash of (poll, person) to the
 * answer so it can be changed; closing deletes the markers.
 */
export function polls(kind: StorageKind): Migration {
  const { instant, json } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('organisations')
        .addColumn('poll_min_answers', 'integer', (c) => c.notNull().defaultTo(5))
        .execute();
      await db.schema
        .createTable('polls')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('owner_person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        // Sealed, like all free text (`polls.title:<id>`).
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('anonymous', 'integer', (c) => c.notNull())
        .addColumn('min_answers', 'integer', (c) => c.notNull())
        // 'conversation' | 'people'
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text')
        .addColumn('activity_id', 'text')
        .addColumn('closes_at', instant, (c) => c.notNull())
        .addColumn('closed_at', instant)
        .addColumn('created_at', instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('polls_closes_idx').on('polls').columns(['closes_at']).execute();
      await db.schema
        .createTable('poll_questions')
        // Its own id, so the sealed text has a context (`poll_questions.text:<id>`) to reseal by.
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        // 'scale' | 'single' | 'multiple' | 'open'
        .addColumn('kind', 'text', (c) => c.notNull())
        // Sealed: the author may have rewritten it.
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        // The template's choices or scale labels, not typed by the author, so not sealed.
        .addColumn('choices', json, (c) => c.notNull())
        .addUniqueConstraint('poll_questions_position_uq', ['poll_id', 'position'])
        .execute();
      await db.schema
        .createTable('poll_answers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
        // Named polls only; null in anonymous ones.
        .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
        // Sealed JSON of the answers by question position; no time, so no order to match.
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        // Named polls only: the end of the bedenktijd (C4). An anonymous answer has it only on
        // its marker, so once the poll closes no time is left beside it.
        .addColumn('window_ends_at', instant)
        .execute();
      await db.schema
        .createIndex('poll_answers_poll_idx')
        .on('poll_answers')
        .columns(['poll_id'])
        .execute();
      await db.schema
        .createTable('poll_markers')
        .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
        .addColumn('marker', 'text', (c) => c.notNull())
        .addColumn('answer_id', 'text', (c) =>
          c.notNull().references('poll_answers.id').onDelete('cascade'),
        )
        // Local midnight after the bedenktijd: a day, not the moment of answering.
        .addColumn('window_ends_at', instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('poll_markers_pk', ['poll_id', 'marker'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('poll_markers').execute();
      await db.schema.dropTable('poll_answers').execute();
      await db.schema.dropTable('poll_questions').execute();
      await db.schema.dropTable('polls').execute();
      await db.schema.alterTable('organisations').dropColumn('poll_min_answers').execute();
    },
  };
}
