import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/**
 * Check-ins a teamcoach plans with an aanjager (and maatje). A repeat is stored as one row per
 * occurrence, so each can move, be reminded and end in agreements on its own.
 */
export function checkIns(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('check_in_series')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('every_weeks', 'integer', (c) => c.notNull())
        .addColumn('until', 'text', (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('check_ins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('coach_person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addColumn('series_id', 'text', (c) =>
          c.references('check_in_series.id').onDelete('cascade'),
        )
        .addColumn('starts_at', instant, (c) => c.notNull())
        .addColumn('ends_at', instant, (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull())
        // 'online' | 'on-site'
        .addColumn('mode', 'text', (c) => c.notNull())
        // Free text (a room, an address, a meeting link): sealed with the field cipher.
        .addColumn('location', 'text')
        .addColumn('key_id', 'text')
        .addColumn('sequence', 'integer', (c) => c.notNull())
        .addColumn('invite_at', instant, (c) => c.notNull())
        .addColumn('agreements_requested_at', instant)
        .addColumn('agreements_recorded_at', instant)
        .addColumn('created_at', instant, (c) => c.notNull())
        .addColumn('updated_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('check_ins_starts_idx')
        .on('check_ins')
        .column('starts_at')
        .execute();
      await db.schema
        .createIndex('check_ins_ends_idx')
        .on('check_ins')
        .columns(['agreements_requested_at', 'ends_at'])
        .execute();
      await db.schema
        .createTable('check_in_invitees')
        .addColumn('check_in_id', 'text', (c) =>
          c.notNull().references('check_ins.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        // 'aanjager' | 'maatje'
        .addColumn('role', 'text', (c) => c.notNull())
        // 'pending' | 'accepted' | 'proposed'
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('proposed_starts_at', instant)
        .addColumn('responded_at', instant)
        // The check-in's sequence this person was last sent an invitation for.
        .addColumn('invited_sequence', 'integer')
        .addColumn('proposal_told_at', instant)
        .addPrimaryKeyConstraint('check_in_invitees_pk', ['check_in_id', 'person_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('check_in_invitees').execute();
      await db.schema.dropTable('check_ins').execute();
      await db.schema.dropTable('check_in_series').execute();
    },
  };
}
