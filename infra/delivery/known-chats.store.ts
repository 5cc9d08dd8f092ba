import type { Kysely } from 'kysely';
import type { KoersSchema } from '../storage/schema';
import type { Reference } from './proactive-sender';

/** A reachable person's newest personal chat, and their school. */
export interface KnownChat {
  reference: Reference;
  tenantId: string;
}

/**
 * The personal chats of many people in one query: a claimed batch is addressed at once instead of
 * with two look-ups per message. People without a chat, or unreachable, are left out; the drainer
 * resolves those one by one (opening a chat, or skipping them).
 */
export class KnownChatsStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async forPeople(personIds: readonly string[]): Promise<Map<string, KnownChat>> {
    const chats = new Map<string, KnownChat>();
    if (personIds.length === 0) return chats;
    const rows = await this.db
      .selectFrom('conversations')
      .innerJoin('people', 'people.id', 'conversations.person_id')
      .select(['conversations.person_id', 'conversations.reference', 'people.tenant_id'])
      .where('conversations.person_id', 'in', [...personIds])
      .where('conversations.scope', '=', 'personal')
      .where('people.unreachable_since', 'is', null)
      // Oldest first, so the newest chat of a person is the one kept.
      .orderBy('conversations.updated_at')
      .execute();
    for (const row of rows) {
      if (!row.person_id) continue;
      chats.set(row.person_id, {
        reference: JSON.parse(row.reference) as Reference,
        tenantId: row.tenant_id,
      });
    }
    return chats;
  }
}
