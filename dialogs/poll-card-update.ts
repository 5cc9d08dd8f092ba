import type { ConversationReference, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { cardAttachment } from '../cards/attachment';
import type { Poll } from '../domain/polls';

/**
 * Replaces a poll's card in its channel or group chat for everyone, from the owner's turn in
 * their personal chat: a proactive turn in the poll's conversation, then `updateActivity` with
 * the id Teams gave the card when it was sent.
 */
/** Where the channel's conversation reference is kept (infra's conversations store). */
export interface ConversationReferences {
  get(conversationId: string): Promise<Partial<ConversationReference> | undefined>;
}

export function pollCardUpdate(conversations: ConversationReferences, appId: string) {
  return async (context: TurnContext, poll: Poll, card: AdaptiveCard): Promise<void> => {
    const { conversationId, activityId } = poll;
    const reference = conversationId ? await conversations.get(conversationId) : undefined;
    if (!reference || !activityId) return;
    await context.adapter.continueConversationAsync(appId, reference, async (turn) => {
      await turn.updateActivity({
        id: activityId,
        type: 'message',
        attachments: [cardAttachment(card)],
      });
    });
  };
}
