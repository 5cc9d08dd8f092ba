import { CardFactory, type Attachment } from 'botbuilder';
import type { AdaptiveCard } from './adaptive-card';

export function cardAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}
