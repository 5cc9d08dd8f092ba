import type { LinkedCard } from './adaptive-card';

/**
 * What a message carries: the Bot Framework's attachment shape, written out here so that cards
 * (and the jobs that send them) need no botbuilder.
 */
export interface CardAttachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

/** A message as the outbox and a turn send it: words, or a card. */
export interface OutgoingMessage {
  type: 'message';
  text?: string;
  attachments?: CardAttachment[];
}

export function cardAttachment(card: LinkedCard): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

export function cardMessage(card: LinkedCard): OutgoingMessage {
  return { type: 'message', attachments: [cardAttachment(card)] };
}

export function textMessage(text: string): OutgoingMessage {
  return { type: 'message', text };
}
