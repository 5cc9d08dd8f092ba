import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/**
 * Oogstverslagen put to participants for a member check (issue 19). A report has versions; each
 * version goes to the same people, who agree or ask for a change. A comment is a contribution:
 * sealed, written only with consent, and inside its bedenktijd deleted on withdrawal.
 */
export function reports(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('study_id', 'text', (c) =>
          c.notNull().references('studies.id').onDelete('cascade'),
        )
        // Sealed (`reports.title:<id>`): the researcher typed it.
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        // Which start dialogue or dagdeel it harvests, as the researcher names it ('' if none).
        .addColumn('session', 'text', (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        // The version everyone agreed to, or the one the researcher closed on: frozen from then.
        .addColumn('approved_version_id', 'text')
        .addColumn('approved_at', instant)
        .execute();
      await db.schema
        .createIndex('reports_organisation_idx')
        .on('reports')
        .columns(['organisation_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('report_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('report_id', 'text', (c) =>
          c.notNull().references('reports.id').onDelete('cascade'),
        )
        .addColumn('number', 'integer', (c) => c.notNull())
        // Sealed (`report_versions.text:<id>`); the hash is of the plain text, as sent.
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('sent_at', instant, (c) => c.notNull())
        .addColumn('answer_until', instant, (c) => c.notNull())
        // Set when the one reminder was planned, before it is queued: never two.
        .addColumn('reminded_at', instant)
        // A newer version, or the report's approval, closes this one for answers.
        .addColumn('closed_at', instant)
        .addUniqueConstraint('report_versions_number_uq', ['report_id', 'number'])
        .execute();
      await db.schema
        .createIndex('report_versions_open_idx')
        .on('report_versions')
        .columns(['answer_until'])
        .execute();
      await db.schema
        .createTable('report_recipients')
        .addColumn('report_id', 'text', (c) =>
          c.notNull().references('reports.id').onDelete('cascade'),
        )
        .addColumn('member_id', 'text', (c) =>
          c.notNull().references('members.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('report_recipients_pk', ['report_id', 'person_id'])
        .execute();
      await db.schema
        .createTable('report_answers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('version_id', 'text', (c) =>
          c.notNull().references('report_versions.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        // 'agreed' | 'change'
        .addColumn('verdict', 'text', (c) => c.notNull())
        // Sealed (`report_answers.comment:<id>`); null with an agreement.
        .addColumn('comment', 'text')
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('answered_at', instant, (c) => c.notNull())
        // End of the bedenktijd (C4), counted from the answer.
        .addColumn('window_ends_at', instant, (c) => c.notNull())
        .addUniqueConstraint('report_answers_person_uq', ['version_id', 'person_id'])
        .execute();
      await db.schema
        .createIndex('report_answers_person_idx')
        .on('report_answers')
        .columns(['person_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('report_answers').execute();
      await db.schema.dropTable('report_recipients').execute();
      await db.schema.dropTable('report_versions').execute();
      await db.schema.dropTable('reports').execute();
    },
  };
}
