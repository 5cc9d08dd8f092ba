import { sql, type Kysely } from 'kysely';
import { isoWeekId, weekOfInstant } from '../../domain/iso-week';
import { nextDue, type DueWeek } from '../../domain/logboek-due';
import type { WeekStatus } from '../../domain/logboek-rhythm';
import type { HolidayPeriod } from '../../domain/organisations';
import { logboekRoles } from '../../domain/roles';
import { momentOf, selectKeepers, type LogboekKeeper } from './logboek-keepers';
import type { KoersSchema } from './schema';

const CHUNK = 500;
/** Enough weeks back for the silent-weeks count and the last settled week, holidays included. */
const WEEK_MS = 7 * 86_400_000;
const HISTORY_MS = 16 * WEEK_MS;

/** What the next-due computation reads of some people: who keeps a logboek, their weeks, holidays. */
export interface DueInputs {
  /** Those of the people who keep a logboek now (consent, logboek role, reachable). */
  keepers: LogboekKeeper[];
  /** Their recent weeks, oldest first (see dueWeeksOf). */
  weeks: Map<string, DueWeek[]>;
  /** The holidays of their organisations. */
  holidays: Map<string, HolidayPeriod[]>;
}

/**
 * The one place the next-due index (logboek_due) is written. Every change that moves someone's
 * prompt or reminder (moment, pause, holiday, consent, role, membership, reachability, a week
 * recorded) calls it in its own transaction; a planning pass writes the rows of the people it
 * handled from what it read of them (writeDue with catch-up), so weeks that ended while nothing
 * ran are passed over. Someone who no longer keeps a logboek loses their row.
 */
export async function refreshDue(
  db: Kysely<KoersSchema>,
  personIds: readonly string[],
  at: Date,
): Promise<void> {
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const ids = [...new Set(personIds.slice(i, i + CHUNK))];
    await writeDue(db, ids, await readDueInputs(db, ids, at), at);
  }
}

/** What the next-due computation needs of these people (at most CHUNK of them). */
export async function readDueInputs(
  db: Kysely<KoersSchema>,
  personIds: readonly string[],
  at: Date,
): Promise<DueInputs> {
  const keepers = await selectKeepers(db, personIds);
  const weeks = await dueWeeksOf(db, personIds, at);
  const organisationIds = [...new Set(keepers.map((k) => k.organisationId))];
  return { keepers, weeks, holidays: await holidaysByOrganisation(db, organisationIds) };
}

/**
 * These people's rows, computed from `inputs`; whoever of them is not among its keepers loses
 * theirs. `catchUp` is a pass's: no prompt for a week before the one it runs in.
 */
export async function writeDue(
  db: Kysely<KoersSchema>,
  personIds: readonly string[],
  { keepers, weeks, holidays }: DueInputs,
  at: Date,
  catchUp = false,
): Promise<void> {
  const rows = keepers.map((keeper) => {
    const due = nextDue(
      {
        moment: momentOf(keeper),
        consentAt: keeper.consentAt,
        pauses: {
          holidays: holidays.get(keeper.organisationId) ?? [],
          pausedUntil: keeper.pausedUntil,
        },
        weeks: weeks.get(keeper.personId) ?? [],
      },
      catchUp ? at : undefined,
    );
    return {
      person_id: keeper.personId,
      prompt_at: due.promptAt?.toISOString() ?? null,
      remind_at: due.remindAt?.toISOString() ?? null,
      remind_week: due.remindWeek,
      updated_at: at.toISOString(),
    };
  });
  const kept = rows.map((row) => row.person_id);
  let gone = db.deleteFrom('logboek_due').where('person_id', 'in', [...personIds]);
  if (kept.length) gone = gone.where('person_id', 'not in', kept);
  await gone.execute();
  if (rows.length === 0) return;
  await db
    .insertInto('logboek_due')
    .values(rows)
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet((eb) => ({
        prompt_at: eb.ref('excluded.prompt_at'),
        remind_at: eb.ref('excluded.remind_at'),
        remind_week: eb.ref('excluded.remind_week'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** After a change to members' roles or to who they are. */
export async function refreshDueOfMembers(
  db: Kysely<KoersSchema>,
  memberIds: readonly string[],
  at: Date,
): Promise<void> {
  if (memberIds.length === 0) return;
  const rows = await db
    .selectFrom('members')
    .select('person_id')
    .where('id', 'in', memberIds)
    .where('person_id', 'is not', null)
    .execute();
  await refreshDue(db, personIdsOf(rows), at);
}

/** After a change to an organisation's holidays: everyone in it. */
export async function refreshDueInOrganisation(
  db: Kysely<KoersSchema>,
  organisationId: string,
  at: Date,
): Promise<void> {
  const rows = await db
    .selectFrom('members')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .where('person_id', 'is not', null)
    .execute();
  await refreshDue(db, personIdsOf(rows), at);
}

/** Every logboek keeper's row, from what is stored (migration 0019, and bench seeding). */
export async function refreshAllDue(db: Kysely<KoersSchema>, at: Date): Promise<void> {
  const rows = await db
    .selectFrom('members')
    .innerJoin('member_roles', 'member_roles.member_id', 'members.id')
    .select('members.person_id')
    .distinct()
    .where('member_roles.role', 'in', [...logboekRoles])
    .where('members.person_id', 'is not', null)
    .orderBy('members.person_id')
    .execute();
  await refreshDue(db, personIdsOf(rows), at);
}

function personIdsOf(rows: { person_id: string | null }[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.person_id ? [row.person_id] : [])))];
}

/**
 * These people's weeks of the last 16 before `at`, oldest first. A week 'prompted' is settled
 * once its card is queued or shown (a crash may have left it without); one that ended over a
 * week ago is settled whatever became of it. A reminder counts while it was not sent.
 */
export async function dueWeeksOf(
  db: Kysely<KoersSchema>,
  personIds: readonly string[],
  at: Date,
): Promise<Map<string, DueWeek[]>> {
  const byPerson = new Map<string, DueWeek[]>();
  if (personIds.length === 0) return byPerson;
  const firstWeek = isoWeekId(weekOfInstant(new Date(at.getTime() - HISTORY_MS), 'UTC'));
  const lastWeek = isoWeekId(weekOfInstant(new Date(at.getTime() - WEEK_MS), 'UTC'));
  const rows = await db
    .selectFrom('logboek_weeks as w')
    .select(['w.person_id', 'w.week', 'w.status', 'w.remind_at', 'w.reminded_at'])
    .select(
      sql<number>`case when w.status = 'prompted' and w.card_activity_id is null
        and w.week >= ${lastWeek} then
        case when exists (select 1 from outbox where outbox.dedupe_key =
          w.person_id || ':logboek-prompt:' || w.week) then 1 else 0 end else 1 end`.as('settled'),
    )
    .where('w.person_id', 'in', personIds)
    .where('w.week', '>=', firstWeek)
    .orderBy('w.week')
    .execute();
  for (const row of rows) {
    const weeks = byPerson.get(row.person_id) ?? [];
    weeks.push({
      week: row.week,
      status: row.status as WeekStatus,
      settled: Number(row.settled) === 1,
      remindAt: row.remind_at && !row.reminded_at ? new Date(row.remind_at) : null,
    });
    byPerson.set(row.person_id, weeks);
  }
  return byPerson;
}

/** The holidays of these organisations, or of all. */
export async function holidaysByOrganisation(
  db: Kysely<KoersSchema>,
  organisationIds?: readonly string[],
): Promise<Map<string, HolidayPeriod[]>> {
  const byOrganisation = new Map<string, HolidayPeriod[]>();
  if (organisationIds?.length === 0) return byOrganisation;
  let query = db.selectFrom('holiday_periods').selectAll();
  if (organisationIds) query = query.where('organisation_id', 'in', organisationIds);
  for (const r of await query.execute()) {
    const list = byOrganisation.get(r.organisation_id) ?? [];
    list.push({ name: r.name, startsOn: r.starts_on, endsOn: r.ends_on });
    byOrganisation.set(r.organisation_id, list);
  }
  return byOrganisation;
}
