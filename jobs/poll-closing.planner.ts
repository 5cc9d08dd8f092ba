import { cardMessage, textMessage } from '../cards/attachment';
import { renderPollStatusCard } from '../cards/poll-status.card';
import { strings } from '../cards/strings';
import { pickLanguage } from '../domain/language';
import type { People } from '../domain/people';
import { pollView } from '../domain/poll-anonymity.rules';
import type { Poll } from '../domain/polls';
import type { OutboxDraft } from '../domain/messages';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { PollAnswersStore } from '../infra/storage/poll-answers.store';
import type { PollsStore } from '../infra/storage/polls.store';

export interface PollClosingDeps {
  polls: Pick<PollsStore, 'dueToClose' | 'close'>;
  answers: Pick<PollAnswersStore, 'count'>;
  people: Pick<People, 'findById'>;
  defaultLocale: string;
}

/**
 * At a poll's closing time: close it as the owner's button does (markers gone), replace the
 * channel card for everyone and tell the owner. Only the pass that closes a poll plans its
 * messages, and their keys are per poll, so this happens once.
 */
export class PollClosingPlanner implements Planner {
  readonly name = 'poll-closing';

  constructor(private readonly deps: PollClosingDeps) {}

  async plan(at: Date): Promise<OutboxDraft[]> {
    const drafts: OutboxDraft[] = [];
    for (const poll of await this.deps.polls.dueToClose(at)) {
      // Recorded as closed at its set time: answers were refused from then on anyway.
      if (!(await this.deps.polls.close(poll.id, poll.closesAt))) continue;
      drafts.push(...(await this.closed(poll, at)));
    }
    return drafts;
  }

  private async closed(poll: Poll, at: Date): Promise<OutboxDraft[]> {
    const owner = await this.deps.people.findById(poll.ownerPersonId);
    const language = pickLanguage(owner?.locale, this.deps.defaultLocale);
    const count = await this.deps.answers.count(poll.id);
    const told: OutboxDraft = {
      dedupeKey: `${poll.ownerPersonId}:poll-closed:${poll.id}`,
      purpose: 'poll-closed',
      target: { personId: poll.ownerPersonId },
      activity: textMessage(
        strings(language).poll.closedOnTime(
          poll.title,
          count,
          pollView({ ...poll, closedAt: poll.closesAt }, count, at) === 'results',
        ),
      ),
      notBefore: at,
    };
    if (!poll.conversationId || !poll.activityId) return [told];
    const card = renderPollStatusCard({ language, poll, view: 'closed', count });
    const update: OutboxDraft = {
      dedupeKey: `poll-card-closed:${poll.id}`,
      purpose: 'poll-card-closed',
      target: { conversationId: poll.conversationId },
      // The id makes the sender update the card Teams already shows instead of posting a new one.
      activity: { ...cardMessage(card), id: poll.activityId },
      notBefore: at,
    };
    return [update, told];
  }
}
