import type { Config } from '../infra/config';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { Stores } from '../infra/storage/stores';
import { checkInPlanners } from './check-in.planners';
import { LogboekReminderPlanner } from './logboek-reminder.planner';
import { PollClosingPlanner } from './poll-closing.planner';
import { PollMarkerExpiry } from './poll-marker-expiry.planner';
import { ReportReminderPlanner } from './report-reminder.planner';
import { SilentWeeksNotice } from './silent-weeks.notice';
import { WeeklyPromptPlanner } from './weekly-prompt.planner';

/**
 * Everything that turns due work into proactive messages, shared by the server's scheduler and
 * `koers jobs run-due`. Each feature that sends on a schedule adds its planner here.
 */
export function createPlanners(stores: Stores, config: Config): Planner[] {
  const { logboek, logboekDue: due, actionPoints, contactBudget } = stores;
  const defaultLocale = config.defaultLocale;
  return [
    new WeeklyPromptPlanner({
      due,
      actionPoints,
      silentWeeks: new SilentWeeksNotice({ logboek, defaultLocale }),
      defaultLocale,
      reminderDelayDays: config.logboek.reminderDelayDays,
    }),
    new LogboekReminderPlanner({ due, contactBudget, defaultLocale }),
    ...checkInPlanners(stores, config),
    new PollClosingPlanner({
      polls: stores.polls,
      answers: stores.pollAnswers,
      people: stores.people,
      defaultLocale,
    }),
    new PollMarkerExpiry(stores.polls),
    new ReportReminderPlanner({
      ...stores,
      reminders: stores.reportReminders,
      appId: config.bot.appId,
      defaultLocale,
      defaultTimeZone: config.defaultTimeZone,
    }),
  ];
}
