import type { DialogContext } from 'botbuilder-dialogs';
import { strings } from '../cards/strings';
import { withdrawSubmitSchema } from '../cards/withdraw.card';
import { consentStatusSubmitSchema } from '../cards/consent-status.card';
import { withdrawalReceipt } from '../cards/withdrawal-receipt';
import type { ContributionMention } from '../domain/contributions';
import { z } from 'zod';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import type { ConsentBook } from './ports';
import { askToWithdraw } from './withdraw-question';
import { markWithdrawn } from './withdrawn-turn';

export const WITHDRAW_DIALOG = 'withdraw';

const optionsSchema = z.discriminatedUnion('verb', [
  withdrawSubmitSchema,
  consentStatusSubmitSchema.extend({ verb: z.literal('withdraw-ask') }),
]);

/** Stopping (C2): first what it will do, then, once confirmed, doing exactly that. */
export class WithdrawDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly book: ConsentBook,
  ) {
    super(WITHDRAW_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const language = this.participation.language(context);
    const text = strings(language).withdraw;
    const options = optionsSchema.parse(rawOptions);
    const { consents } = this.book;
    const person = await this.participation.person(context);
    const study = await this.participation.study(options.studyId);
    if (!person || !study) {
      await context.sendActivity(strings(language).messages.invalidSubmit);
      return;
    }
    if (options.verb === 'withdraw-cancel') {
      await context.sendActivity(text.cancelled);
      return;
    }
    if ((await consents.latest(person.id, study.id))?.choice !== 'given') {
      await context.sendActivity(text.notTakingPart);
      return;
    }
    if (options.verb === 'withdraw') {
      const outcome = await consents.withdraw(person.id, study.id, this.participation.now());
      markWithdrawn(context);
      const dayOf = (mention: ContributionMention) =>
        this.participation.formatDate(mention.submittedAt, language, mention.timeZone);
      await context.sendActivity(withdrawalReceipt({ language, outcome, dayOf }));
      return;
    }
    await askToWithdraw(this.participation, this.book.contributions, context, person.id, study);
  }
}
