import { addDays } from './local-date';
import { WorkingDays } from './working-days';
import { localDateOf, startOfLocalDay } from './zoned-time';
import type { Study } from './organisations';

export type ConsentChoice = 'given' | 'declined' | 'withdrawn';

export interface ConsentEvent {
  choice: ConsentChoice;
  at: Date;
  textVersion: number | null;
  textHash: string | null;
}

/** 'none' until the person answered the consent card; the latest choice counts (C1, C2). */
export type ConsentStatus = 'none' | ConsentChoice;

export function consentStatus(latest: Pick<ConsentEvent, 'choice'> | undefined): ConsentStatus {
  return latest?.choice ?? 'none';
}

/** C1: nothing is collected unless the latest choice is to take part. */
export function mayContribute(latest: Pick<ConsentEvent, 'choice'> | undefined): boolean {
  return consentStatus(latest) === 'given';
}

export interface WindowedContribution {
  id: string;
  windowEndsAt: Date;
}

export interface WithdrawalPlan {
  /** Deleted everywhere: still inside their bedenktijd, or every one under full erasure. */
  erase: string[];
  /** Stay in the study, pseudonymised (C5). */
  keep: string[];
}

export function planWithdrawal(
  contributions: readonly WindowedContribution[],
  now: Date,
  erasure: Study['erasure'],
): WithdrawalPlan {
  const plan: WithdrawalPlan = { erase: [], keep: [] };
  for (const c of contributions) {
    const inside = erasure === 'full' || c.windowEndsAt.getTime() > now.getTime();
    (inside ? plan.erase : plan.keep).push(c.id);
  }
  return plan;
}

// The bedenktijd: how long after a contribution its author can still take it back whole (C4).

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

/** A study's rules for the bedenktijd, as its organisation's row holds them. */
export interface WindowRules {
  timeZone: string;
  workingDays: number;
  /** Further days off, 'YYYY-MM-DD'. */
  extraDays: readonly string[];
}

/**
 * `withdrawalWindowEnd`, remembered per set of rules for the local day it was last asked for: the
 * end depends only on the day of submission, and counting working days (Easter and all) took a
 * few hundred calls per save. Held by a store; its size is the number of distinct rules.
 */
export class WithdrawalWindows {
  private readonly days = new Map<string, { from: number; until: number; endsAt: Date }>();

  endOf(submittedAt: Date, rules: WindowRules): Date {
    const key = `${rules.timeZone} ${rules.workingDays} ${rules.extraDays.join(',')}`;
    const at = submittedAt.getTime();
    const known = this.days.get(key);
    if (known && known.from <= at && at < known.until) return known.endsAt;
    const day = localDateOf(submittedAt, rules.timeZone);
    const endsAt = withdrawalWindowEnd(submittedAt, {
      timeZone: rules.timeZone,
      workingDays: rules.workingDays,
      calendar: new WorkingDays(rules.extraDays),
    });
    const from = startOfLocalDay(day, rules.timeZone).getTime();
    const until = startOfLocalDay(addDays(day, 1), rules.timeZone).getTime();
    this.days.set(key, { from, until, endsAt });
    return endsAt;
  }
}
