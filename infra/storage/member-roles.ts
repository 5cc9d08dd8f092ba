import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Person } from '../../domain/people';
import type { Role } from '../../domain/roles';
import { writeAudit } from './audit.store';
import { refreshDueOfMembers } from './logboek-due';
import type { KoersSchema } from './schema';

/** The person's member row in the organisation, created when they have none yet. */
export async function ensureMember(
  tx: Kysely<KoersSchema>,
  organisationId: string,
  person: Person,
  at: Date,
): Promise<string> {
  const existing = await tx
    .selectFrom('members')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', person.id)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = randomUUID();
  await tx
    .insertInto('members')
    .values({
      id,
      organisation_id: organisationId,
      person_id: person.id,
      name: person.name,
      email: null,
      aad_object_id: person.aadObjectId,
      created_at: at.toISOString(),
    })
    .execute();
  return id;
}

/**
 * Grants a role once; every new grant is audited in the same transaction, and the member's
 * next-due row follows (also when the role was there and the line only now names its person).
 */
export async function grantRole(
  tx: Kysely<KoersSchema>,
  memberId: string,
  role: Role,
  actor: string,
  at: Date,
): Promise<boolean> {
  const { numInsertedOrUpdatedRows } = await tx
    .insertInto('member_roles')
    .values({ member_id: memberId, role, granted_at: at.toISOString() })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  const granted = (numInsertedOrUpdatedRows ?? 0n) > 0n;
  if (granted) {
    await writeAudit(
      tx,
      { actor, action: 'role.granted', subject: `member:${memberId}`, details: { role } },
      at,
    );
  }
  await refreshDueOfMembers(tx, [memberId], at);
  return granted;
}
