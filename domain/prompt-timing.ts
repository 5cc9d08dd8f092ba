import { isoWeekOf, weekOfInstant, type IsoWeek } from './iso-week';
import { addDays, compareLocalDates, type LocalDate } from './local-date';
import type { HolidayPeriod } from './organisations';
import { promptInstant, type WeeklyMoment } from './weekly-moment';
import { instantAt, localDateOf, localPartsOf } from './zoned-time';

/** The days no logboek prompt or reminder goes out. */
export interface PromptPauses {
  /** The organisation's holiday periods; their dates are read in the moment's time zone. */
  holidays: readonly HolidayPeriod[];
  /** The last day, inclusive, of a pause the person chose; null when not paused. */
  pausedUntil: LocalDate | null;
}

export type QuietReason = 'holiday' | 'paused';

export type PromptDecision = { week: IsoWeek; at: Date } | { week: IsoWeek; skip: QuietReason };

/**
 * Whether the prompt of the ISO week `now` falls in is due: null while its moment is still ahead.
 * Decision: once the moment has passed the prompt stays due until the week ends (Sunday 24:00
 * local), so a pass that ran late still sends it; a week that ended unsent is never carried into
 * the next one. Whether it was sent already is for the caller (one outbox row per person and week).
 */
export function promptDue(
  moment: WeeklyMoment,
  now: Date,
  pauses: PromptPauses,
): PromptDecision | null {
  const week = weekOfInstant(now, moment.timeZone);
  const at = promptInstant(moment, week);
  if (now.getTime() < at.getTime()) return null;
  const skip = quietReason(localDateOf(at, moment.timeZone), pauses);
  return skip ? { week, skip } : { week, at };
}

/**
 * The reminder after a prompt: the moment's wall time `delayDays` calendar days after the prompt.
 * Decision: a reminder belongs to the prompt's ISO week; when the delay reaches past Sunday there
 * is no reminder (null) rather than a nudge about last week once the new week has begun.
 * @param promptAt the scheduled instant of the prompt (`promptDue(...).at`), not when it was sent.
 */
export function reminderInstant(
  promptAt: Date,
  moment: WeeklyMoment,
  delayDays: number,
): Date | null {
  if (!Number.isInteger(delayDays) || delayDays < 1) {
    throw new RangeError(`Not a whole, positive number of days: ${delayDays}`);
  }
  const promptDate = localDateOf(promptAt, moment.timeZone);
  const day = addDays(promptDate, delayDays);
  if (!sameIsoWeek(day, isoWeekOf(promptDate))) return null;
  return instantAt(day, { hour: moment.hour, minute: moment.minute }, moment.timeZone);
}

/**
 * The one reminder after "Later": tomorrow at the local time the button was pressed.
 * Decision: not past the end of the card's ISO week; when tomorrow lies outside `week` (pressed
 * on Sunday, or on an older week's card) there is no reminder and null is returned.
 */
export function laterInstant(askedAt: Date, timeZone: string, week: IsoWeek): Date | null {
  const { date, hour, minute } = localPartsOf(askedAt, timeZone);
  const tomorrow = addDays(date, 1);
  if (!sameIsoWeek(tomorrow, week)) return null;
  return instantAt(tomorrow, { hour, minute }, timeZone);
}

/** A reminder is never sent on a holiday or on a day the person paused. */
export function reminderAllowed(at: Date, timeZone: string, pauses: PromptPauses): boolean {
  return quietReason(localDateOf(at, timeZone), pauses) === null;
}

/** Why no prompt goes out on `date`, or null. A holiday wins over a pause that covers it too. */
export function quietReason(date: LocalDate, pauses: PromptPauses): QuietReason | null {
  const inHoliday = pauses.holidays.some(
    (holiday) =>
      compareLocalDates(holiday.startsOn, date) <= 0 &&
      compareLocalDates(date, holiday.endsOn) <= 0,
  );
  if (inHoliday) return 'holiday';
  const paused = pauses.pausedUntil !== null && compareLocalDates(date, pauses.pausedUntil) <= 0;
  return paused ? 'paused' : null;
}

function sameIsoWeek(date: LocalDate, week: IsoWeek): boolean {
  const other = isoWeekOf(date);
  return other.year === week.year && other.week === week.week;
}
