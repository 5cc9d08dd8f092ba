import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { cardAttachment } from '../cards/attachment';
import { strings } from '../cards/strings';
import { renderWithdrawCard, withdrawSubmitSchema } from '../cards/withdraw.card';
import { consentStatusSubmitSchema } from '../cards/consent-status.card';
import { planWithdrawal } from '../domain/consent.rules';
import { z } from 'zod';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';

export const WITHDRAW_DIALOG = 'withdraw';

const optionsSchema = z.discriminatedUnion('verb', [
  withdrawSubmitSchema,
  consentStatusSubmitSchema.extend({ verb: z.literal('withdraw-ask') }),
]);

/** Stopping (C2): first what it will do, then, once confirmed, doing exactly that. */
export class WithdrawDialog extends OneTurnDialog {
  constructor(private readonly participation: Participation) {
    super(WITHDRAW_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const language = this.participation.language(context);
    const text = strings(language).withdraw;
    const options = optionsSchema.parse(rawOptions);
    const { consents, directory, contributions } = this.participation.ports;
    const person = await this.participation.person(context);
    const study = await directory.findStudy(options.studyId);
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
    const now = this.participation.now();
    if (options.verb === 'withdraw') {
      const outcome = await consents.withdraw(person.id, study.id, now);
      await context.sendActivity(text.done(outcome.erased, outcome.kept));
      return;
    }
    const studyOrganisations = (await this.participation.contributingStudies(person.id))
      .filter((m) => m.studyId === study.id)
      .map((m) => m.organisationId);
    const held = (await contributions.listByPerson(person.id)).filter((c) =>
      studyOrganisations.includes(c.organisationId),
    );
    const plan = planWithdrawal(held, now, study.erasure);
    const card = renderWithdrawCard({
      language,
      study,
      erase: plan.erase.length,
      keep: plan.keep.length,
    });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }
}
