import type { ConversationReference } from 'botbuilder';
import type { ConversationScope } from '../../domain/people';

/** Where Koers can reach someone (or a team or chat) proactively; captured on install. */
export interface Conversations {
  save(entry: {
    reference: Partial<ConversationReference>;
    scope: ConversationScope;
    tenantId: string;
    personId: string | null;
    at: Date;
  }): Promise<void>;
  get(conversationId: string): Promise<Partial<ConversationReference> | undefined>;
  forPerson(personId: string): Promise<Partial<ConversationReference> | undefined>;
  /** The Bot Connector address Teams last used for this tenant, to open new chats there. */
  serviceUrlForTenant(tenantId: string): Promise<string | undefined>;
  /** True only for the first caller, so a welcome is sent once even when Teams sends two events. */
  markWelcomed(conversationId: string, at: Date): Promise<boolean>;
  remove(conversationId: string): Promise<void>;
}
