import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Person } from '../../domain/people';
import { isRole, type Role } from '../../domain/roles';
import { grantRole } from './member-roles';
import type { KoersSchema } from './schema';

export interface RosterEntry {
  name: string;
  email?: string | undefined;
  aadObjectId?: string | undefined;
  role: Role;
}

/** The roster an operator imports, and recognising the people on it when they arrive in Teams. */
export class RosterStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  /**
   * Adds or updates roster lines, all or none; a person Koers already knows is linked at once.
   * Returns the member id of each line.
   */
  async importRoster(
    organisationId: string,
    entries: readonly RosterEntry[],
    actor: string,
    at: Date,
  ): Promise<string[]> {
    return this.db.transaction().execute(async (tx) => {
      const ids: string[] = [];
      for (const entry of entries) ids.push(await addLine(tx, organisationId, entry, actor, at));
      return ids;
    });
  }

  /**
   * Links roster lines to a person who just installed Koers, by AAD object id or e-mail.
   * Returns how many organisations recognised them.
   */
  async recognise(person: Person, email: string | undefined, at: Date): Promise<number> {
    const lowered = email?.trim().toLowerCase();
    return this.db.transaction().execute(async (tx) => {
      const lines = await tx
        .selectFrom('members')
        .select(['id', 'organisation_id'])
        .where('person_id', 'is', null)
        .where((eb) =>
          eb.or([
            eb('aad_object_id', '=', person.aadObjectId),
            ...(lowered ? [eb('email', '=', lowered)] : []),
          ]),
        )
        .execute();
      for (const line of lines) {
        const own = await tx
          .selectFrom('members')
          .select('id')
          .where('organisation_id', '=', line.organisation_id)
          .where('person_id', '=', person.id)
          .executeTakeFirst();
        if (!own) {
          await tx
            .updateTable('members')
            .set({ person_id: person.id })
            .where('id', '=', line.id)
            .execute();
          continue;
        }
        const roles = await tx
          .selectFrom('member_roles')
          .select('role')
          .where('member_id', '=', line.id)
          .execute();
        for (const { role } of roles)
          if (isRole(role)) await grantRole(tx, own.id, role, 'system', at);
        await tx.deleteFrom('members').where('id', '=', line.id).execute();
      }
      return lines.length;
    });
  }
}

async function addLine(
  tx: Kysely<KoersSchema>,
  organisationId: string,
  entry: RosterEntry,
  actor: string,
  at: Date,
): Promise<string> {
  const email = entry.email?.trim().toLowerCase() || null;
  const aad = entry.aadObjectId?.trim() || null;
  const known = aad
    ? await tx.selectFrom('people').select('id').where('aad_object_id', '=', aad).executeTakeFirst()
    : undefined;
  const existing = await tx
    .selectFrom('members')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where((eb) =>
      eb.or([
        ...(aad ? [eb('aad_object_id', '=', aad)] : []),
        ...(email ? [eb('email', '=', email)] : []),
        ...(known ? [eb('person_id', '=', known.id)] : []),
      ]),
    )
    .executeTakeFirst();
  const memberId = existing?.id ?? randomUUID();
  if (existing) {
    await tx
      .updateTable('members')
      .set({ name: entry.name, email, aad_object_id: aad })
      .where('id', '=', memberId)
      .execute();
  } else {
    await tx
      .insertInto('members')
      .values({
        id: memberId,
        organisation_id: organisationId,
        person_id: known?.id ?? null,
        name: entry.name,
        email,
        aad_object_id: aad,
        created_at: at.toISOString(),
      })
      .execute();
  }
  await grantRole(tx, memberId, entry.role, actor, at);
  return memberId;
}
