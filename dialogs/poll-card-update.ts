import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { cardAttachment } from '../cards/attachment';
import type { Poll } from '../domain/polls';
import type { Conversations } from '../infra/delivery/conversations';

/**
 * Replaces a poll's card in its channel or group chat for everyone, from the owner's turn in
 * their personal chat: a proactive turn in the poll's conversation, then `updateActivity` with
 * the id Teams gave the card when it was sent.
 */
export function pollCardUpdate(conversations: Pick<Conversations, 'get'>, appId: string) {
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
