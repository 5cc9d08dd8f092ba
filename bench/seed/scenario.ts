import { isoWeekId, weekOfInstant } from '../../domain/iso-week';
import { promptInstant, type WeeklyMoment } from '../../domain/weekly-moment';

export const ZONE = 'Europe/Amsterdam';
const WEEK_MS = 7 * 86_400_000;

/**
 * Thursday 14:00 in Amsterdam of the current ISO week: the moment both benchmarks play at, so
 * the week's prompts of Monday to Wednesday are out and Friday's default moment is still ahead.
 */
export function scenarioStart(now = new Date()): Date {
  return momentIn({ weekday: 4, hour: 14, minute: 0, timeZone: ZONE }, now);
}

/** The instant of a weekly moment in the ISO week that `at` falls in. */
export function momentIn(moment: WeeklyMoment, at: Date): Date {
  return promptInstant(moment, weekOfInstant(at, moment.timeZone));
}

/** The ISO week id `weeksBack` weeks before the week of `at` (0: that week itself). */
export function weekIdBefore(at: Date, weeksBack: number): string {
  return isoWeekId(weekOfInstant(new Date(at.getTime() - weeksBack * WEEK_MS), ZONE));
}

/** A clock that reads `start` now and then runs on with real time, for the bot under test. */
export function runningClock(start: Date): () => Date {
  const startedAt = Date.now();
  return () => new Date(start.getTime() + (Date.now() - startedAt));
}
