import { z } from 'zod';
import type { Language } from '../domain/language';
import { isValidLocalDate } from '../domain/local-date';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

export interface MomentCardModel {
  language: Language;
  weekday: number;
  hour: number;
  minute: number;
  pausedUntil: string | null;
  timeZone: string;
}

const two = (n: number) => String(n).padStart(2, '0');

export const momentSubmitSchema = z.looseObject({
  verb: z.literal('moment-save'),
  weekday: z.enum(['1', '2', '3', '4', '5', '6', '7']).transform(Number),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .transform((hhmm) => ({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) })),
  // Teams sends '' for an empty date input: no pause.
  pausedUntil: z
    .string()
    .optional()
    .refine((date) => !date || isValidLocalDate(date))
    .transform((date) => date || null),
});
export type MomentSubmit = z.infer<typeof momentSubmitSchema>;

/** `moment`: the weekday and time of the weekly logboek, and a pause until a date. */
export function renderMomentCard(model: MomentCardModel): AdaptiveCard {
  const t = strings(model.language).moment;
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t.title, wrap: true, style: 'heading', weight: 'bolder' },
      { type: 'TextBlock', text: t.intro, wrap: true },
      {
        type: 'Input.ChoiceSet',
        id: 'weekday',
        label: t.weekdayLabel,
        choices: t.weekdays.map((title, i) => ({ title, value: String(i + 1) })),
        style: 'compact',
        value: String(model.weekday),
        wrap: true,
      },
      {
        type: 'Input.Time',
        id: 'time',
        label: t.timeLabel,
        value: `${two(model.hour)}:${two(model.minute)}`,
      },
      {
        type: 'Input.Date',
        id: 'pausedUntil',
        label: t.pauseLabel,
        ...(model.pausedUntil ? { value: model.pausedUntil } : {}),
      },
      { type: 'TextBlock', text: t.timeZone(model.timeZone), wrap: true, isSubtle: true },
    ],
    [{ type: 'Action.Submit', title: t.save, data: { verb: 'moment-save' } }],
  );
}
