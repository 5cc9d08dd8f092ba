/**
 * A calendar date with no time or zone, written 'YYYY-MM-DD'. A plain string so it stores,
 * serialises and sorts as-is; the helpers below reject anything that is not a real date.
 */
export type LocalDate = string;

/** ISO 8601 day of the week: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface LocalDateParts {
  year: number;
  /** 1 = January ... 12 = December. */
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidLocalDate(text: string): boolean {
  return readParts(text) !== undefined;
}

/** @throws RangeError when `text` is not an existing date in 'YYYY-MM-DD' form. */
export function parseLocalDate(text: string): LocalDate {
  localDateParts(text);
  return text;
}

/** @throws RangeError when the parts do not name an existing date in years 1..9999. */
export function localDate(year: number, month: number, day: number): LocalDate {
  return parseLocalDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** @throws RangeError when `date` is not an existing date in 'YYYY-MM-DD' form. */
export function localDateParts(date: LocalDate): LocalDateParts {
  const parts = readParts(date);
  if (!parts) throw new RangeError(`Not a calendar date: '${date}'`);
  return parts;
}

/** Moves by whole calendar days; `days` may be negative. */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromUtc(new Date(toUtc(date).getTime() + days * MS_PER_DAY));
}

/** Number of calendar days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY);
}

export function dayOfWeek(date: LocalDate): IsoWeekday {
  return (((toUtc(date).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

/** Sort comparator: negative, zero or positive, like `Array.prototype.sort` expects. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(daysBetween(b, a));
}

function readParts(text: string): LocalDateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const valid = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  return valid ? { year, month, day } : undefined;
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

// setUTCFullYear because Date.UTC maps years 0..99 onto 1900..1999.
function toUtc(date: LocalDate): Date {
  const { year, month, day } = localDateParts(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

function fromUtc(utc: Date): LocalDate {
  return localDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
