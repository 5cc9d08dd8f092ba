import type { Activity } from 'botbuilder';
import type { OutboxDraft } from '../../domain/messages';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dead' | 'skipped';
export const outboxStatuses: readonly OutboxStatus[] = [
  'pending',
  'sending',
  'sent',
  'failed',
  'dead',
  'skipped',
];

/** Why a message was not sent on purpose; later issues add their guards (consent, pause, holiday). */
export type SkipReason = 'unreachable' | 'no-consent' | 'paused' | 'holiday';

export interface OutboxMessage {
  id: string;
  dedupeKey: string;
  purpose: string;
  personId: string | null;
  conversationId: string | null;
  activity: Partial<Activity>;
  status: OutboxStatus;
  /** Tries so far, including the one in progress. */
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  staleAt: Date | null;
  lastError: string | null;
  skipReason: SkipReason | null;
  teamsActivityId: string | null;
}

/**
 * How a claimed message ended; the store records it only if the claim is still this worker's.
 * A throttled try is given back: throttling is Teams asking for patience, not a failure.
 */
export type DeliveryOutcome =
  | { status: 'sent'; teamsActivityId: string }
  | { status: 'failed'; error: string; retryAt: Date; throttled?: true }
  | { status: 'dead'; error: string }
  | { status: 'skipped'; reason: SkipReason };

export interface Outbox {
  /** Queues what is not queued yet (by dedupe key); returns how many were new. */
  enqueue(drafts: OutboxDraft[], at: Date): Promise<number>;
  /** Takes up to `limit` due messages for this worker until the lease ends, none for `exceptTenants`. */
  claimDue(
    worker: string,
    now: Date,
    limit: number,
    leaseMs: number,
    exceptTenants?: readonly string[],
  ): Promise<OutboxMessage[]>;
  settle(id: string, worker: string, outcome: DeliveryOutcome, at: Date): Promise<boolean>;
  /** Keeps these claims of a worker for another lease (its heartbeat: it is still sending them). */
  extendClaims(worker: string, ids: readonly string[], until: Date): Promise<void>;
  /** Gives back claims of a worker that is gone (embedded mode: all claims, at start). */
  releaseClaims(worker?: string): Promise<number>;
  countByStatus(): Promise<Record<OutboxStatus, number>>;
  get(id: string): Promise<OutboxMessage | undefined>;
}
