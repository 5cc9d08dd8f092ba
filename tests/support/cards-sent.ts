import type { KoersUnderTest } from './koers-app';

export interface SentCard {
  body?: { type: string; text?: string; actions?: SentAction[] }[];
  actions?: SentAction[];
}

type SentAction = { title: string; data: Record<string, unknown> };

/** Everything Koers said in a conversation, in order: plain texts and card texts alike. */
export function said(koers: KoersUnderTest, conversationId: string): string[] {
  return koers.connector.activitiesIn(conversationId).map(({ activity }) => {
    const cards = (activity.attachments ?? []).map((a) => a.content as SentCard);
    return [activity.text ?? '', ...cards.flatMap((c) => (c.body ?? []).map((b) => b.text ?? ''))]
      .join(' ')
      .trim();
  });
}

export function lastCard(koers: KoersUnderTest, conversationId: string): SentCard {
  const card = koers.connector
    .activitiesIn(conversationId)
    .flatMap(({ activity }) => activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content as SentCard)
    .at(-1);
  if (!card) throw new Error('No card was sent.');
  return card;
}

/**
 * The data a button on the last card would submit, found by its title (also in ActionSets), in
 * any case: a title's capital is wording, not behaviour.
 */
export function button(koers: KoersUnderTest, conversationId: string, title: string) {
  const card = lastCard(koers, conversationId);
  const inBody = (card.body ?? []).flatMap((element) => element.actions ?? []);
  const action = [...(card.actions ?? []), ...inBody].find(
    (a) => a.title.toLowerCase() === title.toLowerCase(),
  );
  if (!action) throw new Error(`No button "${title}" on the last card.`);
  return action.data;
}
