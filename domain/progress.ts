import type { Role } from './roles';
import { isoWeekId, weekOfInstant } from './iso-week';
import type { HolidayPeriod } from './organisations';
import { quietReason } from './prompt-timing';
import { localDateOf } from './zoned-time';

export const PROGRESS_WEEKS = 8;

export type ProgressState = 'active' | 'paused' | 'holiday' | 'stopped';

export interface WeekFact {
  week: string;
  status: string;
}

/** The ISO week id eight weeks back, inclusive of this one: where the overview starts. */
export function firstShownWeek(at: Date, timeZone: string): string {
  const back = new Date(at.getTime() - (PROGRESS_WEEKS - 1) * 7 * 86_400_000);
  return isoWeekId(weekOfInstant(back, timeZone));
}

/** Weeks with a saved entry among the last eight (this one included). */
export function weeksWritten(weeks: readonly WeekFact[], at: Date, timeZone: string): number {
  const first = firstShownWeek(at, timeZone);
  return weeks.filter((w) => w.week >= first && w.status === 'written').length;
}

/**
 * Why prompts are quiet for someone today, if they are: a holiday of the organisation, a pause
 * the person chose, or the stop after silent weeks (the latest week recorded as stopped).
 */
export function progressState(input: {
  at: Date;
  timeZone: string;
  holidays: readonly HolidayPeriod[];
  pausedUntil: string | null;
  weeks: readonly WeekFact[];
}): ProgressState {
  const today = localDateOf(input.at, input.timeZone);
  const quiet = quietReason(today, { holidays: input.holidays, pausedUntil: input.pausedUntil });
  if (quiet) return quiet;
  return input.weeks.at(-1)?.status === 'stopped' ? 'stopped' : 'active';
}

/** What spends a person's weekly contact budget: one nudge or reminder a week, from all sources. */
export type ContactSource = 'nudge' | 'logboek-reminder';

/** One person in an overview: who, where, and the facts progress is made of. No content. */
export interface ProgressRow {
  memberId: string;
  personId: string | null;
  organisationId: string;
  organisationName: string;
  name: string;
  locale: string | null;
  roles: Role[];
  timeZone: string;
  pausedUntil: string | null;
  /** The latest consent choice in the organisation's study, if any. */
  consent: string | null;
}
