import type { Language } from '../domain/language';
import {
  adaptiveCard,
  escapeMarkdown,
  executeAction,
  type AdaptiveCard,
  type CardAction,
} from './adaptive-card';
import { strings } from './strings';

export interface PollStatusModel {
  language: Language;
  poll: { id: string; title: string };
  /** 'thanks': this person answered; 'closed': the poll takes no more answers. */
  view: 'thanks' | 'closed';
  /** How many answered so far: a count, never the results. */
  count: number;
}

/** A person's own view of the poll card once they answered, or everyone's once it closed. */
export function renderPollStatusCard(model: PollStatusModel): AdaptiveCard {
  const t = strings(model.language).poll;
  const title = escapeMarkdown(model.poll.title);
  const actions: CardAction[] =
    model.view === 'thanks'
      ? [executeAction(t.change, { verb: 'poll-change', pollId: model.poll.id }, 'none')]
      : [];
  return adaptiveCard(
    [
      { type: 'TextBlock', text: title, wrap: true, style: 'heading', weight: 'bolder' },
      {
        type: 'TextBlock',
        text: model.view === 'thanks' ? t.thanks(model.count) : t.closedView(title),
        wrap: true,
      },
    ],
    actions.length > 0 ? actions : undefined,
  );
}
