import type { MessageAttachment, OutgoingMessage } from '../domain/messages';
import type { LinkedCard } from './adaptive-card';

export function cardAttachment(card: LinkedCard): MessageAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

export function cardMessage(card: LinkedCard): OutgoingMessage {
  return { type: 'message', attachments: [cardAttachment(card)] };
}

export function textMessage(text: string): OutgoingMessage {
  return { type: 'message', text };
}
