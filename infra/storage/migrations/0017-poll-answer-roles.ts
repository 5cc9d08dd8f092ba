import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

/**
 * The roster roles a poll is for: only answers of people on the organisation's roster in one of
 * them count toward k and are kept. Polls made before had no such rule; they are for docenten.
 */
export function pollAnswerRoles(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('polls')
        .addColumn('answer_roles', 'text', (c) => c.notNull().defaultTo(sql`'["docent"]'`))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('polls').dropColumn('answer_roles').execute();
    },
  };
}
