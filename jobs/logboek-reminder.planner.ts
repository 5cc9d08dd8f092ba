import { cardMessage } from '../cards/attachment';
import { renderLogboekReminderCard } from '../cards/logboek-reminder.card';
import { isoWeekId, parseIsoWeekId, weekOfInstant } from '../domain/iso-week-calendar';
import { pickLanguage } from '../domain/language';
import { endOfDayAt } from '../domain/message-worth';
import { reminderAllowed } from '../domain/prompt-timing';
import type { OutboxDraft } from '../domain/messages';
import type { HolidayPeriod } from '../domain/organisations';
import type { Planner, Queue } from '../infra/delivery/scheduler-pass';
import type { ContactBudgetStore } from '../infra/storage/contact-budget.store';
import type { LogboekDueStore, ReminderDue } from '../infra/storage/logboek-due.store';
import { momentOf } from '../infra/storage/logboek-keepers';
import type { LogboekStore } from '../infra/storage/logboek.store';
import { PASS_BATCH } from './weekly-prompt.planner';

/**
 * The one reminder a week may get (domain.md: at most one), when nothing came: after the
 * configured delay, or the day after "Later". Never on a holiday or pause day, nor after the
 * week ended, nor when a coach's nudge spent the week's contact budget: then none at all. Only
 * the reminders the next-due index says are due are read, a batch at a time; each week is marked
 * reminded before its draft is queued, so a crash in between loses a reminder rather than
 * sending two.
 */
export class LogboekReminderPlanner implements Planner {
  readonly name = 'logboek-reminder';

  constructor(
    private readonly deps: {
      logboek: LogboekStore;
      due: LogboekDueStore;
      contactBudget: Pick<ContactBudgetStore, 'claim'>;
      defaultLocale: string;
    },
  ) {}

  async plan(at: Date, queue: Queue): Promise<OutboxDraft[]> {
    const handled = new Set<string>();
    let holidays: Map<string, HolidayPeriod[]> | undefined;
    for (;;) {
      const due = await this.deps.due.remindersDue(at, PASS_BATCH);
      const rows = due.filter((row) => !handled.has(row.personId));
      if (rows.length === 0) break;
      for (const row of rows) handled.add(row.personId);
      holidays ??= await this.deps.logboek.holidaysByOrganisation();
      await queue(await this.batch(rows, at, holidays));
      await this.deps.due.passed(
        rows.map((row) => row.personId),
        at,
      );
      if (due.length < PASS_BATCH) break;
    }
    return [];
  }

  private async batch(
    rows: ReminderDue[],
    at: Date,
    holidays: Map<string, HolidayPeriod[]>,
  ): Promise<OutboxDraft[]> {
    const { logboek } = this.deps;
    const open = rows.filter((row) => row.open);
    if (open.length === 0) return [];
    await this.deps.due.markReminded(open, at);
    const people = { personIds: open.map((d) => d.personId) };
    const keepers = new Map((await logboek.keepers(people)).map((k) => [k.personId, k]));
    const drafts: OutboxDraft[] = [];
    for (const { personId, week } of open) {
      const keeper = keepers.get(personId);
      if (!keeper) continue; // withdrew, or was removed: nothing more is asked
      const moment = momentOf(keeper);
      const pauses = {
        holidays: holidays.get(keeper.organisationId) ?? [],
        pausedUntil: keeper.pausedUntil,
      };
      // A pass that comes late (scheduler down) never reminds about a week that is over.
      if (isoWeekId(weekOfInstant(at, moment.timeZone)) !== week) continue;
      if (!reminderAllowed(at, moment.timeZone, pauses)) continue;
      // A coach's nudge this week already was the one message: no reminder on top of it.
      if (!(await this.deps.contactBudget.claim(personId, week, 'logboek-reminder', null, at)))
        continue;
      const language = pickLanguage(keeper.locale, this.deps.defaultLocale);
      const card = renderLogboekReminderCard({
        language,
        week: parseIsoWeekId(week).week,
        weekId: week,
      });
      drafts.push({
        dedupeKey: `${personId}:logboek-reminder:${week}`,
        purpose: 'logboek-reminder',
        target: { personId },
        activity: cardMessage(card),
        notBefore: at,
        staleAt: endOfDayAt(at, moment.timeZone),
      });
    }
    return drafts;
  }
}
