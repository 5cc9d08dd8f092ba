/**
 * The keys botbuilder's UserState and ConversationState (no namespace) store under: they end in
 * `/`, as `getStorageKey` builds `<channel>/users/<user id>/<namespace>`.
 */
export const userStateKey = (channel: string, userId: string) => `${channel}/users/${userId}/`;

export const conversationStateKey = (channel: string, conversationId: string) =>
  `${channel}/conversations/${conversationId}/`;
