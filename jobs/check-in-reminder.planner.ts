import { escapeMarkdown } from '../cards/adaptive-card';
import { textMessage } from '../cards/attachment';
import { howText } from '../cards/check-in-invitation.card';
import { appointmentWords, timeText } from '../cards/check-in-when';
import { strings } from '../cards/strings';
import { reminderDue, type ReminderKind } from '../domain/check-in-schedule';
import type { CheckIn } from '../domain/check-ins';
import type { OutboxDraft } from '../domain/messages';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { CheckInPlannerDeps } from './check-in-invitation.planner';
import { CheckInReaders, type Reader } from './check-in-readers';

// The day before is 23 to 25 hours ahead, depending on a clock change in between.
const LOOK_AHEAD_MS = 26 * 3_600_000;

/**
 * Two reminders per check-in or slotinterview: the day before at the same wall-clock time, and
 * shortly before. Invitees who were invited and did not propose another moment get both; the host
 * gets the short one. These are appointments, not nudges, so they do not count against the nudge budget.
 */
export class CheckInReminderPlanner implements Planner {
  readonly name = 'check-in-reminder';

  constructor(
    private readonly deps: Omit<CheckInPlannerDeps, 'calendarUrl'> & { soonMinutes: number },
  ) {}

  async plan(at: Date): Promise<OutboxDraft[]> {
    const { stores, soonMinutes } = this.deps;
    const readers = new CheckInReaders(stores, this.deps.defaults);
    const drafts: OutboxDraft[] = [];
    const ahead = new Date(at.getTime() + LOOK_AHEAD_MS + soonMinutes * 60_000);
    for (const checkIn of await stores.checkInQueue.startingBetween(at, ahead)) {
      const kind = reminderDue({ ...checkIn, plannedAt: checkIn.updatedAt }, soonMinutes, at);
      if (!kind) continue;
      const invited = checkIn.invitees.filter(
        (i) => i.invitedSequence !== null && i.response !== 'proposed',
      );
      const invitable = await stores.checkInCaseload.invitable(checkIn);
      const coming: Reader[] = [];
      for (const invitee of invited.filter((i) => invitable.has(i.personId))) {
        const reader = await readers.of(invitee.personId, checkIn.organisationId);
        if (reader) coming.push(reader);
      }
      const coach = await readers.of(checkIn.coachPersonId, checkIn.organisationId);
      if (!coach || coming.length === 0) continue;
      for (const reader of coming) drafts.push(reminder(checkIn, kind, reader, [coach], at));
      if (kind === 'soon') drafts.push(reminder(checkIn, kind, coach, coming, at));
    }
    return drafts;
  }
}

function reminder(
  checkIn: CheckIn,
  kind: ReminderKind,
  reader: Reader,
  others: Reader[],
  at: Date,
): OutboxDraft {
  const t = strings(reader.language).checkIn;
  const words = appointmentWords(reader.language, checkIn.kind);
  const who = t.list(others.map((o) => escapeMarkdown(o.name)));
  const time = timeText(checkIn.startsAt, reader.language, reader.timeZone);
  const how = escapeMarkdown(howText(reader.language, checkIn));
  const text =
    kind === 'soon' ? words.remindSoon(who, time, how) : words.remindDayBefore(who, time, how);
  return {
    dedupeKey: `${reader.personId}:check-in-reminder:${checkIn.id}:${kind}`,
    purpose: 'check-in-reminder',
    target: { personId: reader.personId },
    activity: textMessage(text),
    notBefore: at,
    // After the check-in has begun, a reminder of it is no use.
    staleAt: checkIn.startsAt,
  };
}
