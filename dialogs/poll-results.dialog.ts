import { MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { cardAttachment } from '../cards/attachment';
import { pollOwnerSchema, renderPollResultsCard } from '../cards/poll-results.card';
import { renderPollStatusCard } from '../cards/poll-status.card';
import { strings } from '../cards/strings';
import { allows } from '../domain/access.rules';
import type { Language } from '../domain/language';
import { pollView } from '../domain/poll-anonymity.rules';
import { shuffled, tally, type Poll, type QuestionTally } from '../domain/polls';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import type { PollShelf, PollAnswerShelf } from './poll-ports';

export const POLL_RESULTS_DIALOG = 'peiling-resultaten';

const optionsSchema = z.union([z.looseObject({ verb: z.literal('command') }), pollOwnerSchema]);

export interface PollResultsDeps {
  participation: Participation;
  polls: Pick<PollShelf, 'get' | 'ownedBy' | 'close'>;
  answers: Pick<PollAnswerShelf, 'count' | 'answersTo'>;
  /** Shows the closed poll to everyone in the conversation where its card is. */
  updateCard(context: TurnContext, poll: Poll, card: AdaptiveCard): Promise<void>;
  random: () => number;
}

/** The owner's side of a poll: its outcome (only from k answers on) and closing it by hand. */
export class PollResultsDialog extends OneTurnDialog {
  constructor(private readonly deps: PollResultsDeps) {
    super(POLL_RESULTS_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const { participation, polls } = this.deps;
    const language = participation.language(context);
    const t = strings(language).poll;
    const options = optionsSchema.parse(rawOptions);
    const person = await participation.person(context);
    if (!person) {
      await context.sendActivity(t.personalOnly);
      return;
    }
    const poll =
      options.verb === 'command'
        ? (await polls.ownedBy(person.id, 1))[0]
        : await polls.get(options.pollId);
    if (!poll) {
      await context.sendActivity(options.verb === 'command' ? t.noPolls : t.notYours);
      return;
    }
    const viewer = await participation.viewerOf(person.id);
    if (!allows(viewer, { action: 'read-poll-results', ownerPersonId: poll.ownerPersonId })) {
      await context.sendActivity(t.notYours);
      return;
    }
    if (options.verb === 'poll-close') return this.close(context, poll, language);
    await this.show(context, poll, language);
  }

  private async show(context: TurnContext, poll: Poll, language: Language): Promise<void> {
    const count = await this.deps.answers.count(poll.id);
    const view = pollView(poll, count, this.deps.participation.now());
    const tallies =
      view === 'results'
        ? tally(poll.questions, await this.deps.answers.answersTo(poll.id)).map(
            (q): QuestionTally =>
              q.kind === 'texts' ? { ...q, texts: shuffled(q.texts, this.deps.random) } : q,
          )
        : undefined;
    const card = renderPollResultsCard({
      language,
      title: poll.title,
      count,
      minAnswers: poll.minAnswers,
      view,
      ...(tallies ? { tallies } : {}),
    });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }

  private async close(context: TurnContext, poll: Poll, language: Language): Promise<void> {
    const t = strings(language).poll;
    if (!(await this.deps.polls.close(poll.id, this.deps.participation.now()))) {
      await context.sendActivity(t.alreadyClosed);
      return;
    }
    const count = await this.deps.answers.count(poll.id);
    const closed = renderPollStatusCard({ language, poll, view: 'closed', count });
    await this.deps.updateCard(context, poll, closed);
    await context.sendActivity(t.closedNow(poll.title, count));
    await this.show(context, { ...poll, closedAt: this.deps.participation.now() }, language);
  }
}
