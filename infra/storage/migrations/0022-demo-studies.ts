import type { Kysely, Migration } from 'kysely';
import type { StorageKind } from '../database';
import { columnTypes } from './column-types';

/**
 * The studies `koers demo` made, so `koers demo --reset` removes those and nothing an operator
 * set up by hand. Everything else the demo made hangs off the study.
 */
export function demoStudies(kind: StorageKind): Migration {
  const { instant } = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('demo_studies')
        .addColumn('study_id', 'text', (c) =>
          c.primaryKey().references('studies.id').onDelete('cascade'),
        )
        .addColumn('created_at', instant, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('demo_studies').execute();
    },
  };
}
