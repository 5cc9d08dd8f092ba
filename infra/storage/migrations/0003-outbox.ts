import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

export function outbox(kind: StorageKind): Migration {
  const { instant, json } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
        .addColumn('conversation_id', 'text')
        .addColumn('activity', json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('skip_reason', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', instant, (c) => c.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_until', instant)
        .addColumn('last_error', 'text')
        .addColumn('teams_activity_id', 'text')
        .addColumn('created_at', instant, (c) => c.notNull())
        .addColumn('updated_at', instant, (c) => c.notNull())
        .addColumn('sent_at', instant)
        .execute();
      // The drainer's only hot query: due rows in order.
      await db.schema
        .createIndex('outbox_due_idx')
        .on('outbox')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema.createIndex('outbox_person_idx').on('outbox').column('person_id').execute();
      // Instances that send say here that they are alive, to share the app-wide rate.
      await db.schema
        .createTable('delivery_workers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('seen_at', instant, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('delivery_workers').execute();
      await db.schema.dropTable('outbox').execute();
    },
  };
}
