import type { Kysely, Migration } from 'kysely';

/**
 * The reminder planner asks every minute for weeks still 'prompted', not reminded, whose reminder
 * time has passed (LogboekStore.remindersDue). Every week nobody answered stays 'prompted' with its
 * reminder in the past, so on (status, remind_at) that query walked all of them and looked each
 * row up to test reminded_at: 3 to 4 seconds a pass once 100,000 people had 20 weeks behind them
 * (bench:scale). With reminded_at in the index, before the range, it reads only the due rows.
 */
export function logboekRemindersDue(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('logboek_weeks_reminders_due_idx')
        .on('logboek_weeks')
        .columns(['status', 'reminded_at', 'remind_at'])
        .execute();
      await db.schema.dropIndex('logboek_weeks_remind_idx').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema
        .createIndex('logboek_weeks_remind_idx')
        .on('logboek_weeks')
        .columns(['status', 'remind_at'])
        .execute();
      await db.schema.dropIndex('logboek_weeks_reminders_due_idx').execute();
    },
  };
}
