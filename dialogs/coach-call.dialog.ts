import type { DialogContext } from 'botbuilder-dialogs';
import { coachCalledSchema } from '../cards/silent-weeks.card';
import type { CoachCallAnswers } from './coach-call-answers';
import { OneTurnDialog } from './one-turn.dialog';

export const COACH_CALL_DIALOG = 'coach-call';

/** "ik heb gebeld" on clients without Universal Actions: the answer comes as a message. */
export class CoachCallDialog extends OneTurnDialog {
  constructor(private readonly answers: CoachCallAnswers) {
    super(COACH_CALL_DIALOG);
  }

  protected async run(dc: DialogContext, options: unknown): Promise<void> {
    const reply = await this.answers.answer(dc.context, coachCalledSchema.parse(options));
    await dc.context.sendActivity(reply.text);
  }
}
