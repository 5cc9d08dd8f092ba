import type { ConversationReference } from 'botbuilder';
import type { Kysely } from 'kysely';
import type { Conversations, ConversationScope } from '../delivery/conversations';
import type { KoersSchema } from './schema';

type Reference = Partial<ConversationReference>;

export class ConversationsStore implements Conversations {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async save(entry: {
    reference: Reference;
    scope: ConversationScope;
    tenantId: string;
    personId: string | null;
    at: Date;
  }): Promise<void> {
    const id = entry.reference.conversation?.id;
    if (!id) throw new Error('A conversation reference needs a conversation id.');
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
