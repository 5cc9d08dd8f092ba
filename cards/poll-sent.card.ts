import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

export interface PollSentModel {
  language: Language;
  poll: { id: string; title: string };
}

/** The owner's confirmation in their personal chat, with the outcome and closing at hand. */
export function renderPollSentCard(model: PollSentModel): AdaptiveCard {
  const t = strings(model.language).poll;
  const data = (verb: 'poll-results' | 'poll-close') => ({ verb, pollId: model.poll.id });
  return adaptiveCard(
    [{ type: 'TextBlock', text: t.sent(escapeMarkdown(model.poll.title)), wrap: true }],
    [
      { type: 'Action.Submit', title: t.resultsButton, data: data('poll-results') },
      { type: 'Action.Submit', title: t.closeButton, data: data('poll-close') },
    ],
  );
}
