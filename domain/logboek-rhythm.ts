/**
 * How an ISO week ended for one person's logboek. 'skipped' ("Deze week overslaan") is an answer,
 * never a failure. Weeks without a prompt (holiday, pause) are left out of the list altogether.
 */
export type WeekOutcome = 'written' | 'skipped' | 'silent';

/** How a week stands in storage: quiet is a holiday or pause, stopped a week after the silence. */
export type WeekStatus = 'prompted' | 'written' | 'skipped' | 'quiet' | 'stopped';

/** After this many silent weeks in a row the prompts stop and the teamcoach is told instead. */
export const SILENT_WEEKS_BEFORE_COACH = 3;

/** The silent weeks at the end of `outcomes`, which run oldest to newest. */
export function silentWeeksInARow(outcomes: readonly WeekOutcome[]): number {
  let count = 0;
  for (let index = outcomes.length - 1; index >= 0 && outcomes[index] === 'silent'; index -= 1) {
    count += 1;
  }
  return count;
}

/**
 * Whether automatic prompts have stopped: a personal call from the teamcoach beats another bot
 * message. Writing or skipping a week ends the silence, and the prompts start again.
 */
export function promptsStopped(outcomes: readonly WeekOutcome[]): boolean {
  return silentWeeksInARow(outcomes) >= SILENT_WEEKS_BEFORE_COACH;
}

/**
 * Whether the teamcoach is to be told now: only in the week the silence reaches the limit, so
 * further silent weeks (or weeks recorded without a prompt) do not tell them again.
 */
export function teamcoachToBeTold(outcomes: readonly WeekOutcome[]): boolean {
  return silentWeeksInARow(outcomes) === SILENT_WEEKS_BEFORE_COACH;
}

/** Weeks before `week` as the rhythm sees them: holidays and pauses do not count, a stop is silence. */
export function outcomesBefore(
  weeks: readonly { week: string; status: WeekStatus }[],
  week: string,
): WeekOutcome[] {
  return weeks
    .filter((w) => w.week < week && w.status !== 'quiet')
    .map((w) => (w.status === 'written' || w.status === 'skipped' ? w.status : 'silent'));
}
