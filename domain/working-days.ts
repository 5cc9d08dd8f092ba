import {
  addDays,
  compareLocalDates,
  dayOfWeek,
  localDate,
  localDateParts,
  parseLocalDate,
  type LocalDate,
} from './local-date';

export interface PublicHoliday {
  date: LocalDate;
  /** The Dutch name, as people in school say it. */
  name: string;
}

/**
 * Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher), for any Gregorian year.
 * The one-letter names are those of Meeus, Astronomical Algorithms, so each step can be checked.
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const [b, c] = [Math.floor(year / 100), year % 100];
  const [d, e] = [Math.floor(b / 4), b % 4];
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const [i, k] = [Math.floor(c / 4), c % 4];
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return localDate(year, Math.floor(n / 31), (n % 31) + 1);
}

/**
 * The public holidays of art. 3 Algemene termijnenwet, in date order. Koningsdag follows the rule
 * in force since 2014. Goede Vrijdag is not in the law: schools that close add it as an extra day.
 */
export function namedDutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const kingsBirthday = localDate(year, 4, 27);
  const koningsdag = dayOfWeek(kingsBirthday) === 7 ? addDays(kingsBirthday, -1) : kingsBirthday;
  const holidays: PublicHoliday[] = [
    { date: localDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: koningsdag, name: 'Koningsdag' },
    { date: localDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: localDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: localDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return holidays.sort((x, y) => compareLocalDates(x.date, y.date));
}

/** The dates of `namedDutchPublicHolidays`, once each (Hemelvaartsdag can fall on 5 May). */
export function dutchPublicHolidays(year: number): LocalDate[] {
  return [...new Set(namedDutchPublicHolidays(year).map((holiday) => holiday.date))];
}

/** Monday to Friday, except Dutch public holidays and the extra days given. */
export class WorkingDays {
  private readonly extraDays: ReadonlySet<LocalDate>;

  /** @param extraDays further days off, such as Goede Vrijdag or the days a school is closed. */
  constructor(extraDays: readonly LocalDate[] = []) {
    this.extraDays = new Set(extraDays.map(parseLocalDate));
  }

  isWorkingDay(date: LocalDate): boolean {
    if (dayOfWeek(date) > 5 || this.extraDays.has(date)) return false;
    return !dutchPublicHolidays(localDateParts(date).year).includes(date);
  }

  /** The n-th working day after `date`, not counting `date` itself; `date` when n is 0. */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`Not a whole, non-negative number of working days: ${n}`);
    }
    let day = parseLocalDate(date);
    let remaining = n;
    while (remaining > 0) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) remaining -= 1;
    }
    return day;
  }
}
