import { sql, type Kysely, type Migration } from 'kysely';

/**
 * One live card per person and week, and no save over what the person did not see:
 * `contributions.revision` counts the saves of an entry (a card carries the revision it was drawn
 * from), and `logboek_weeks.card_activity_id` is the Teams message that holds the week's card
 * now, so an earlier one can be retired in place when a newer one is shown.
 */
export function logboekCards(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('contributions')
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.alterTable('logboek_weeks').addColumn('card_activity_id', 'text').execute();
      // Notes and files counted for nothing before: their weeks were left unwritten.
      await sql`insert into logboek_weeks
          (person_id, week, organisation_id, status, prompted_at, remind_at, reminded_at, updated_at)
        select person_id, period, organisation_id, 'written', null, null, null, max(submitted_at)
        from contributions where period is not null
        group by person_id, period, organisation_id
        on conflict (person_id, week) do update set status = 'written', remind_at = null`.execute(
        db,
      );
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('logboek_weeks').dropColumn('card_activity_id').execute();
      await db.schema.alterTable('contributions').dropColumn('revision').execute();
    },
  };
}
