import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard, type CardElement } from './adaptive-card';
import { checkInSequenceInput } from './check-in-plan.card';
import { idInput } from './id-input';
import { strings } from './strings';

export interface CheckInAgendaItem {
  checkInId: string;
  sequence: number;
  /** "dinsdag 17 november om 14:00", in the reader's zone. */
  when: string;
  names: string;
  how: string;
  /** Only the coach who planned it may call it off. */
  cancellable: boolean;
}

export interface CheckInAgendaModel {
  language: Language;
  items: CheckInAgendaItem[];
}

export const checkInCancelSchema = z.looseObject({
  verb: z.literal('check-in-cancel'),
  checkInId: idInput,
  sequence: checkInSequenceInput,
});

/** `mijn check-ins`: what is ahead, soonest first, with "afzeggen" for the coach. */
export function renderCheckInAgendaCard(model: CheckInAgendaModel): AdaptiveCard {
  const t = strings(model.language).checkIn;
  const body: CardElement[] = [
    { type: 'TextBlock', text: t.agendaTitle, wrap: true, style: 'heading', weight: 'bolder' },
  ];
  if (model.items.length === 0) body.push({ type: 'TextBlock', text: t.agendaEmpty, wrap: true });
  for (const item of model.items) {
    body.push(
      { type: 'TextBlock', text: item.when, wrap: true, weight: 'bolder', spacing: 'medium' },
      {
        type: 'TextBlock',
        text: t.agendaWith(escapeMarkdown(item.names), escapeMarkdown(item.how)),
        wrap: true,
        isSubtle: true,
        spacing: 'none',
      },
    );
    if (!item.cancellable) continue;
    const data = { verb: 'check-in-cancel', checkInId: item.checkInId, sequence: item.sequence };
    body.push({
      type: 'ActionSet',
      actions: [{ type: 'Action.Submit', title: t.cancel, data, associatedInputs: 'none' }],
    });
  }
  return adaptiveCard(body);
}
