/**
 * What Koers says and how it is queued, as plain data: the cards and the jobs write these, the
 * outbox keeps and sends them. The shapes are the Bot Framework's, written out here.
 */
export interface MessageAttachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

/** A message: words, or a card; with `id`, a change to a message sent before. */
export interface OutgoingMessage {
  type: 'message';
  text?: string;
  attachments?: MessageAttachment[];
  id?: string;
}

/** A message for the outbox: one per recipient, purpose and period. */
export interface OutboxDraft {
  /** E.g. `<person>:logboek-prompt:2026-W48`: the same key is queued once. */
  dedupeKey: string;
  purpose: string;
  /** A person's personal chat, or a known conversation (a channel or group chat). */
  target: { personId: string } | { conversationId: string };
  activity: OutgoingMessage;
  /** Not sent before this moment. */
  notBefore: Date;
  /** Not worth sending from this moment on (the week or day it was for is over); none: always. */
  staleAt?: Date;
}
