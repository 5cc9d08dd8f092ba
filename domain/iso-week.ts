import {
  addDays,
  dayOfWeek,
  daysBetween,
  localDate,
  localDateParts,
  type LocalDate,
} from './local-date';
import { localDateOf } from './zoned-time';

/**
 * ISO 8601 week numbering: weeks run Monday to Sunday and belong to the year holding their
 * Thursday, so 1 January can fall in week 52 or 53 of the year before.
 */
export interface IsoWeek {
  year: number;
  week: number;
}

/** An ISO week written '2026-W48': a plain string, so it serves as a key and sorts as-is. */
export type IsoWeekId = string;

const WEEK_ID = /^(\d{4})-W(\d{2})$/;

export function isoWeekOf(date: LocalDate): IsoWeek {
  const thursday = addDays(date, 4 - dayOfWeek(date));
  const { year } = localDateParts(thursday);
  return { year, week: Math.floor(daysBetween(localDate(year, 1, 1), thursday) / 7) + 1 };
}

/**
 * 53 for a year that begins on a Thursday, or a leap year that begins on a Wednesday (its
 * 28 December then falls in a week 53); otherwise 52.
 */
export function weeksInIsoYear(year: number): number {
  const firstDay = new Date(Date.UTC(2000, 0, 1));
  firstDay.setUTCFullYear(year);
  const weekday = firstDay.getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return weekday === 4 || (leap && weekday === 3) ? 53 : 52;
}

/** @throws RangeError when `week` does not exist in that ISO year. */
export function isoWeekId({ year, week }: IsoWeek): IsoWeekId {
  assertWeekExists(year, week);
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** @throws RangeError when `text` is not an existing week in the form '2026-W48'. */
export function parseIsoWeekId(text: string): IsoWeek {
  const match = WEEK_ID.exec(text);
  if (!match) throw new RangeError(`Not an ISO week id: '${text}'`);
  const [year, week] = [Number(match[1]), Number(match[2])];
  assertWeekExists(year, week);
  return { year, week };
}

/** Whether `text` names a week that exists, such as '2026-W53' (but not '2025-W53'). */
export function isIsoWeekId(text: string): boolean {
  const match = WEEK_ID.exec(text);
  if (!match) return false;
  const [year, week] = [Number(match[1]), Number(match[2])];
  return weekExists(year, week);
}

/** The Monday that opens the week. Week 1 is the week holding 4 January. */
export function firstDayOfIsoWeek(year: number, week: number): LocalDate {
  assertWeekExists(year, week);
  const fourthOfJanuary = localDate(year, 1, 4);
  const mondayOfWeekOne = addDays(fourthOfJanuary, 1 - dayOfWeek(fourthOfJanuary));
  return addDays(mondayOfWeekOne, (week - 1) * 7);
}

/** The ISO week of the date the clocks in `timeZone` show at `instant`. */
export function weekOfInstant(instant: Date, timeZone: string): IsoWeek {
  return isoWeekOf(localDateOf(instant, timeZone));
}

function assertWeekExists(year: number, week: number): void {
  if (!weekExists(year, week)) throw new RangeError(`No week ${week} in ISO year ${year}`);
}

function weekExists(year: number, week: number): boolean {
  const yearKnown = Number.isInteger(year) && year >= 1 && year <= 9999;
  return yearKnown && Number.isInteger(week) && week >= 1 && week <= weeksInIsoYear(year);
}

/** The latest week numbered `week` that has begun: this year's, or else last year's. */
export function latestWeekNumbered(current: IsoWeek, week: number): IsoWeek | undefined {
  if (week <= current.week) return { year: current.year, week };
  const year = current.year - 1;
  return week <= weeksInIsoYear(year) ? { year, week } : undefined;
}
