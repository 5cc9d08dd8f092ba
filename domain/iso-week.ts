import {
  addDays,
  dayOfWeek,
  daysBetween,
  localDate,
  localDateParts,
  type LocalDate,
} from './local-date';

export interface IsoWeek {
  year: number;
  week: number;
}

/**
 * ISO 8601 week numbering: weeks run Monday to Sunday and belong to the year holding their
 * Thursday, so 1 January can fall in week 52 or 53 of the year before.
 */
export function isoWeekOf(date: LocalDate): IsoWeek {
  const thursday = addDays(date, 4 - dayOfWeek(date));
  const { year } = localDateParts(thursday);
  return { year, week: Math.floor(daysBetween(localDate(year, 1, 1), thursday) / 7) + 1 };
}
