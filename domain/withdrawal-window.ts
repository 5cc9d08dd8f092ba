import { addDays } from './local-date';
import type { WorkingDays } from './working-days';
import { localDateOf, startOfLocalDay } from './zoned-time';

export interface WithdrawalWindowOptions {
  /** The IANA zone whose calendar counts, e.g. 'Europe/Amsterdam'. */
  timeZone: string;
  /** Length of the bedenktijd in working days; 5 when not given. */
  workingDays?: number;
  calendar: WorkingDays;
}

/** The first instant after the bedenktijd that follows a submission. */
export function withdrawalWindowEnd(submittedAt: Date, options: WithdrawalWindowOptions): Date {
  const { timeZone, workingDays = 5, calendar } = options;
  const lastDay = calendar.addWorkingDays(localDateOf(submittedAt, timeZone), workingDays);
  // Decision: the window stays open all of its last working day, until local midnight after it.
  return startOfLocalDay(addDays(lastDay, 1), timeZone);
}
