import { z } from 'zod';
import type { CheckInKind, CheckInMode } from '../domain/check-ins';
import type { Language } from '../domain/language';
import { actionLine } from './action-line';
import {
  adaptiveCard,
  escapeMarkdown,
  type CardElement,
  type LinkedCard,
  type TextBlock,
} from './adaptive-card';
import { checkInSequenceInput, localDateInput, wallTimeInput } from './check-in-plan.card';
import { appointmentWords, dayText, whenText } from './check-in-when';
import { idInput } from './id-input';
import { strings } from './strings';

export interface CheckInInvitationModel {
  language: Language;
  /** 'coaching' when left out; a slotinterview says what it is for. */
  kind?: CheckInKind;
  /** The invitee's own zone: every time on the card is shown in it. */
  timeZone: string;
  checkInId: string;
  sequence: number;
  coachName: string;
  startsAt: Date;
  durationMinutes: number;
  mode: CheckInMode;
  location: string | null;
  /** The check-in was moved: the card says so. */
  moved: boolean;
  /** Later dates of the series, shown on its first invitation. */
  laterStarts: Date[];
  /** The invitee's own open action points. */
  openPoints: { what: string; dueOn: string | null }[];
  calendarUrl: string;
}

const answer = { checkInId: idInput, sequence: checkInSequenceInput };

export const checkInAcceptSchema = z.looseObject({
  verb: z.literal('check-in-accept'),
  ...answer,
});
export const checkInProposeSchema = z.looseObject({
  verb: z.literal('check-in-propose'),
  ...answer,
  proposedDate: localDateInput,
  proposedTime: wallTimeInput,
});

/** How and where, in words: "online, meet.example/abc" or "op locatie, lokaal 2". */
export function howText(
  language: Language,
  check: { mode: CheckInMode; location: string | null },
): string {
  const mode = strings(language).checkIn.modes[check.mode];
  return check.location ? `${mode}, ${check.location}` : mode;
}

/** The invitation (or its update after a move), signed by the coach. */
export function renderCheckInInvitationCard(model: CheckInInvitationModel): LinkedCard {
  const { language, timeZone } = model;
  const t = strings(language).checkIn;
  const coach = escapeMarkdown(model.coachName);
  const text = (value: string, extra: Partial<TextBlock> = {}): TextBlock => ({
    type: 'TextBlock',
    text: value,
    wrap: true,
    ...extra,
  });
  const kind = model.kind ?? 'coaching';
  const words = appointmentWords(language, kind);
  const body: CardElement[] = [
    text(model.moved ? words.movedTitle(coach) : words.inviteTitle(coach), {
      style: 'heading',
      weight: 'bolder',
    }),
    ...(kind === 'slotinterview' ? [text(strings(language).interview.intro)] : []),
    {
      type: 'FactSet',
      facts: [
        { title: t.whenLabel, value: whenText(model.startsAt, language, timeZone) },
        { title: t.durationLabel, value: t.minutes(model.durationMinutes) },
        { title: t.howLabel, value: escapeMarkdown(howText(language, model)) },
      ],
    },
  ];
  if (model.laterStarts.length > 0) {
    const dates = model.laterStarts.map((d) => dayText(d, language, timeZone));
    body.push(text(t.laterDates(t.list(dates))));
  }
  if (model.openPoints.length > 0) {
    const lines = model.openPoints.map((p) => `- ${escapeMarkdown(actionLine(p, language))}`);
    body.push(text([t.openPoints, ...lines].join('\n')));
  }
  body.push(
    text(t.signedBy(coach), { isSubtle: true }),
    text(t.proposeHint, { spacing: 'medium' }),
    { type: 'Input.Date', id: 'proposedDate', label: t.dateLabel },
    { type: 'Input.Time', id: 'proposedTime', label: t.timeLabel },
  );
  const ids = { checkInId: model.checkInId, sequence: model.sequence };
  return {
    ...adaptiveCard(body),
    actions: [
      {
        type: 'Action.Submit',
        title: t.accept,
        data: { verb: 'check-in-accept', ...ids },
        associatedInputs: 'none',
      },
      { type: 'Action.Submit', title: t.propose, data: { verb: 'check-in-propose', ...ids } },
      { type: 'Action.OpenUrl', title: t.addToCalendar, url: model.calendarUrl },
    ],
  };
}
