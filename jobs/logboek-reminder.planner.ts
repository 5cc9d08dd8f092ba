import { cardMessage } from '../cards/attachment';
import { renderLogboekReminderCard } from '../cards/logboek-reminder.card';
import { isoWeekId, parseIsoWeekId, weekOfInstant } from '../domain/iso-week';
import { pickLanguage } from '../domain/language';
import { endOfDayAt } from '../domain/message-worth';
import { reminderAllowed } from '../domain/prompt-timing';
import type { OutboxDraft } from '../domain/messages';
import { withReminderSpent } from '../domain/logboek-due';
import type { Planner, Queue } from '../infra/delivery/scheduler-pass';
import { claimKey, type ContactBudgetStore } from '../infra/storage/contact-budget.store';
import type { DueInputs } from '../infra/storage/logboek-due';
import type { LogboekDueStore, ReminderDue } from '../infra/storage/logboek-due.store';
import { momentOf } from '../infra/storage/logboek-keepers';
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
      due: LogboekDueStore;
      contactBudget: Pick<ContactBudgetStore, 'claimAll'>;
      defaultLocale: string;
    },
  ) {}

  async plan(at: Date, queue: Queue): Promise<OutboxDraft[]> {
    const handled = new Set<string>();
    for (;;) {
      const due = await this.deps.due.remindersDue(at, PASS_BATCH);
      const rows = due.filter((row) => !handled.has(row.personId));
      if (rows.length === 0) break;
      for (const row of rows) handled.add(row.personId);
      const ids = rows.map((row) => row.personId);
      const inputs = await this.deps.due.inputsOf(ids, at);
      const open = rows.filter((row) => row.open);
      await queue(await this.batch(open, inputs, at));
      // Every open week was marked reminded (sent or given up): no reminder is due for it again.
      const weeks = new Map(inputs.weeks);
      for (const { personId, week } of open)
        weeks.set(personId, withReminderSpent(weeks.get(personId) ?? [], week));
      await this.deps.due.passed(ids, { ...inputs, weeks }, at);
      if (due.length < PASS_BATCH) break;
    }
    return [];
  }

  private async batch(open: ReminderDue[], inputs: DueInputs, at: Date): Promise<OutboxDraft[]> {
    if (open.length === 0) return [];
    const { holidays } = inputs;
    await this.deps.due.markReminded(open, at);
    const keepers = new Map(inputs.keepers.map((k) => [k.personId, k]));
    const allowed = open.flatMap(({ personId, week }) => {
      const keeper = keepers.get(personId);
      if (!keeper) return []; // withdrew, or was removed: nothing more is asked
      const moment = momentOf(keeper);
      const pauses = {
        holidays: holidays.get(keeper.organisationId) ?? [],
        pausedUntil: keeper.pausedUntil,
      };
      // A pass that comes late (scheduler down) never reminds about a week that is over.
      if (isoWeekId(weekOfInstant(at, moment.timeZone)) !== week) return [];
      if (!reminderAllowed(at, moment.timeZone, pauses)) return [];
      return [{ personId, week, keeper, timeZone: moment.timeZone }];
    });
    // A coach's nudge this week already was the one message: no reminder on top of it.
    const claimed = await this.deps.contactBudget.claimAll(allowed, 'logboek-reminder', null, at);
    const drafts: OutboxDraft[] = [];
    for (const { personId, week, keeper, timeZone } of allowed) {
      if (!claimed.has(claimKey(personId, week))) continue;
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
        staleAt: endOfDayAt(at, timeZone),
      });
    }
    return drafts;
  }
}
