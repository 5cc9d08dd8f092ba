import { MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { cardAttachment } from '../cards/attachment';
import { pollActionSchema, type PollAction } from '../cards/poll-answer';
import { OneTurnDialog } from './one-turn.dialog';

export const POLL_ANSWER_DIALOG = 'peiling-antwoord';

export interface PollAnswerPort {
  answer(
    context: TurnContext,
    action: PollAction,
  ): Promise<{ card: AdaptiveCard } | { text: string }>;
}

/** The poll card's Action.Submit fallback, for clients without Universal Actions. */
export class PollAnswerDialog extends OneTurnDialog {
  constructor(private readonly answering: PollAnswerPort) {
    super(POLL_ANSWER_DIALOG);
  }

  protected async run(dc: DialogContext, options: unknown): Promise<void> {
    const reply = await this.answering.answer(dc.context, pollActionSchema.parse(options));
    await dc.context.sendActivity(
      'card' in reply ? MessageFactory.attachment(cardAttachment(reply.card)) : reply.text,
    );
  }
}
