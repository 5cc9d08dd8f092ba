import type { Kysely } from 'kysely';
import type { IsoWeekday } from '../../domain/local-date';
import { logboekRoles, type Role } from '../../domain/roles';
import { DEFAULT_MOMENT, type WeeklyMoment } from '../../domain/weekly-moment';
import type { KoersSchema } from './schema';

/** Someone who keeps a logboek and may be asked for it: consent given, reachable. */
export interface LogboekKeeper {
  personId: string;
  memberId: string;
  organisationId: string;
  role: Role;
  name: string;
  locale: string | null;
  timeZone: string;
  moment: { weekday: IsoWeekday; hour: number; minute: number; timeZone: string | null } | null;
  pausedUntil: string | null;
  /** When they said yes (their latest consent): nothing is asked of them for an earlier moment. */
  consentAt: Date;
}

/** Each keeper's own moment: their setting, else Friday 15:00 in their (organisation's) zone. */
export function momentOf(keeper: LogboekKeeper): WeeklyMoment {
  const chosen = keeper.moment ?? DEFAULT_MOMENT;
  return { ...chosen, timeZone: keeper.moment?.timeZone ?? keeper.timeZone };
}

const ID_CHUNK = 500;
/** Those of these people who keep a logboek, one row each (their first logboek membership). */
export async function selectKeepers(
  db: Kysely<KoersSchema>,
  personIds: readonly string[],
): Promise<LogboekKeeper[]> {
  const keepers: LogboekKeeper[] = [];
  for (let i = 0; i < personIds.length; i += ID_CHUNK) {
    keepers.push(...(await query(db, personIds.slice(i, i + ID_CHUNK))));
  }
  return keepers;
}

async function query(db: Kysely<KoersSchema>, personIds: readonly string[]) {
  const select = db
    .selectFrom('members')
    .innerJoin('member_roles', 'member_roles.member_id', 'members.id')
    .innerJoin('organisations', 'organisations.id', 'members.organisation_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .leftJoin('logboek_settings', 'logboek_settings.person_id', 'people.id')
    .select([
      'people.id as personId',
      'members.id as memberId',
      'organisations.id as organisationId',
      'member_roles.role as role',
      'people.name as name',
      'people.locale as locale',
      'people.time_zone as personTimeZone',
      'organisations.time_zone as organisationTimeZone',
      'logboek_settings.weekday as weekday',
      'logboek_settings.hour as hour',
      'logboek_settings.minute as minute',
      'logboek_settings.time_zone as momentTimeZone',
      'logboek_settings.paused_until as pausedUntil',
      (eb) =>
        eb
          .selectFrom('consent_events as since')
          .select('since.at')
          .whereRef('since.person_id', '=', 'people.id')
          .whereRef('since.study_id', '=', 'organisations.study_id')
          .orderBy('since.seq', 'desc')
          .limit(1)
          .as('consentAt'),
    ])
    .where('member_roles.role', 'in', [...logboekRoles])
    .where('people.unreachable_since', 'is', null);
  // On members, not people: PostgreSQL does not carry an IN list across the join, and with it on
  // people.id it scanned every membership instead of looking these up by person.
  const rows = await select
    .where('members.person_id', 'in', personIds)
    .where((eb) =>
      eb(
        eb
          .selectFrom('consent_events as latest')
          .select('latest.choice')
          .whereRef('latest.person_id', '=', 'people.id')
          .whereRef('latest.study_id', '=', 'organisations.study_id')
          .orderBy('latest.seq', 'desc')
          .limit(1),
        '=',
        'given',
      ),
    )
    .orderBy('people.id')
    .orderBy('members.created_at')
    .execute();
  const seen = new Set<string>();
  const keepers: LogboekKeeper[] = [];
  for (const row of rows) {
    if (seen.has(row.personId)) continue;
    seen.add(row.personId);
    keepers.push({
      personId: row.personId,
      memberId: row.memberId,
      organisationId: row.organisationId,
      role: row.role as Role,
      name: row.name,
      locale: row.locale,
      timeZone: row.personTimeZone ?? row.organisationTimeZone,
      moment:
        row.weekday === null || row.hour === null || row.minute === null
          ? null
          : {
              weekday: row.weekday as IsoWeekday,
              hour: row.hour,
              minute: row.minute,
              timeZone: row.momentTimeZone,
            },
      pausedUntil: row.pausedUntil,
      consentAt: new Date(row.consentAt ?? 0),
    });
  }
  return keepers;
}
