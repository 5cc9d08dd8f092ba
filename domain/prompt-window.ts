import { isoWeekId, weekOfInstant, type IsoWeekId } from './iso-week-calendar';
import type { IsoWeekday } from './local-date';

const HOUR_MS = 3_600_000;
/** The last minute of a week, Sunday 23:59, counted from Monday 00:00. */
export const LAST_MINUTE_OF_WEEK = 7 * 1440 - 1;

/** A weekly wall time as minutes from Monday 00:00: 0 … 10079. */
export function minuteOfWeek(weekday: IsoWeekday, hour: number, minute: number): number {
  return (weekday - 1) * 1440 + hour * 60 + minute;
}

/** In ISO week `week`, the moments up to wall time `upTo` (minutes from Monday 00:00). */
export interface PromptWindow {
  week: IsoWeekId;
  upTo: number;
}

/**
 * Whose prompt a planning pass at `at` can find due, whatever their time zone (UTC−12 to
 * UTC+14): for each ISO week a clock on earth shows at `at`, the latest wall time any clock shows
 * in it. Someone whose moment lies after that cannot be due yet, so a pass need not read them.
 * Usually one window; around Sunday midnight two, the ending week whole and the new one begun.
 */
export function promptWindows(at: Date): PromptWindow[] {
  const earliest = new Date(at.getTime() - 12 * HOUR_MS);
  const latest = new Date(at.getTime() + 14 * HOUR_MS);
  const first = isoWeekId(weekOfInstant(earliest, 'UTC'));
  const last = isoWeekId(weekOfInstant(latest, 'UTC'));
  const upTo = wallMinuteOfWeek(latest);
  if (first === last) return [{ week: first, upTo }];
  return [
    { week: first, upTo: LAST_MINUTE_OF_WEEK },
    { week: last, upTo },
  ];
}

function wallMinuteOfWeek(instant: Date): number {
  const weekday = (((instant.getUTCDay() + 6) % 7) + 1) as IsoWeekday;
  return minuteOfWeek(weekday, instant.getUTCHours(), instant.getUTCMinutes());
}
