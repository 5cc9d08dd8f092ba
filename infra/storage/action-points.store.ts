import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ActionPoint, ActionPointDraft } from '../../domain/action-points';
import type { FieldCipher } from '../crypto/field-cipher';
import type { KoersSchema } from './schema';

export const whatContext = (id: string) => `action_points.what:${id}`;

/** What was agreed at a check-in: open until its owner (or the coach) ticks it off. */
export class ActionPointsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  async add(draft: ActionPointDraft, at: Date): Promise<ActionPoint> {
    const id = randomUUID();
    const sealed = this.cipher.encrypt(draft.what, whatContext(id));
    await this.db
      .insertInto('action_points')
      .values({
        id,
        organisation_id: draft.organisationId,
        check_in_id: draft.checkInId,
        owner_person_id: draft.ownerPersonId,
        what: sealed.data,
        key_id: sealed.keyId,
        due_on: draft.dueOn,
        created_by: draft.createdBy,
        created_at: at.toISOString(),
      })
      .execute();
    const { what, dueOn, organisationId, checkInId, ownerPersonId } = draft;
    return { id, what, dueOn, organisationId, checkInId, ownerPersonId };
  }

  /** Open action points of these people, the earliest due first (no date last). */
  async openFor(personIds: readonly string[]): Promise<ActionPoint[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('action_points')
      .selectAll()
      .where('owner_person_id', 'in', [...personIds])
      .where('done_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows
      .map((row) => ({
        id: row.id,
        organisationId: row.organisation_id,
        checkInId: row.check_in_id,
        ownerPersonId: row.owner_person_id,
        what: this.cipher.decryptText({ keyId: row.key_id, data: row.what }, whatContext(row.id)),
        dueOn: row.due_on,
      }))
      .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  }

  /** Everything a person owns or agreed as coach, done or not: for `mijn gegevens`. */
  async heldFor(personId: string) {
    const rows = await this.db
      .selectFrom('action_points')
      .selectAll()
      .where((eb) => eb.or([eb('owner_person_id', '=', personId), eb('created_by', '=', personId)]))
      .orderBy('created_at')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      checkInId: row.check_in_id,
      yours: row.owner_person_id === personId,
      agreedByYou: row.created_by === personId,
      what: this.cipher.decryptText({ keyId: row.key_id, data: row.what }, whatContext(row.id)),
      dueOn: row.due_on,
      createdAt: new Date(row.created_at).toISOString(),
      doneAt: row.done_at === null ? null : new Date(row.done_at).toISOString(),
    }));
  }

  /** How many are open per person, for overviews that show no text. */
  async openCounts(personIds: readonly string[]): Promise<Map<string, number>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('action_points')
      .select(['owner_person_id as personId', (eb) => eb.fn.countAll<number>().as('open')])
      .where('owner_person_id', 'in', [...personIds])
      .where('done_at', 'is', null)
      .groupBy('owner_person_id')
      .execute();
    return new Map(rows.map((row) => [row.personId, Number(row.open)]));
  }

  /**
   * Ticks off those of `ids` that `byPersonId` owns or agreed as coach; others stay as they are.
   * Returns the ids that were open and are now done.
   */
  async markDone(ids: readonly string[], byPersonId: string, at: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .updateTable('action_points')
      .set({ done_at: at.toISOString() })
      .where('id', 'in', [...ids])
      .where('done_at', 'is', null)
      .where((eb) =>
        eb.or([eb('owner_person_id', '=', byPersonId), eb('created_by', '=', byPersonId)]),
      )
      .returning('id')
      .execute();
    return rows.map((row) => row.id);
  }
}
