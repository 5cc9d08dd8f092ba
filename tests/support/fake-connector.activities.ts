import type { Activity } from 'botbuilder';
import type { ConnectorCall, SentActivity } from './fake-connector.types';

/** The activities a successful call put into a conversation. */
export function toSentActivities(call: ConnectorCall): SentActivity[] {
  if (call.status < 200 || call.status >= 300) return [];
  const response = (call.response ?? {}) as { id?: string; activityId?: string };
  const { at, answeredAt } = call;
  const common = { conversationId: call.conversationId ?? '', at, answeredAt };
  const activity = (call.body ?? {}) as Partial<Activity>;
  switch (call.operation) {
    case 'send':
      return [{ ...common, kind: 'send', id: response.id ?? '', activity }];
    case 'reply':
      return [
        { ...common, kind: 'reply', id: response.id ?? '', replyToId: call.activityId, activity },
      ];
    case 'update':
      return [{ ...common, kind: 'update', id: call.activityId ?? '', activity }];
    case 'createConversation': {
      const initial = (call.body as { activity?: Partial<Activity> }).activity;
      if (!initial || !response.activityId) return [];
      return [{ ...common, kind: 'send', id: response.activityId, activity: initial }];
    }
    default:
      return [];
  }
}
