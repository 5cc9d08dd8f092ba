import type { Planner } from '../infra/delivery/scheduler-pass';

/**
 * Everything that turns due work into proactive messages, shared by the server's scheduler and
 * `koers jobs run-due`. Each feature that sends on a schedule (weekly prompts, reminders,
 * check-ins) adds its planner here; until then the scheduler only delivers queued messages.
 */
export const planners: readonly Planner[] = [];
