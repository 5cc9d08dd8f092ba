import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, executeAction, type AdaptiveCard } from './adaptive-card';
import { assertLogboekWeek, logboekWeekSchema } from './logboek.card';
import { strings } from './strings';

export const logboekOpenSchema = z.looseObject({
  verb: z.literal('logboek-open'),
  week: logboekWeekSchema,
});

/**
 * The week's one reminder: one short line and a button that opens the week's card in its place
 * (with Action.Execute; as a new message on clients without it), not the whole card again.
 */
export function renderLogboekReminderCard(model: {
  language: Language;
  week: number;
  weekId: string;
}): AdaptiveCard {
  assertLogboekWeek(model.week, model.weekId);
  const t = strings(model.language).logboekFlow;
  return adaptiveCard(
    [{ type: 'TextBlock', text: t.reminderLine(model.week), wrap: true }],
    [{ ...executeAction(t.open, { verb: 'logboek-open', week: model.weekId }), style: 'positive' }],
  );
}
