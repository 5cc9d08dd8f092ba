import type { Kysely } from 'kysely';
import type { CaseloadAanjager, CheckIn } from '../../domain/check-ins';
import { mayBeInvited } from '../../domain/slotinterviews';
import { latestConsent } from './person-lock';
import type { KoersSchema } from './schema';

/** Who a teamcoach can plan a check-in with, and who of them may be sent anything (C1). */
export class CheckInCaseloadStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  /**
   * The aanjagers (in Teams) on the caseload of these coach memberships, with their maatje.
   * Whether the coach may plan with each is for the access rules to say, not this query.
   */
  async aanjagersOf(coachMemberIds: readonly string[]): Promise<CaseloadAanjager[]> {
    if (coachMemberIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('coach_assignments')
      .innerJoin('members', 'members.id', 'coach_assignments.member_id')
      .innerJoin('member_roles', 'member_roles.member_id', 'members.id')
      .innerJoin('organisations', 'organisations.id', 'members.organisation_id')
      .innerJoin('people', 'people.id', 'members.person_id')
      .leftJoin('buddy_pairs', 'buddy_pairs.aanjager_member_id', 'members.id')
      .leftJoin('members as buddy', 'buddy.id', 'buddy_pairs.maatje_member_id')
      .leftJoin('people as buddy_person', 'buddy_person.id', 'buddy.person_id')
      .select([
        'members.id as memberId',
        'members.organisation_id as organisationId',
        'organisations.study_id as studyId',
        'people.id as personId',
        'people.name as name',
        'buddy_person.id as maatjePersonId',
        'buddy_person.name as maatjeName',
      ])
      .where('coach_assignments.coach_member_id', 'in', [...coachMemberIds])
      .where('member_roles.role', '=', 'aanjager')
      .orderBy('people.name')
      .execute();
    const seen = new Set<string>();
    return rows
      .filter((row) => !seen.has(row.memberId) && seen.add(row.memberId))
      .map((row) => ({
        memberId: row.memberId,
        organisationId: row.organisationId,
        studyId: row.studyId,
        personId: row.personId,
        name: row.name,
        maatje:
          row.maatjePersonId && row.maatjeName
            ? { personId: row.maatjePersonId, name: row.maatjeName }
            : null,
      }));
  }

  /** Those of `personIds` whose latest consent for the organisation's study is 'given'. */
  async consenting(personIds: readonly string[], organisationId: string): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('people')
      .select('people.id')
      .where('people.id', 'in', [...personIds])
      .where((eb) =>
        eb(
          eb
            .selectFrom('consent_events as latest')
            .innerJoin('organisations', 'organisations.study_id', 'latest.study_id')
            .select('latest.choice')
            .whereRef('latest.person_id', '=', 'people.id')
            .where('organisations.id', '=', organisationId)
            .orderBy('latest.seq', 'desc')
            .limit(1),
          '=',
          'given',
        ),
      )
      .execute();
    return new Set(rows.map((row) => row.id));
  }

  /** The invitees of a check-in who may be sent its messages, by its kind and their role. */
  async invitable(checkIn: CheckIn): Promise<Set<string>> {
    const organisation = await this.db
      .selectFrom('organisations')
      .select('study_id')
      .where('id', '=', checkIn.organisationId)
      .executeTakeFirst();
    const invitable = new Set<string>();
    if (!organisation) return invitable;
    for (const invitee of checkIn.invitees) {
      const latest = await latestConsent(this.db, invitee.personId, organisation.study_id);
      if (mayBeInvited(checkIn.kind, invitee.role, latest?.choice)) invitable.add(invitee.personId);
    }
    return invitable;
  }
}
