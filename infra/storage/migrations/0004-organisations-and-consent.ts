import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

export function organisationsAndConsent(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('studies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('contact_name', 'text', (c) => c.notNull())
        .addColumn('contact_email', 'text', (c) => c.notNull())
        .addColumn('erasure', 'text', (c) => c.notNull())
        .addColumn('withdrawal_working_days', 'integer', (c) => c.notNull())
        .addColumn('extra_non_working_days', 'text', (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('consent_texts')
        .addColumn('study_id', 'text', (c) => c.notNull().references('studies.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('consent_texts_pk', ['study_id', 'version', 'language'])
        .execute();
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('study_id', 'text', (c) => c.notNull().references('studies.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('career_term', 'text', (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('holiday_periods')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('members')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('aad_object_id', 'text')
        .addColumn('created_at', instant, (c) => c.notNull())
        .addUniqueConstraint('members_org_person_unique', ['organisation_id', 'person_id'])
        .execute();
      await db.schema.createIndex('members_person_idx').on('members').column('person_id').execute();
      await db.schema
        .createTable('member_roles')
        .addColumn('member_id', 'text', (c) =>
          c.notNull().references('members.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('granted_at', instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('member_roles_pk', ['member_id', 'role'])
        .execute();
      await db.schema
        .createTable('coach_assignments')
        .addColumn('coach_member_id', 'text', (c) =>
          c.notNull().references('members.id').onDelete('cascade'),
        )
        .addColumn('member_id', 'text', (c) =>
          c.notNull().references('members.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('coach_assignments_pk', ['coach_member_id', 'member_id'])
        .execute();
      await db.schema
        .createTable('buddy_pairs')
        .addColumn('aanjager_member_id', 'text', (c) =>
          c.notNull().references('members.id').onDelete('cascade'),
        )
        .addColumn('maatje_member_id', 'text', (c) =>
          c.notNull().references('members.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('buddy_pairs_pk', ['aanjager_member_id', 'maatje_member_id'])
        .execute();
      await db.schema
        .createTable('invites')
        .addColumn('code_hash', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('uses_left', 'integer', (c) => c.notNull())
        .addColumn('expires_at', instant, (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('consent_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('people.id').onDelete('cascade'),
        )
        .addColumn('study_id', 'text', (c) => c.notNull().references('studies.id'))
        // Order of the person's choices for the study; times can tie within a millisecond.
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('choice', 'text', (c) => c.notNull())
        .addColumn('text_version', 'integer')
        .addColumn('text_hash', 'text')
        .addColumn('language', 'text')
        .addColumn('at', instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('consent_events_person_idx')
        .on('consent_events')
        .columns(['person_id', 'study_id', 'seq'])
        .unique()
        .execute();
      await db.schema
        .createTable('pseudonyms')
        .addColumn('study_id', 'text', (c) => c.notNull().references('studies.id'))
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_hash', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('created_at', instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('pseudonyms_pk', ['study_id', 'subject_kind', 'subject_hash'])
        .addUniqueConstraint('pseudonyms_code_unique', ['study_id', 'code'])
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', instant, (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'audit_log',
        'pseudonyms',
        'consent_events',
        'invites',
        'buddy_pairs',
        'coach_assignments',
        'member_roles',
        'members',
        'holiday_periods',
        'organisations',
        'consent_texts',
        'studies',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
