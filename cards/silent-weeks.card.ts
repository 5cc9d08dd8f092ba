import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, executeAction, type AdaptiveCard } from './adaptive-card';
import { idInput } from './id-input';
import { logboekWeekSchema } from './logboek.card';
import { strings } from './strings';

export interface SilentWeeksCardModel {
  language: Language;
  name: string;
  /** The member who went silent: what the button carries, checked against the caseload. */
  memberId: string;
  /** ISO week in which the logboek stopped prompting them. */
  week: string;
  /** Once the coach pressed the button: the date of the call as shown; the button is gone. */
  called?: { on: string; before: boolean };
}

export const coachCalledSchema = z.looseObject({
  verb: z.literal('coach-called'),
  memberId: idInput,
  week: logboekWeekSchema,
});
export type CoachCalled = z.infer<typeof coachCalledSchema>;

/** To a teamcoach: someone stopped writing, so a personal call beats another bot message. */
export function renderSilentWeeksCard(model: SilentWeeksCardModel): AdaptiveCard {
  const t = strings(model.language);
  const intro = {
    type: 'TextBlock' as const,
    text: t.logboek.silentWeeks(escapeMarkdown(model.name)),
    wrap: true as const,
  };
  if (model.called) {
    const { on, before } = model.called;
    const receipt = before ? t.coachCall.alreadyNoted(on) : t.coachCall.noted(on);
    return adaptiveCard([intro, { type: 'TextBlock', text: receipt, wrap: true }]);
  }
  const data = { verb: 'coach-called', memberId: model.memberId, week: model.week };
  return adaptiveCard([intro], [executeAction(t.coachCall.button, data, 'none')]);
}
