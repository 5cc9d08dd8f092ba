import { firstDayOfIsoWeek, type IsoWeek } from './iso-week';
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

/**
 * The instant of the moment in the given ISO week. The wall time follows the zone's clocks across
 * daylight-saving changes; a time skipped or repeated that night follows `instantAt`.
 */
export function promptInstant(moment: WeeklyMoment, week: IsoWeek): Date {
  const date = addDays(firstDayOfIsoWeek(week.year, week.week), moment.weekday - 1);
  return instantAt(date, { hour: moment.hour, minute: moment.minute }, moment.timeZone);
}
