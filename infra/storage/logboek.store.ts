import type { Kysely } from 'kysely';
import type { IsoWeekday } from '../../domain/local-date';
import type { WeekStatus } from '../../domain/logboek-rhythm';
import { markWeek } from './contribution-writes';
import { refreshDue } from './logboek-due';
import type { LogboekKeeper } from './logboek-keepers';
import type { KoersSchema } from './schema';

export type { LogboekKeeper } from './logboek-keepers';
export type { WeekStatus };

/** A week to record as a planning pass found it. */
export interface WeekToRecord {
  keeper: Pick<LogboekKeeper, 'personId' | 'organisationId'>;
  week: string;
  status: WeekStatus;
  promptedAt?: Date;
  remindAt?: Date | null;
}

export interface WeekRecord {
  week: string;
  status: WeekStatus;
}

/** The logboek's rhythm in storage: who is asked when, and what each week came to. */
export class LogboekStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  /** The person's chosen moment and pause; null fields mean the defaults. */
  async settingsOf(personId: string) {
    return this.db
      .selectFrom('logboek_settings')
      .select(['weekday', 'hour', 'minute', 'time_zone as timeZone', 'paused_until as pausedUntil'])
      .where('person_id', '=', personId)
      .executeTakeFirst();
  }

  async saveSettings(
    personId: string,
    settings: { weekday: IsoWeekday; hour: number; minute: number; pausedUntil: string | null },
    at: Date,
  ): Promise<void> {
    const values = {
      weekday: settings.weekday,
      hour: settings.hour,
      minute: settings.minute,
      paused_until: settings.pausedUntil,
      updated_at: at.toISOString(),
    };
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('logboek_settings')
        .values({ person_id: personId, time_zone: null, ...values })
        .onConflict((oc) => oc.column('person_id').doUpdateSet(values))
        .execute();
      await refreshDue(tx, [personId], at);
    });
  }

  /** The person's weeks, oldest first, for the silent-week rhythm. */
  async recentWeeks(personId: string, limit = 8): Promise<WeekRecord[]> {
    const rows = await this.db
      .selectFrom('logboek_weeks')
      .select(['week', 'status'])
      .where('person_id', '=', personId)
      .orderBy('week', 'desc')
      .limit(limit)
      .execute();
    return rows.reverse().map((r) => ({ week: r.week, status: r.status as WeekStatus }));
  }

  /** One week, as `recordWeeks`, and the person's next-due row with it. */
  async recordWeek(
    keeper: Pick<LogboekKeeper, 'personId' | 'organisationId'>,
    week: string,
    status: WeekStatus,
    times: { promptedAt?: Date; remindAt?: Date | null },
    at: Date,
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await recordWeeks(tx, [{ keeper, week, status, ...times }], at);
      await refreshDue(tx, [keeper.personId], at);
    });
  }

  /** The person skipped the week's card; writing anything marks it written (see markWeek). */
  async skipWeek(
    keeper: Pick<LogboekKeeper, 'personId' | 'organisationId'>,
    week: string,
    at: Date,
  ): Promise<void> {
    await markWeek(this.db, keeper, week, 'skipped', at);
  }

  /**
   * "Later": the week's one reminder moves to `remindAt`, only while the week is open and none was
   * sent yet (at most one a week). Returns whether it moved.
   */
  async askLater(personId: string, week: string, remindAt: Date, at: Date): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const { numUpdatedRows } = await tx
        .updateTable('logboek_weeks')
        .set({ remind_at: remindAt.toISOString(), updated_at: at.toISOString() })
        .where('person_id', '=', personId)
        .where('week', '=', week)
        .where('status', '=', 'prompted')
        .where('reminded_at', 'is', null)
        .executeTakeFirst();
      if (numUpdatedRows === 0n) return false;
      await refreshDue(tx, [personId], at);
      return true;
    });
  }

  /**
   * The week's card is now the message `activityId`: a week with no row yet is recorded as
   * prompted (so the scheduler sends no second card; no reminder follows a card the person asked
   * for). Returns the message that held the week's card before, if any: the one the person asked
   * for earlier, or else the scheduler's prompt.
   */
  async showCard(
    keeper: Pick<LogboekKeeper, 'personId' | 'organisationId'>,
    week: string,
    activityId: string,
    at: Date,
  ): Promise<string | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('logboek_weeks')
        .select('card_activity_id')
        .where('person_id', '=', keeper.personId)
        .where('week', '=', week)
        .executeTakeFirst();
      const prompt = await tx
        .selectFrom('outbox')
        .select('teams_activity_id')
        .where('dedupe_key', '=', `${keeper.personId}:logboek-prompt:${week}`)
        .executeTakeFirst();
      const card = { card_activity_id: activityId, updated_at: at.toISOString() };
      await tx
        .insertInto('logboek_weeks')
        .values({
          person_id: keeper.personId,
          week,
          organisation_id: keeper.organisationId,
          status: 'prompted',
          prompted_at: at.toISOString(),
          remind_at: null,
          reminded_at: null,
          ...card,
        })
        .onConflict((oc) => oc.columns(['person_id', 'week']).doUpdateSet(card))
        .execute();
      const earlier = before?.card_activity_id ?? prompt?.teams_activity_id ?? undefined;
      return earlier === activityId ? undefined : earlier;
    });
  }

  /** How the person's week stands, and since when. */
  async statusOf(personId: string, week: string) {
    const row = await this.db
      .selectFrom('logboek_weeks')
      .select(['status', 'updated_at'])
      .where('person_id', '=', personId)
      .where('week', '=', week)
      .executeTakeFirst();
    return row && { status: row.status, at: new Date(row.updated_at) };
  }

  /** The teamcoaches (in Teams) who have this member on their caseload. */
  async coachesOf(memberId: string): Promise<{ personId: string; locale: string | null }[]> {
    const rows = await this.db
      .selectFrom('coach_assignments')
      .innerJoin('members as coach', 'coach.id', 'coach_assignments.coach_member_id')
      .innerJoin('people', 'people.id', 'coach.person_id')
      .select(['people.id as personId', 'people.locale as locale'])
      .where('coach_assignments.member_id', '=', memberId)
      .execute();
    return rows;
  }
}

/** First writer wins: a week already recorded (written, skipped, prompted) keeps what it has. */
export async function recordWeeks(
  db: Kysely<KoersSchema>,
  weeks: readonly WeekToRecord[],
  at: Date,
): Promise<void> {
  if (weeks.length === 0) return;
  await db
    .insertInto('logboek_weeks')
    .values(
      weeks.map((w) => ({
        person_id: w.keeper.personId,
        week: w.week,
        organisation_id: w.keeper.organisationId,
        status: w.status,
        prompted_at: w.promptedAt?.toISOString() ?? null,
        remind_at: w.remindAt?.toISOString() ?? null,
        reminded_at: null,
        updated_at: at.toISOString(),
      })),
    )
    .onConflict((oc) => oc.columns(['person_id', 'week']).doNothing())
    .execute();
}
