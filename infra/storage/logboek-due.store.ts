import type { Kysely } from 'kysely';
import { readDueInputs, writeDue, type DueInputs } from './logboek-due';
import { recordWeeks, type WeekToRecord } from './logboek.store';
import type { KoersSchema } from './schema';

/** A reminder the index says is due, and whether its week still waits for one. */
export interface ReminderDue {
  personId: string;
  week: string;
  open: boolean;
}

/**
 * What a planning pass reads and writes of the logboek: the people due now, by the next-due
 * index (logboek_due), in batches; then, per batch, the weeks it recorded and their next-due rows.
 */
export class LogboekDueStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  /** Up to `limit` people whose weekly prompt is due by `at`, longest waiting first. */
  async promptsDue(at: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('logboek_due')
      .select('person_id')
      .where('prompt_at', '<=', at.toISOString())
      .orderBy('prompt_at')
      .limit(limit)
      .execute();
    return rows.map((row) => row.person_id);
  }

  /** Up to `limit` reminders due by `at`; a week answered since is not open (its row is stale). */
  async remindersDue(at: Date, limit: number): Promise<ReminderDue[]> {
    const rows = await this.db
      .selectFrom('logboek_due as d')
      .leftJoin('logboek_weeks as w', (join) =>
        join.onRef('w.person_id', '=', 'd.person_id').onRef('w.week', '=', 'd.remind_week'),
      )
      .select(['d.person_id', 'd.remind_week', 'w.status', 'w.reminded_at'])
      .where('d.remind_at', '<=', at.toISOString())
      .orderBy('d.remind_at')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      personId: row.person_id,
      week: row.remind_week ?? '',
      open: row.status === 'prompted' && row.reminded_at === null,
    }));
  }

  /** What a pass decides on for these people, and moves their rows on with afterwards. */
  async inputsOf(personIds: readonly string[], at: Date): Promise<DueInputs> {
    return readDueInputs(this.db, personIds, at);
  }

  async recordWeeks(weeks: readonly WeekToRecord[], at: Date): Promise<void> {
    await recordWeeks(this.db, weeks, at);
  }

  /** Marks these weeks reminded, before their reminders are queued: one lost beats two sent. */
  async markReminded(reminders: readonly { personId: string; week: string }[], at: Date) {
    const byWeek = new Map<string, string[]>();
    for (const { personId, week } of reminders) {
      byWeek.set(week, [...(byWeek.get(week) ?? []), personId]);
    }
    for (const [week, personIds] of byWeek) {
      await this.db
        .updateTable('logboek_weeks')
        .set({ reminded_at: at.toISOString(), updated_at: at.toISOString() })
        .where('week', '=', week)
        .where('person_id', 'in', personIds)
        .where('reminded_at', 'is', null)
        .execute();
    }
  }

  /**
   * After a batch is queued: the handled people's next-due rows, past the week of `at`, from what
   * the pass read of them with what it recorded (nothing is read again).
   */
  async passed(personIds: readonly string[], inputs: DueInputs, at: Date): Promise<void> {
    await writeDue(this.db, personIds, inputs, at, true);
  }
}
