import { addDays, compareLocalDates, type LocalDate } from './local-date';
import { instantAt, localPartsOf, type WallTime } from './zoned-time';

/** At most this many check-ins come out of one repeat; a school year has about 40 weeks. */
export const MAX_OCCURRENCES = 26;

export interface Repeat {
  everyWeeks: number;
  /** Last day an occurrence may fall on, inclusive. */
  until: LocalDate;
}

export interface Occurrences {
  /** Start instants, the first on `date`; the same wall-clock time on each later date. */
  starts: Date[];
  /** The repeat reached further than MAX_OCCURRENCES. */
  capped: boolean;
}

/**
 * The check-ins of a plan. Repeats step in calendar weeks, not in multiples of 168 hours, so
 * 10:00 stays 10:00 when the clocks change in between.
 */
export function occurrencesOf(
  date: LocalDate,
  time: WallTime,
  timeZone: string,
  repeat?: Repeat,
): Occurrences {
  const starts = [instantAt(date, time, timeZone)];
  if (!repeat) return { starts, capped: false };
  for (let next = addDays(date, 7 * repeat.everyWeeks); ;) {
    if (compareLocalDates(next, repeat.until) > 0) return { starts, capped: false };
    if (starts.length === MAX_OCCURRENCES) return { starts, capped: true };
    starts.push(instantAt(next, time, timeZone));
    next = addDays(next, 7 * repeat.everyWeeks);
  }
}

/** The same wall-clock time on the calendar day before, which is not always 24 hours earlier. */
export function dayBefore(startsAt: Date, timeZone: string): Date {
  const { date, hour, minute } = localPartsOf(startsAt, timeZone);
  return instantAt(addDays(date, -1), { hour, minute }, timeZone);
}

export type ReminderKind = 'day-before' | 'soon';

/**
 * Which reminder is due at `at`, if any. A late pass sends the day-before one only while it is
 * still before the short one, and never once the check-in has begun; a check-in planned less than
 * a day ahead gets only the short one (its invitation just came).
 */
export function reminderDue(
  check: { startsAt: Date; timeZone: string; plannedAt: Date },
  soonMinutes: number,
  at: Date,
): ReminderKind | undefined {
  const start = check.startsAt.getTime();
  const soon = start - soonMinutes * 60_000;
  const before = dayBefore(check.startsAt, check.timeZone).getTime();
  const now = at.getTime();
  if (now >= start) return undefined;
  if (now >= soon) return 'soon';
  if (now >= before && check.plannedAt.getTime() < before) return 'day-before';
  return undefined;
}
