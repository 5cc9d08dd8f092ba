import {
  dayOfWeek,
  localDate,
  localDateParts,
  type IsoWeekday,
  type LocalDate,
} from './local-date';

/** A time on the wall clock, without a date or zone. */
export interface WallTime {
  hour: number;
  minute: number;
}

export interface LocalParts extends WallTime {
  date: LocalDate;
  weekday: IsoWeekday;
}

interface WallClock extends WallTime {
  year: number;
  month: number;
  day: number;
  second: number;
}

const MS_PER_SECOND = 1_000;
const MS_PER_DAY = 86_400_000;

// Building an Intl.DateTimeFormat costs far more than using one, and its options never change
// per zone, so each zone's formatter is built once and kept for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** What the clocks in `timeZone` show at `instant`. */
export function localPartsOf(instant: Date, timeZone: string): LocalParts {
  const { year, month, day, hour, minute } = wallClockAt(instant, timeZone);
  const date = localDate(year, month, day);
  return { date, hour, minute, weekday: dayOfWeek(date) };
}

/** The calendar date in `timeZone` at `instant`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return localPartsOf(instant, timeZone).date;
}

/**
 * The instant the clocks in `timeZone` show `time` on `date`.
 * A time skipped by a spring-forward gap is read with the offset from before the gap, so it lands
 * as far past the gap as it was into it (02:30 on 2026-03-29 in Amsterdam is 03:30 CEST).
 * A time shown twice in an autumn overlap is the first, earlier, of the two instants.
 */
export function instantAt(date: LocalDate, time: WallTime, timeZone: string): Date {
  const wall = wallAsUtc(date, time);
  // The offsets a day either side bracket the transition, if any, nearest to this wall time.
  const before = offsetAt(wall - MS_PER_DAY, timeZone);
  const after = offsetAt(wall + MS_PER_DAY, timeZone);
  const matches = [before, after]
    .map((offset) => wall - offset)
    .filter((candidate) => offsetAt(candidate, timeZone) === wall - candidate);
  return new Date(matches.length > 0 ? Math.min(...matches) : wall - before);
}

/** The instant `date` begins in `timeZone`: usually 00:00, later where midnight is skipped. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return instantAt(date, { hour: 0, minute: 0 }, timeZone);
}

/** How far the clocks in `timeZone` run ahead of UTC at `epochMs`, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / MS_PER_SECOND) * MS_PER_SECOND;
  return utcMs(wallClockAt(new Date(wholeSecond), timeZone)) - wholeSecond;
}

/** The wall time read as if it were UTC: subtracting the zone's offset gives the real instant. */
function wallAsUtc(date: LocalDate, { hour, minute }: WallTime): number {
  const valid = [hour, minute].every(Number.isInteger) && hour >= 0 && hour < 24;
  if (!valid || minute < 0 || minute >= 60) {
    throw new RangeError(`Not a wall-clock time: ${hour}:${minute}`);
  }
  return utcMs({ ...localDateParts(date), hour, minute, second: 0 });
}

// What the clocks of a zone show at a given second never changes, and a planning pass asks it
// for the same few instants for thousands of people (their moment's week, its offsets either
// side): each reading is kept, in a map emptied whenever it fills.
const readings = new Map<string, WallClock>();
const READINGS_KEPT = 50_000;

function wallClockAt(instant: Date, timeZone: string): WallClock {
  const key = `${timeZone} ${Math.floor(instant.getTime() / MS_PER_SECOND)}`;
  const kept = readings.get(key);
  if (kept) return kept;
  const parts = formatterFor(timeZone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  const wall = Object.freeze({
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  });
  if (readings.size >= READINGS_KEPT) readings.clear();
  readings.set(key, wall);
  return wall;
}

// setUTCFullYear because Date.UTC maps years 0..99 onto 1900..1999.
function utcMs({ year, month, day, hour, minute, second }: WallClock): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second);
  return utc.getTime();
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // hourCycle h23, because hour12: false still prints midnight as 24 in some ICU versions.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
