import { z } from 'zod';
import type { ActionOwner } from '../domain/check-ins';
import type { Language } from '../domain/language';
import { actionLine } from './action-line';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard, type CardElement } from './adaptive-card';
import { localDateInput, wallTimeInput } from './check-in-plan.card';
import { whenText } from './check-in-when';
import { idInput, isStorableId } from './id-input';
import { strings } from './strings';

export interface CheckInAgreementModel {
  language: Language;
  /** The coach's zone. */
  timeZone: string;
  checkInId: string;
  names: string[];
  openPoints: { id: string; what: string; dueOn: string | null; ownerName: string }[];
  /** Who a new action point can be for; the maatje only when they were invited. */
  owners: { owner: ActionOwner; name: string }[];
  /** The next check-in when one is already planned; otherwise the card asks for it. */
  next: Date | null;
}

export const NEW_POINTS = [1, 2, 3] as const;

const what = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((text) => text || null);
const who = z.enum(['aanjager', 'maatje', 'coach']).optional();
const due = localDateInput.optional().transform((date) => date ?? null);

export const checkInAgreementSchema = z
  .looseObject({
    verb: z.literal('check-in-agreements'),
    checkInId: idInput,
    // A multi-select sends the chosen values joined by commas.
    done: z
      .string()
      .max(10_000)
      .optional()
      .transform((ids) => (ids ? ids.split(',').filter(Boolean).filter(isStorableId) : [])),
    what1: what,
    who1: who,
    due1: due,
    what2: what,
    who2: who,
    due2: due,
    what3: what,
    who3: who,
    due3: due,
    nextDate: localDateInput.optional().transform((date) => date ?? null),
    nextTime: wallTimeInput.optional().transform((time) => time ?? null),
  })
  .transform((s) => ({
    verb: s.verb,
    checkInId: s.checkInId,
    done: s.done,
    points: [
      { what: s.what1, owner: s.who1, dueOn: s.due1 },
      { what: s.what2, owner: s.who2, dueOn: s.due2 },
      { what: s.what3, owner: s.who3, dueOn: s.due3 },
    ].flatMap((p) => (p.what ? [{ ...p, what: p.what, owner: p.owner ?? 'aanjager' }] : [])),
    next: s.nextDate && s.nextTime ? { date: s.nextDate, time: s.nextTime } : null,
  }));
export type CheckInAgreementSubmit = z.infer<typeof checkInAgreementSchema>;

/** After a check-in: tick off what is done, add up to three agreements, make the next one. */
export function renderCheckInAgreementCard(model: CheckInAgreementModel): AdaptiveCard {
  const { language } = model;
  const t = strings(language).checkIn;
  const names = t.list(model.names.map(escapeMarkdown));
  const body: CardElement[] = [
    { type: 'TextBlock', text: t.agreementTitle(names), wrap: true, style: 'heading' },
    { type: 'TextBlock', text: t.agreementIntro, wrap: true },
  ];
  if (model.openPoints.length > 0) {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'done',
      label: t.openLabel,
      isMultiSelect: true,
      style: 'expanded',
      choices: model.openPoints.map((p) => ({
        title: `${escapeMarkdown(actionLine(p, language))} (${escapeMarkdown(p.ownerName)})`,
        value: p.id,
      })),
      wrap: true,
    });
  }
  for (const n of NEW_POINTS) {
    body.push(
      { type: 'TextBlock', text: t.newLabel(n), wrap: true, weight: 'bolder', spacing: 'medium' },
      { type: 'Input.Text', id: `what${n}`, label: t.whatLabel, maxLength: 500 },
      {
        type: 'Input.ChoiceSet',
        id: `who${n}`,
        label: t.whoLabel,
        style: 'compact',
        value: 'aanjager',
        choices: model.owners.map((o) => ({
          title: t.owners[o.owner](escapeMarkdown(o.name)),
          value: o.owner,
        })),
        wrap: true,
      },
      { type: 'Input.Date', id: `due${n}`, label: t.dueLabel },
    );
  }
  if (model.next) {
    const when = whenText(model.next, language, model.timeZone);
    body.push({ type: 'TextBlock', text: t.nextPlanned(when), wrap: true, spacing: 'medium' });
  } else {
    body.push(
      { type: 'TextBlock', text: t.nextLabel, wrap: true, weight: 'bolder', spacing: 'medium' },
      { type: 'Input.Date', id: 'nextDate', label: t.dateLabel },
      { type: 'Input.Time', id: 'nextTime', label: t.timeLabel },
    );
  }
  return adaptiveCard(body, [
    {
      type: 'Action.Submit',
      title: t.record,
      data: { verb: 'check-in-agreements', checkInId: model.checkInId },
    },
  ]);
}
