import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Person } from '../../domain/people';
import { isRole, type Role } from '../../domain/roles';
import { refreshDue } from './logboek-due';
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
   * Returns how many roster lines named them.
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
        await mergeInto(tx, line.id, own.id, 'system', at);
      }
      if (lines.length) await refreshDue(tx, [person.id], at);
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
  const member = (where: 'line' | 'own') =>
    tx
      .selectFrom('members')
      .select(['id', 'person_id'])
      .where('organisation_id', '=', organisationId)
      .where((eb) =>
        where === 'own'
          ? eb('person_id', '=', known?.id ?? '')
          : eb.or([
              ...(aad ? [eb('aad_object_id', '=', aad)] : []),
              ...(email ? [eb('email', '=', email)] : []),
            ]),
      )
      .executeTakeFirst();
  const own = known ? await member('own') : undefined;
  const line = await member('line');
  // The person joined by code before this line named them: one member, with both roles.
  if (own && line && own.id !== line.id) await mergeInto(tx, line.id, own.id, actor, at);
  const existing = own ?? line;
  const memberId = existing?.id ?? randomUUID();
  const details = { name: entry.name, email, aad_object_id: aad };
  if (existing) {
    await tx
      .updateTable('members')
      .set({ ...details, person_id: known?.id ?? existing.person_id })
      .where('id', '=', memberId)
      .execute();
  } else {
    await tx
      .insertInto('members')
      .values({
        id: memberId,
        organisation_id: organisationId,
        person_id: known?.id ?? null,
        ...details,
        created_at: at.toISOString(),
      })
      .execute();
  }
  await grantRole(tx, memberId, entry.role, actor, at);
  return memberId;
}

/** Moves a duplicate member's roles onto the member that stays, then removes the duplicate. */
async function mergeInto(
  tx: Kysely<KoersSchema>,
  duplicateId: string,
  keptId: string,
  actor: string,
  at: Date,
): Promise<void> {
  const roles = await tx
    .selectFrom('member_roles')
    .select('role')
    .where('member_id', '=', duplicateId)
    .execute();
  for (const { role } of roles) if (isRole(role)) await grantRole(tx, keptId, role, actor, at);
  await tx.deleteFrom('members').where('id', '=', duplicateId).execute();
}
