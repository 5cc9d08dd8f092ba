import type { Kysely } from 'kysely';
import type { Membership, Viewer } from '../../domain/access.rules';
import type { Member } from '../../domain/organisations';
import { isRole, type Role } from '../../domain/roles';
import { writeAudit } from './audit.store';
import { refreshDueOfMembers } from './logboek-due';
import type { KoersSchema } from './schema';

/** Who belongs to which organisation, in which role, coached by whom and paired with whom. */
export class MembersStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async viewerOf(personId: string): Promise<Viewer> {
    const rows = await this.db
      .selectFrom('members')
      .innerJoin('organisations', 'organisations.id', 'members.organisation_id')
      .leftJoin('member_roles', 'member_roles.member_id', 'members.id')
      .leftJoin('coach_assignments', 'coach_assignments.coach_member_id', 'members.id')
      // A coach's caseload holds the maatjes paired with the aanjagers they coach too.
      .leftJoin('buddy_pairs', 'buddy_pairs.aanjager_member_id', 'coach_assignments.member_id')
      .select([
        'members.id as memberId',
        'members.organisation_id as organisationId',
        'organisations.study_id as studyId',
        'member_roles.role as role',
        'coach_assignments.member_id as coached',
        'buddy_pairs.maatje_member_id as buddy',
      ])
      .where('members.person_id', '=', personId)
      .execute();
    const byMember = new Map<string, Membership & { roles: Role[]; caseload: string[] }>();
    for (const row of rows) {
      const m = byMember.get(row.memberId) ?? {
        memberId: row.memberId,
        organisationId: row.organisationId,
        studyId: row.studyId,
        roles: [],
        caseload: [],
      };
      if (row.role && isRole(row.role) && !m.roles.includes(row.role)) m.roles.push(row.role);
      for (const coached of [row.coached, row.buddy]) {
        if (coached && !m.caseload.includes(coached)) m.caseload.push(coached);
      }
      byMember.set(row.memberId, m);
    }
    return { personId, memberships: [...byMember.values()] };
  }

  /** A member by id, e-mail or AAD object id, as an operator types it. */
  async find(organisationId: string, ref: string): Promise<Member | undefined> {
    const key = ref.trim();
    const row = await this.db
      .selectFrom('members')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where((eb) =>
        eb.or([
          eb('id', '=', key),
          eb('email', '=', key.toLowerCase()),
          eb('aad_object_id', '=', key),
        ]),
      )
      .executeTakeFirst();
    return row && (await this.withRoles([row]))[0];
  }

  async list(organisationId: string): Promise<Member[]> {
    const rows = await this.db
      .selectFrom('members')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .orderBy('name')
      .execute();
    return this.withRoles(rows);
  }

  async assignCoach(coachMemberId: string, memberId: string): Promise<void> {
    await this.db
      .insertInto('coach_assignments')
      .values({ coach_member_id: coachMemberId, member_id: memberId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async pair(aanjagerMemberId: string, maatjeMemberId: string): Promise<void> {
    await this.db
      .insertInto('buddy_pairs')
      .values({ aanjager_member_id: aanjagerMemberId, maatje_member_id: maatjeMemberId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async revokeRole(memberId: string, role: Role, actor: string, at: Date): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const { numDeletedRows } = await tx
        .deleteFrom('member_roles')
        .where('member_id', '=', memberId)
        .where('role', '=', role)
        .executeTakeFirst();
      if (numDeletedRows === 0n) return false;
      await refreshDueOfMembers(tx, [memberId], at);
      await writeAudit(
        tx,
        { actor, action: 'role.revoked', subject: `member:${memberId}`, details: { role } },
        at,
      );
      return true;
    });
  }

  private async withRoles(
    rows: {
      id: string;
      organisation_id: string;
      person_id: string | null;
      name: string;
      email: string | null;
    }[],
  ): Promise<Member[]> {
    if (rows.length === 0) return [];
    const roles = await this.db
      .selectFrom('member_roles')
      .select(['member_id', 'role'])
      .where(
        'member_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('role')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      personId: r.person_id,
      name: r.name,
      email: r.email,
      roles: roles
        .filter((x) => x.member_id === r.id)
        .map((x) => x.role)
        .filter(isRole),
    }));
  }
}
