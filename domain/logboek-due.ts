import {
  firstDayOfIsoWeek,
  isoWeekId,
  isoWeekOf,
  parseIsoWeekId,
  weekOfInstant,
  type IsoWeek,
} from './iso-week';
import { addDays } from './local-date';
import { outcomesBefore, SILENT_WEEKS_BEFORE_COACH, silentWeeksInARow } from './logboek-rhythm';
import type { WeekStatus } from './logboek-rhythm';
import { reminderAllowed, type PromptPauses } from './prompt-timing';
import { promptInstant, type WeeklyMoment } from './weekly-moment';

/** A week as the next-due computation reads it. */
export interface DueWeek {
  week: string;
  status: WeekStatus;
  /** Nothing more to send for it: answered, quiet, stopped, or its card queued or shown. */
  settled: boolean;
  /** Its one reminder, while not yet sent. */
  remindAt: Date | null;
}

export interface DueInput {
  moment: WeeklyMoment;
  /** Their latest yes: no prompt is due before it. */
  consentAt: Date;
  pauses: PromptPauses;
  /** Their recent weeks, oldest first. */
  weeks: readonly DueWeek[];
}

export interface NextDue {
  /** When the weekly prompt pass has work for them next; null while prompts stopped (silence). */
  promptAt: Date | null;
  /** When their open week's one reminder is due; null when none will be sent. */
  remindAt: Date | null;
  remindWeek: string | null;
}

/**
 * The next instants a planning pass has work for one keeper. The prompt: the moment of the first
 * week after the last settled one (or of the week they said yes), never before the yes, and not
 * of a week before `from` (a pass after downtime has no business with weeks that are over: it
 * catches up once, with the week it runs in). Each week's moment follows its own clocks (DST) and
 * ISO weeks run to 53. Holidays and pauses do not move the prompt (the pass records those weeks
 * as quiet, and people see them so), but a reminder that would fall on one is never sent.
 */
export function nextDue(input: DueInput, from?: Date): NextDue {
  const { moment, weeks } = input;
  const settled = weeks.filter((w) => w.settled).at(-1);
  const next = settled
    ? weekAfter(parseIsoWeekId(settled.week))
    : weekOfInstant(input.consentAt, moment.timeZone);
  // A week settled at the calendar's end (a card for 9999-W52 is hostile input, but it is stored
  // like any week) has no week after it: nothing more to prompt.
  if (!next) return { promptAt: null, ...reminder(input) };
  let week = next;
  if (from) {
    const current = weekOfInstant(from, moment.timeZone);
    if (isoWeekId(current) > isoWeekId(week)) week = current;
  }
  return { promptAt: promptAt(input, week), ...reminder(input) };
}

/** Dates run to 9999-12-31: a week starting after this Monday has no whole week after it. */
const LAST_MONDAY_WITH_A_NEXT_WEEK = '9999-12-17';

/** The week after `week`, across the turn of a 52- or 53-week year; null at the calendar's end. */
export function weekAfter(week: IsoWeek): IsoWeek | null {
  const monday = firstDayOfIsoWeek(week.year, week.week);
  if (monday > LAST_MONDAY_WITH_A_NEXT_WEEK) return null;
  return isoWeekOf(addDays(monday, 7));
}

function promptAt(input: DueInput, week: IsoWeek): Date | null {
  // Told the teamcoach already, and silent since: a personal call beats another message, until
  // they write or skip a week again (markWeek then makes them due).
  const outcomes = outcomesBefore(input.weeks, isoWeekId(week));
  if (silentWeeksInARow(outcomes) > SILENT_WEEKS_BEFORE_COACH) return null;
  const at = promptInstant(input.moment, week);
  return at.getTime() < input.consentAt.getTime() ? input.consentAt : at;
}

function reminder(input: DueInput): Pick<NextDue, 'remindAt' | 'remindWeek'> {
  const open = input.weeks.filter((w) => w.status === 'prompted').at(-1);
  const none = { remindAt: null, remindWeek: null };
  if (!open?.remindAt) return none;
  if (!reminderAllowed(open.remindAt, input.moment.timeZone, input.pauses)) return none;
  return { remindAt: open.remindAt, remindWeek: open.week };
}

/**
 * A person's weeks once a pass settled `week` (its card queued, or recorded quiet or stopped): the
 * week as it was stored, settled, or as the pass recorded it when it had no row yet.
 */
export function withSettledWeek(weeks: readonly DueWeek[], recorded: DueWeek): DueWeek[] {
  if (!weeks.some((w) => w.week === recorded.week))
    return [...weeks, { ...recorded, settled: true }].sort((a, b) =>
      a.week < b.week ? -1 : a.week > b.week ? 1 : 0,
    );
  return weeks.map((w) => (w.week === recorded.week ? { ...w, settled: true } : w));
}

/** A person's weeks once the reminder of `week` went out (or was given up): none is due for it. */
export function withReminderSpent(weeks: readonly DueWeek[], week: string): DueWeek[] {
  return weeks.map((w) => (w.week === week ? { ...w, remindAt: null } : w));
}
