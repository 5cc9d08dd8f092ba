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
    return (await this.claimAll([{ personId, week }], source, senderPersonId, at)).size > 0;
  }

  /**
   * Spends the budget of each person's week, in one statement; returns the claims that got it
   * (as `claimKey`), leaving out those something already spent.
   */
  async claimAll(
    claims: readonly { personId: string; week: string }[],
    source: ContactSource,
    senderPersonId: string | null,
    at: Date,
  ): Promise<Set<string>> {
    if (claims.length === 0) return new Set();
    const rows = await this.db
      .insertInto('contact_budget')
      .values(
        claims.map(({ personId, week }) => ({
          person_id: personId,
          week,
          source,
          sender_person_id: senderPersonId,
          at: at.toISOString(),
        })),
      )
      .onConflict((oc) => oc.columns(['person_id', 'week']).doNothing())
      .returning(['person_id', 'week'])
      .execute();
    return new Set(rows.map((row) => claimKey(row.person_id, row.week)));
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

/** How claimAll names a person's week. */
export const claimKey = (personId: string, week: string) => `${personId} ${week}`;
