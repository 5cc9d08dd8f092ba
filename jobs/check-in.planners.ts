import type { Config } from '../infra/config';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { Stores } from '../infra/storage/stores';
import { calendarUrls } from '../services/calendar-url';
import { CheckInAgreementPlanner } from './check-in-agreement.planner';
import { CheckInInvitationPlanner } from './check-in-invitation.planner';
import { CheckInProposalPlanner } from './check-in-proposal.planner';
import { CheckInReminderPlanner } from './check-in-reminder.planner';

/** Invitations, proposals for the coach, reminders and agreement cards of check-ins. */
export function checkInPlanners(stores: Stores, config: Config): Planner[] {
  const deps = {
    stores,
    defaults: { locale: config.defaultLocale, timeZone: config.defaultTimeZone },
  };
  return [
    new CheckInInvitationPlanner({
      ...deps,
      calendarUrl: calendarUrls(stores.checkInCalendar, config.publicBaseUrl),
    }),
    new CheckInProposalPlanner(deps),
    new CheckInReminderPlanner({ ...deps, soonMinutes: config.checkIn.reminderMinutes }),
    new CheckInAgreementPlanner(deps),
  ];
}
