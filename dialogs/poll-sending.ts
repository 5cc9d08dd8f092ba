import { TeamsInfo, type TurnContext } from 'botbuilder';
import { cardMessage } from '../cards/attachment';
import { whenText } from '../cards/check-in-when';
import { renderPollSentCard } from '../cards/poll-sent.card';
import { renderPollCard } from '../cards/poll.card';
import { pickLanguage, type Language } from '../domain/language';
import type { Poll } from '../domain/polls';
import type { OutboxDraft } from '../domain/messages';
import type { Participation } from './participation';
import type { PollShelf } from './poll-ports';

export interface PollSendingDeps {
  participation: Participation;
  polls: Pick<PollShelf, 'setActivity'>;
  outbox: { enqueue(drafts: OutboxDraft[], at: Date): Promise<number> };
  defaultLocale: string;
}

const REFRESH_PAGE = 60;

/** Puts a new poll in front of its audience, and its confirmation in front of its owner. */
export class PollSending {
  constructor(private readonly deps: PollSendingDeps) {}

  /** One card in this conversation; each member sees their own view through refresh. */
  async toConversation(context: TurnContext, poll: Poll, language: Language): Promise<void> {
    const closes = await this.closes(poll, language);
    const refreshFor = await this.membersOf(context);
    const card = renderPollCard({ language, poll, closes, refreshFor });
    const sent = await context.sendActivity(cardMessage(card));
    if (sent?.id) await this.deps.polls.setActivity(poll.id, sent.id);
    await this.confirm(poll, language, this.deps.participation.now());
  }

  /** One card per person, through the outbox (rate limits, retries, unreachable people). */
  async toPeople(context: TurnContext, poll: Poll, personIds: string[]): Promise<void> {
    const at = this.deps.participation.now();
    const drafts: OutboxDraft[] = [];
    for (const personId of personIds) {
      const person = await this.deps.participation.personById(personId);
      const language = pickLanguage(person?.locale, this.deps.defaultLocale);
      const closes = await this.closes(poll, language);
      const card = renderPollCard({ language, poll, closes });
      drafts.push({
        dedupeKey: `${personId}:poll:${poll.id}`,
        purpose: 'poll',
        target: { personId },
        activity: cardMessage(card),
        notBefore: at,
      });
    }
    await this.deps.outbox.enqueue(drafts, at);
    const language = this.deps.participation.language(context);
    const owner = renderPollSentCard({ language, poll });
    await context.sendActivity(cardMessage(owner));
  }

  /** The owner's buttons go to their personal chat, never into the channel. */
  private async confirm(poll: Poll, language: Language, at: Date): Promise<void> {
    const card = renderPollSentCard({ language, poll });
    await this.deps.outbox.enqueue(
      [
        {
          dedupeKey: `${poll.ownerPersonId}:poll-sent:${poll.id}`,
          purpose: 'poll-sent',
          target: { personId: poll.ownerPersonId },
          activity: cardMessage(card),
          notBefore: at,
        },
      ],
      at,
    );
  }

  private async closes(poll: Poll, language: Language): Promise<string> {
    const timeZone = await this.deps.participation.timeZoneOf(poll.organisationId);
    return whenText(poll.closesAt, language, timeZone);
  }

  /** Teams refreshes automatically for at most 60 listed people; others answer on the card. */
  private async membersOf(context: TurnContext): Promise<string[]> {
    try {
      const page = await TeamsInfo.getPagedMembers(context, REFRESH_PAGE);
      return page.members.map((m) => m.id);
    } catch {
      return []; // outside Teams (Playground) there is no roster; the card still works
    }
  }
}
