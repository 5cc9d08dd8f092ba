import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import { renderProgressCard } from '../cards/progress.card';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import type { ProgressOverview } from './progress-overview';

export const PROGRESS_DIALOG = 'voortgang';

const optionsSchema = z.object({ verb: z.literal('command'), args: z.string() });

/** `voortgang`: a teamcoach's caseload at a glance, or one's own progress. */
export class ProgressDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly overview: ProgressOverview,
  ) {
    super(PROGRESS_DIALOG);
  }

  protected async run(dc: DialogContext, options: unknown): Promise<void> {
    optionsSchema.parse(options);
    const context = dc.context;
    const language = this.participation.language(context);
    const person = await this.participation.personOrExplain(context);
    if (!person) return;
    const viewer = await this.participation.viewerOf(person.id);
    const model = await this.overview.build(viewer, language, this.participation.now());
    if (!model) {
      await context.sendActivity(this.participation.logboekOnly(context));
      return;
    }
    await context.sendActivity(
      MessageFactory.attachment(cardAttachment(renderProgressCard(model))),
    );
  }
}
