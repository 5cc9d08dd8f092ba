import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { checkInSequenceInput } from './check-in-plan.card';
import { whenText } from './check-in-when';
import { idInput } from './id-input';
import { strings } from './strings';

export interface CheckInProposalModel {
  language: Language;
  /** The coach's zone. */
  timeZone: string;
  checkInId: string;
  sequence: number;
  personId: string;
  name: string;
  from: Date;
  to: Date;
}

export const checkInConfirmSchema = z.looseObject({
  verb: z.literal('check-in-confirm'),
  checkInId: idInput,
  personId: idInput,
  sequence: checkInSequenceInput,
});

/** Another moment, proposed by an invitee: the coach confirms it, or simply leaves it. */
export function renderCheckInProposalCard(model: CheckInProposalModel): AdaptiveCard {
  const { language, timeZone } = model;
  const t = strings(language).checkIn;
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: t.proposalTitle(escapeMarkdown(model.name)),
        wrap: true,
        style: 'heading',
        weight: 'bolder',
      },
      {
        type: 'TextBlock',
        text: t.proposalBody(
          whenText(model.from, language, timeZone),
          whenText(model.to, language, timeZone),
        ),
        wrap: true,
      },
      { type: 'TextBlock', text: t.proposalIgnore, wrap: true, isSubtle: true },
    ],
    [
      {
        type: 'Action.Submit',
        title: t.confirm,
        data: {
          verb: 'check-in-confirm',
          checkInId: model.checkInId,
          personId: model.personId,
          sequence: model.sequence,
        },
      },
    ],
  );
}
