import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/** What people contribute to a study; `content` columns hold AES-GCM ciphertext only. */
export function contributions(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('contributions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('period', 'text')
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('submitted_at', instant, (c) => c.notNull())
        .addColumn('window_ends_at', instant, (c) => c.notNull())
        .addColumn('updated_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('contributions_person_idx')
        .on('contributions')
        .columns(['person_id', 'submitted_at'])
        .execute();
      await db.schema
        .createTable('attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('contribution_id', 'text', (c) =>
          c.notNull().references('contributions.id').onDelete('cascade'),
        )
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size_bytes', 'integer', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('attachments_contribution_idx')
        .on('attachments')
        .column('contribution_id')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('attachments').execute();
      await db.schema.dropTable('contributions').execute();
    },
  };
}
