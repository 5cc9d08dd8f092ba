import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { cardAttachment } from '../cards/attachment';
import { logboekActionSchema, type LogboekAnswers } from './logboek-answers';
import { OneTurnDialog } from './one-turn.dialog';

export const LOGBOEK_DIALOG = 'logboek-card';

/** The logboek card's buttons on clients without Universal Actions: the answer is a new message. */
export class LogboekDialog extends OneTurnDialog {
  constructor(private readonly answers: LogboekAnswers) {
    super(LOGBOEK_DIALOG);
  }

  protected async run(dc: DialogContext, options: unknown): Promise<void> {
    const reply = await this.answers.answer(dc.context, logboekActionSchema.parse(options));
    const sent = await dc.context.sendActivity(
      'card' in reply ? MessageFactory.attachment(cardAttachment(reply.card)) : reply.text,
    );
    await this.answers.view.placed(dc.context, reply, sent?.id);
  }
}
