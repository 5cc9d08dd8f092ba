import type { IsoWeek } from './iso-week';
import { firstDayOfIsoWeek } from './iso-week-calendar';
import { addDays, type IsoWeekday } from './local-date';
import { instantAt } from './zoned-time';

/** The moment a person picked ("een moment prikken") to look back on their week. */
export interface WeeklyMoment {
  weekday: IsoWeekday;
  hour: number;
  minute: number;
  /** IANA zone the person lives by, e.g. 'Europe/Amsterdam'. */
  timeZone: string;
}

export const DEFAULT_MOMENT: Readonly<WeeklyMoment> = {
  weekday: 5,
  hour: 15,
  minute: 0,
  timeZone: 'Europe/Amsterdam',
};

/** Whether `value` is a moment the scheduler can use: whole numbers in range, a zone Intl knows. */
export function isValidMoment(value: unknown): value is WeeklyMoment {
  if (typeof value !== 'object' || value === null) return false;
  const { weekday, hour, minute, timeZone } = value as Record<string, unknown>;
  return (
    isWholeBetween(weekday, 1, 7) &&
    isWholeBetween(hour, 0, 23) &&
    isWholeBetween(minute, 0, 59) &&
    typeof timeZone === 'string' &&
    isKnownTimeZone(timeZone)
  );
}

/**
 * The instant of the moment in the given ISO week. The wall time follows the zone's clocks across
 * daylight-saving changes; a time skipped or repeated that night follows `instantAt`.
 */
export function promptInstant(moment: WeeklyMoment, week: IsoWeek): Date {
  const date = addDays(firstDayOfIsoWeek(week.year, week.week), moment.weekday - 1);
  return instantAt(date, { hour: moment.hour, minute: moment.minute }, moment.timeZone);
}

function isWholeBetween(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
