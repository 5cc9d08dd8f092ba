import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

export function peopleAndConversations(kind: StorageKind): Migration {
  const { instant, json } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('people')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('aad_object_id', 'text', (c) => c.notNull())
        .addColumn('teams_user_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('locale', 'text')
        .addColumn('unreachable_since', instant)
        .addColumn('created_at', instant, (c) => c.notNull())
        .addColumn('updated_at', instant, (c) => c.notNull())
        .addUniqueConstraint('people_tenant_aad_unique', ['tenant_id', 'aad_object_id'])
        .execute();
      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
        .addColumn('reference', json, (c) => c.notNull())
        .addColumn('welcomed_at', instant)
        .addColumn('updated_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('conversations_person_idx')
        .on('conversations')
        .column('person_id')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('conversations').execute();
      await db.schema.dropTable('people').execute();
    },
  };
}
