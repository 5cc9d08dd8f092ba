import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { People, Person, TeamsIdentity } from '../../domain/people';
import { refreshDue } from './logboek-due';
import type { KoersSchema, PeopleTable } from './schema';

export class PeopleStore implements People {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  /**
   * Every activity passes here, and nearly always nothing changed: then the row is only read, so
   * a message does not cost a write (and on PostgreSQL a commit) of its own.
   */
  async upsertFromTeams(identity: TeamsIdentity, at: Date): Promise<Person> {
    const stored = await this.findByAadObjectId(identity.tenantId, identity.aadObjectId);
    if (stored && !changedBy(stored, identity)) return stored;
    const now = at.toISOString();
    const write = (db: Kysely<KoersSchema>) =>
      db
        .insertInto('people')
        .values({
          id: randomUUID(),
          tenant_id: identity.tenantId,
          aad_object_id: identity.aadObjectId,
          teams_user_id: identity.teamsUserId,
          name: identity.name,
          locale: identity.locale,
          time_zone: null,
          unreachable_since: null,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'aad_object_id']).doUpdateSet({
            teams_user_id: identity.teamsUserId,
            name: identity.name,
            locale: (eb) => eb.fn.coalesce(eb.val(identity.locale), eb.ref('people.locale')),
            unreachable_since: null,
            updated_at: now,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
    if (!stored?.unreachableSince) return toPerson(await write(this.db));
    // Reachable again: their prompts resume, in the same transaction.
    const row = await this.db.transaction().execute(async (tx) => {
      const again = await write(tx);
      await refreshDue(tx, [again.id], at);
      return again;
    });
    return toPerson(row);
  }

  async findById(personId: string): Promise<Person | undefined> {
    const row = await this.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', personId)
      .executeTakeFirst();
    return row && toPerson(row);
  }

  async findByAadObjectId(tenantId: string, aadObjectId: string): Promise<Person | undefined> {
    const row = await this.db
      .selectFrom('people')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('aad_object_id', '=', aadObjectId)
      .executeTakeFirst();
    return row && toPerson(row);
  }

  async markUnreachable(personId: string, at: Date): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('people')
        .set({ unreachable_since: at.toISOString(), updated_at: at.toISOString() })
        .where('id', '=', personId)
        .execute();
      await refreshDue(tx, [personId], at);
    });
  }
}

/** Whether upserting `identity` would change what is stored (a missing locale keeps the old one). */
function changedBy(stored: Person, identity: TeamsIdentity): boolean {
  return (
    stored.teamsUserId !== identity.teamsUserId ||
    stored.name !== identity.name ||
    (identity.locale !== null && stored.locale !== identity.locale) ||
    stored.unreachableSince !== null
  );
}

function toPerson(row: Selectable<PeopleTable>): Person {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    aadObjectId: row.aad_object_id,
    teamsUserId: row.teams_user_id,
    name: row.name,
    locale: row.locale,
    timeZone: row.time_zone,
    unreachableSince: row.unreachable_since === null ? null : new Date(row.unreachable_since),
  };
}
