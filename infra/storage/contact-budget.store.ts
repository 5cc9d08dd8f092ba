import type { Kysely } from 'kysely';
import type { KoersSchema } from './schema';
import type { ContactSource } from '../../domain/progress';

export interface ContactUse {
  source: ContactSource;
  senderPersonId: string | null;
  at: Date;
}

/**
 * The shared contact budget (domain.md: never nag): one nudge or reminder per person per ISO
 * week, from all sources together. The table's key is the budget, so two instances, or a coach
 * and the reminder planner at the same moment, cannot both spend it.
 */
export class ContactBudgetStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  /** Spends this week's budget for the person; false when something already spent it. */
  async claim(
    personId: string,
    week: string,
    source: ContactSource,
    senderPersonId: string | null,
    at: Date,
  ): Promise<boolean> {
    const result = await this.db
      .insertInto('contact_budget')
      .values({
        person_id: personId,
        week,
        source,
        sender_person_id: senderPersonId,
        at: at.toISOString(),
      })
      .onConflict((oc) => oc.columns(['person_id', 'week']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** What spent the budget of `week`, per person who has none left. */
  async used(personIds: readonly string[], week: string): Promise<Map<string, ContactUse>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('contact_budget')
      .selectAll()
      .where('person_id', 'in', [...personIds])
      .where('week', '=', week)
      .execute();
    return new Map(
      rows.map((row) => [
        row.person_id,
        {
          source: row.source as ContactSource,
          senderPersonId: row.sender_person_id,
          at: new Date(row.at),
        },
      ]),
    );
  }
}
