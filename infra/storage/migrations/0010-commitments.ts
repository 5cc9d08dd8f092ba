import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/**
 * The teamcoach's commitment per organisation (about 40 coach hours and 5 dagdelen, domain.md
 * "Roles"), what was used of it, and the personal calls after an aanjager's silent weeks.
 */
export function commitments(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      // SQLite adds one column per ALTER TABLE.
      await db.schema
        .alterTable('organisations')
        .addColumn('coach_hours_agreed', 'integer', (c) => c.notNull().defaultTo(40))
        .execute();
      await db.schema
        .alterTable('organisations')
        .addColumn('dagdelen_agreed', 'integer', (c) => c.notNull().defaultTo(5))
        .execute();
      await db.schema
        .createTable('coaching_commitments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('coach_person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        // 'hours' | 'dagdeel'
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('minutes', 'integer')
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('key_id', 'text')
        .addColumn('created_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('coaching_commitments_organisation_idx')
        .on('coaching_commitments')
        .columns(['organisation_id', 'kind'])
        .execute();
      await db.schema
        .createTable('coach_calls')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('coach_person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addColumn('week', 'text', (c) => c.notNull())
        .addColumn('called_at', instant, (c) => c.notNull())
        .addUniqueConstraint('coach_calls_once', ['coach_person_id', 'person_id', 'week'])
        .execute();
      await db.schema
        .createIndex('coach_calls_person_idx')
        .on('coach_calls')
        .columns(['person_id', 'called_at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('coach_calls').execute();
      await db.schema.dropTable('coaching_commitments').execute();
      await db.schema.alterTable('organisations').dropColumn('dagdelen_agreed').execute();
      await db.schema.alterTable('organisations').dropColumn('coach_hours_agreed').execute();
    },
  };
}
