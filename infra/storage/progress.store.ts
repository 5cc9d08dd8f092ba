import type { Kysely } from 'kysely';
import { isRole } from '../../domain/roles';
import type { WeekRecord, WeekStatus } from './logboek.store';
import type { KoersSchema } from './schema';
import type { ProgressRow } from '../../domain/progress';

/** The facts behind `voortgang`: members, their logboek weeks and when they last wrote. */
export class ProgressStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async members(memberIds: readonly string[]): Promise<ProgressRow[]> {
    if (memberIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('members')
      .innerJoin('organisations', 'organisations.id', 'members.organisation_id')
      .leftJoin('member_roles', 'member_roles.member_id', 'members.id')
      .leftJoin('people', 'people.id', 'members.person_id')
      .leftJoin('logboek_settings', 'logboek_settings.person_id', 'members.person_id')
      .select((eb) => [
        'members.id as memberId',
        'members.person_id as personId',
        'members.name as name',
        'organisations.id as organisationId',
        'organisations.name as organisationName',
        'organisations.time_zone as organisationTimeZone',
        'people.time_zone as personTimeZone',
        'people.locale as locale',
        'member_roles.role as role',
        'logboek_settings.paused_until as pausedUntil',
        eb
          .selectFrom('consent_events as latest')
          .select('latest.choice')
          .whereRef('latest.person_id', '=', 'members.person_id')
          .whereRef('latest.study_id', '=', 'organisations.study_id')
          .orderBy('latest.seq', 'desc')
          .limit(1)
          .as('consent'),
      ])
      .where('members.id', 'in', [...memberIds])
      .orderBy('members.name')
      .orderBy('members.id')
      .execute();
    const byMember = new Map<string, ProgressRow>();
    for (const row of rows) {
      const member = byMember.get(row.memberId) ?? {
        memberId: row.memberId,
        personId: row.personId,
        organisationId: row.organisationId,
        organisationName: row.organisationName,
        name: row.name,
        locale: row.locale,
        roles: [],
        timeZone: row.personTimeZone ?? row.organisationTimeZone,
        pausedUntil: row.pausedUntil,
        consent: row.consent,
      };
      if (row.role && isRole(row.role) && !member.roles.includes(row.role)) {
        member.roles.push(row.role);
      }
      byMember.set(row.memberId, member);
    }
    return [...byMember.values()];
  }

  /** Each person's logboek weeks since `firstWeek`, oldest first. */
  async weeks(personIds: readonly string[], firstWeek: string) {
    const weeks = new Map<string, WeekRecord[]>();
    if (personIds.length === 0) return weeks;
    const rows = await this.db
      .selectFrom('logboek_weeks')
      .select(['person_id', 'week', 'status'])
      .where('person_id', 'in', [...personIds])
      .where('week', '>=', firstWeek)
      .orderBy('week')
      .execute();
    for (const row of rows) {
      const record = { week: row.week, status: row.status as WeekStatus };
      weeks.set(row.person_id, [...(weeks.get(row.person_id) ?? []), record]);
    }
    return weeks;
  }

  /** When each person last contributed anything (an entry, a note, a voice message). */
  async lastContributions(personIds: readonly string[]): Promise<Map<string, Date>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('contributions')
      .select(['person_id', (eb) => eb.fn.max('submitted_at').as('last')])
      .where('person_id', 'in', [...personIds])
      .groupBy('person_id')
      .execute();
    return new Map(rows.map((row) => [row.person_id, new Date(row.last)]));
  }

  /** Each person's next check-in (as an invitee) after `at`. */
  async nextCheckIns(personIds: readonly string[], at: Date): Promise<Map<string, Date>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('check_in_invitees')
      .innerJoin('check_ins', 'check_ins.id', 'check_in_invitees.check_in_id')
      .select([
        'check_in_invitees.person_id as personId',
        (eb) => eb.fn.min('check_ins.starts_at').as('next'),
      ])
      .where('check_in_invitees.person_id', 'in', [...personIds])
      .where('check_ins.starts_at', '>', at.toISOString())
      .where('check_ins.cancelled_at', 'is', null)
      .groupBy('check_in_invitees.person_id')
      .execute();
    return new Map(rows.map((row) => [row.personId, new Date(row.next)]));
  }
}
