import { firstDayOfIsoWeek, weekOfInstant } from './iso-week';
import { addDays } from './local-date';
import { localDateOf, startOfLocalDay } from './zoned-time';

/**
 * Until when a message is worth sending, in the reader's time zone: the delivery waits out
 * Teams' throttling until then, and gives up after.
 */

/** A week's card is for its week: worth sending until the Monday after begins. */
export function endOfWeekAt(at: Date, timeZone: string): Date {
  const { year, week } = weekOfInstant(at, timeZone);
  return startOfLocalDay(addDays(firstDayOfIsoWeek(year, week), 7), timeZone);
}

/** A reminder is for its day: worth sending until the next day begins. */
export function endOfDayAt(at: Date, timeZone: string): Date {
  return startOfLocalDay(addDays(localDateOf(at, timeZone), 1), timeZone);
}
