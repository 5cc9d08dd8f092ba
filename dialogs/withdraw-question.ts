import { MessageFactory, type TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/attachment';
import { renderWithdrawCard } from '../cards/withdraw.card';
import { planWithdrawal } from '../domain/consent.rules';
import type { Contributions } from '../domain/contributions';
import type { Study } from '../domain/organisations';
import type { Participation } from './participation';

/**
 * Before anyone stops (C2): what stopping would delete and what would stay, and a button to
 * confirm. Asked from `toestemming` and from "ik doe niet mee" pressed while taking part.
 */
export async function askToWithdraw(
  participation: Participation,
  contributions: Pick<Contributions, 'listByPerson'>,
  context: TurnContext,
  personId: string,
  study: Study,
): Promise<void> {
  const language = participation.language(context);
  const studyOrganisations = (await participation.contributingStudies(personId))
    .filter((m) => m.studyId === study.id)
    .map((m) => m.organisationId);
  const held = (await contributions.listByPerson(personId)).filter((c) =>
    studyOrganisations.includes(c.organisationId),
  );
  const plan = planWithdrawal(held, participation.now(), study.erasure);
  const card = renderWithdrawCard({
    language,
    study,
    erase: plan.erase.length,
    keep: plan.keep.length,
  });
  await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
}
