import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Subject } from '../../domain/access.rules';
import type { KoersSchema } from './schema';

export interface CoachCall {
  coachPersonId: string;
  personId: string;
  week: string;
}

/** The personal calls a teamcoach made after someone's silent weeks (domain.md, "Coaching rhythm"). */
export class CoachCallsStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  /** Records the call once per coach, person and week; otherwise returns when it was recorded. */
  async record(
    call: CoachCall,
    at: Date,
  ): Promise<{ recorded: true } | { recorded: false; calledAt: Date }> {
    const { numInsertedOrUpdatedRows } = await this.db
      .insertInto('coach_calls')
      .values({
        id: randomUUID(),
        coach_person_id: call.coachPersonId,
        person_id: call.personId,
        week: call.week,
        called_at: at.toISOString(),
      })
      .onConflict((oc) => oc.columns(['coach_person_id', 'person_id', 'week']).doNothing())
      .executeTakeFirst();
    if (Number(numInsertedOrUpdatedRows ?? 0) > 0) return { recorded: true };
    const earlier = await this.db
      .selectFrom('coach_calls')
      .select('called_at')
      .where('coach_person_id', '=', call.coachPersonId)
      .where('person_id', '=', call.personId)
      .where('week', '=', call.week)
      .executeTakeFirstOrThrow();
    return { recorded: false, calledAt: new Date(earlier.called_at) };
  }

  /** The latest call to each of these people, by any of their coaches, for `voortgang`. */
  async lastCallTo(personIds: readonly string[]): Promise<Map<string, Date>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('coach_calls')
      .select(['person_id', (eb) => eb.fn.max('called_at').as('last')])
      .where('person_id', 'in', [...personIds])
      .groupBy('person_id')
      .execute();
    return new Map(rows.map((row) => [row.person_id, new Date(row.last)]));
  }

  /** The member a card button names, as the role rules describe a subject. */
  async subjectOf(memberId: string): Promise<(Subject & { name: string }) | undefined> {
    const row = await this.db
      .selectFrom('members')
      .select(['id', 'person_id', 'organisation_id', 'name'])
      .where('id', '=', memberId)
      .executeTakeFirst();
    if (!row?.person_id) return undefined;
    return {
      memberId: row.id,
      personId: row.person_id,
      organisationId: row.organisation_id,
      name: row.name,
    };
  }
}
