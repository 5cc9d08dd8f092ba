import { z } from 'zod';
import type { Language } from '../domain/language';
import { isValidLocalDate } from '../domain/local-date';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard, type CardElement } from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

export interface CheckInPlanCardModel {
  language: Language;
  timeZone: string;
  aanjagers: { memberId: string; name: string; hasMaatje: boolean }[];
}

export const DURATIONS = ['30', '45', '60', '90'] as const;
const REPEATS = ['0', '1', '2', '3', '4'] as const;

// Teams sends '' for an empty date or time input; the dialog asks for it in words.
export const localDateInput = z
  .string()
  .refine((date) => date === '' || isValidLocalDate(date))
  .transform((date) => date || null);
export const wallTimeInput = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/)
  .transform((hhmm) =>
    hhmm ? { hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) } : null,
  );

// The check-in's version on the card that was pressed; PostgreSQL refuses a number beyond its
// integer column, so a forged one would fail the turn instead of reading as "out of date".
export const checkInSequenceInput = z.coerce.number().int().min(0).max(2_147_483_647);

export const checkInPlanSchema = z.looseObject({
  verb: z.literal('check-in-plan'),
  aanjager: idInput,
  withMaatje: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  date: localDateInput,
  time: wallTimeInput,
  duration: z.enum(DURATIONS).transform(Number),
  mode: z.enum(['online', 'on-site']),
  place: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((place) => place || null),
  every: z.enum(REPEATS).transform(Number),
  until: localDateInput.optional().transform((date) => date ?? null),
});
export type CheckInPlanSubmit = z.infer<typeof checkInPlanSchema>;

/** `check-in plannen`: with which aanjager (and maatje), when, how long, how, how often. */
export function renderCheckInPlanCard(model: CheckInPlanCardModel): AdaptiveCard {
  const t = strings(model.language).checkIn;
  const [first] = model.aanjagers;
  const body: CardElement[] = [
    { type: 'TextBlock', text: t.planTitle, wrap: true, style: 'heading', weight: 'bolder' },
    { type: 'TextBlock', text: t.planIntro, wrap: true },
    {
      type: 'Input.ChoiceSet',
      id: 'aanjager',
      label: t.withLabel,
      choices: model.aanjagers.map((a) => ({ title: escapeMarkdown(a.name), value: a.memberId })),
      style: 'compact',
      ...(first ? { value: first.memberId } : {}),
      wrap: true,
    },
    ...(model.aanjagers.some((a) => a.hasMaatje)
      ? [
          {
            type: 'Input.Toggle' as const,
            id: 'withMaatje',
            title: t.includeMaatje,
            value: 'false' as const,
            valueOn: 'true' as const,
            valueOff: 'false' as const,
            wrap: true as const,
          },
        ]
      : []),
    { type: 'Input.Date', id: 'date', label: t.dateLabel },
    { type: 'Input.Time', id: 'time', label: t.timeLabel, value: '10:00' },
    choices(
      'duration',
      t.durationLabel,
      DURATIONS.map((m): Option => [m, t.minutes(Number(m))]),
      '45',
    ),
    choices(
      'mode',
      t.modeLabel,
      [
        ['online', t.modes.online],
        ['on-site', t.modes['on-site']],
      ],
      'online',
    ),
    { type: 'Input.Text', id: 'place', label: t.placeLabel, maxLength: 300 },
    choices(
      'every',
      t.repeatLabel,
      REPEATS.map((w): Option => [w, w === '0' ? t.repeatNone : t.repeatEvery(Number(w))]),
      '0',
    ),
    { type: 'Input.Date', id: 'until', label: t.untilLabel },
    { type: 'TextBlock', text: t.timeZone(model.timeZone), wrap: true, isSubtle: true },
  ];
  return adaptiveCard(body, [
    { type: 'Action.Submit', title: t.plan, data: { verb: 'check-in-plan' } },
  ]);
}

type Option = [value: string, title: string];

function choices(id: string, label: string, options: Option[], value: string): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    choices: options.map(([v, title]) => ({ title, value: v })),
    style: 'compact',
    value,
    wrap: true,
  };
}
