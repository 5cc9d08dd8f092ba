import { CardFactory, type Attachment } from 'botbuilder';
import type { LinkedCard } from './adaptive-card';

export function cardAttachment(card: LinkedCard): Attachment {
  return CardFactory.adaptiveCard(card);
}
