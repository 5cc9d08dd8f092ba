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
