import type { Activity, ConversationReference } from 'botbuilder';

export type Reference = Partial<ConversationReference>;

/** Sends proactively to Teams; every failure is thrown as it came, for the drainer to classify. */
export interface ProactiveSender {
  /**
   * Returns the Teams activity id of the sent message. An activity with an `id` updates that
   * message instead of sending a new one.
   */
  send(reference: Reference, activity: Partial<Activity>): Promise<string>;
  /** Opens (or finds: Teams makes this idempotent) the 1:1 chat with a person. */
  createPersonalConversation(target: {
    serviceUrl: string;
    tenantId: string;
    teamsUserId: string;
  }): Promise<Reference>;
}
