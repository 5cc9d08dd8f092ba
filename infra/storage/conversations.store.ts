import type { ConversationReference } from 'botbuilder';
import type { Kysely } from 'kysely';
import type { Conversations } from '../delivery/conversations';
import type { KoersSchema } from './schema';
import type { ConversationScope } from '../../domain/people';

type Reference = Partial<ConversationReference>;

interface ConversationEntry {
  reference: Reference;
  scope: ConversationScope;
  tenantId: string;
  personId: string | null;
  at: Date;
}

// How stale updated_at may grow while nothing else changes. It only orders a person's or a
// tenant's conversations (forPerson, serviceUrlForTenant), where an hour makes no difference.
const RESTAMP_AFTER_MS = 60 * 60 * 1000;

/** The reference as stored, less the id of the activity that carried it (JSON leaves it out). */
function withoutActivityId(reference: Reference): string {
  return JSON.stringify({ ...reference, activityId: undefined });
}

export class ConversationsStore implements Conversations {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async save(entry: ConversationEntry): Promise<void> {
    const id = entry.reference.conversation?.id;
    if (!id) throw new Error('A conversation reference needs a conversation id.');
    if (await this.unchanged(id, entry)) return;
    const values = {
      tenant_id: entry.tenantId,
      scope: entry.scope,
      person_id: entry.personId,
      reference: JSON.stringify(entry.reference),
      updated_at: entry.at.toISOString(),
    };
    await this.db
      .insertInto('conversations')
      .values({ id, ...values, welcomed_at: null })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
  }

  /**
   * Every message refreshes its conversation, and nearly always nothing changed but the id of the
   * activity that carried the reference: that is not written again within RESTAMP_AFTER_MS, so a
   * message costs a read instead of a write. A changed serviceUrl, user, locale or owner is
   * written at once; the timestamp, which picks the latest of a person's chats, stays that fresh.
   */
  private async unchanged(id: string, entry: ConversationEntry): Promise<boolean> {
    const row = await this.db
      .selectFrom('conversations')
      .select(['tenant_id', 'scope', 'person_id', 'reference', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return false;
    const stampedAt = new Date(row.updated_at).getTime();
    return (
      row.tenant_id === entry.tenantId &&
      row.scope === entry.scope &&
      row.person_id === entry.personId &&
      entry.at.getTime() - stampedAt < RESTAMP_AFTER_MS &&
      withoutActivityId(JSON.parse(row.reference) as Reference) ===
        withoutActivityId(entry.reference)
    );
  }

  async get(conversationId: string): Promise<Reference | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .select('reference')
      .where('id', '=', conversationId)
      .executeTakeFirst();
    return row && (JSON.parse(row.reference) as Reference);
  }

  async forPerson(personId: string): Promise<Reference | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .select('reference')
      .where('person_id', '=', personId)
      .where('scope', '=', 'personal')
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    return row && (JSON.parse(row.reference) as Reference);
  }

  async serviceUrlForTenant(tenantId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .select('reference')
      .where('tenant_id', '=', tenantId)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    return row ? (JSON.parse(row.reference) as Reference).serviceUrl : undefined;
  }

  async markWelcomed(conversationId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('conversations')
      .set({ welcomed_at: at.toISOString() })
      .where('id', '=', conversationId)
      .where('welcomed_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async remove(conversationId: string): Promise<void> {
    await this.db.deleteFrom('conversations').where('id', '=', conversationId).execute();
  }
}
