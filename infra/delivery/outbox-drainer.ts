import type { Logger } from 'pino';
import type { People, Person } from '../../domain/people';
import type { Conversations } from './conversations';
import type { DeliveryMetrics } from './delivery-metrics';
import type { DeliveryOutcome, Outbox, OutboxMessage } from './outbox';
import type { ProactiveSender, Reference } from './proactive-sender';
import { InFlightLimit } from './in-flight-limit';
import type { RateGate } from './rate-gate';
import { backoffMs, classifySendFailure } from './send-failure';

export interface DrainerSettings {
  concurrency: number;
  batchSize: number;
  leaseMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Where to open a new 1:1 chat when Koers has never heard from the tenant. */
  defaultServiceUrl: string;
}

export interface DrainerDeps {
  outbox: Outbox;
  sender: ProactiveSender;
  gate: RateGate;
  people: People;
  conversations: Conversations;
  metrics: DeliveryMetrics;
  logger: Logger;
  worker: string;
  settings: DrainerSettings;
}

type Target = { reference: Reference; tenantId: string } | { outcome: DeliveryOutcome };

/** Claims due outbox messages and delivers each once, within Teams' limits. */
export class OutboxDrainer {
  /** Chats being opened right now, so two messages to one new person open it once. */
  private readonly opening = new Map<string, Promise<Reference>>();
  private readonly inFlight: InFlightLimit;

  constructor(private readonly deps: DrainerDeps) {
    this.inFlight = new InFlightLimit(deps.settings.concurrency, () => deps.gate.perSecondNow);
  }

  /**
   * Delivers everything due at `clock()` until nothing due is left; returns how many it settled.
   * Lanes pull from a small claimed queue, so one slow send never holds up the others.
   */
  async drainDue(clock: () => Date): Promise<number> {
    const { outbox, worker, settings } = this.deps;
    const queue: OutboxMessage[] = [];
    let exhausted = false;
    let refill: Promise<void> | undefined;
    let settled = 0;
    const next = async (): Promise<OutboxMessage | undefined> => {
      while (queue.length === 0 && !exhausted) {
        refill ??= outbox
          .claimDue(worker, clock(), settings.batchSize, settings.leaseMs)
          .then((claimed) => {
            if (claimed.length === 0) exhausted = true;
            queue.push(...claimed);
          })
          .finally(() => (refill = undefined));
        await refill;
      }
      return queue.shift();
    };
    const lane = async () => {
      for (let message = await next(); message; message = await next()) {
        await this.deliver(message, clock);
        settled++;
      }
    };
    await Promise.all(Array.from({ length: settings.concurrency }, lane));
    return settled;
  }

  private async deliver(message: OutboxMessage, clock: () => Date): Promise<void> {
    const started = Date.now();
    const outcome = await this.attempt(message, clock);
    const recorded = await this.deps.outbox.settle(message.id, this.deps.worker, outcome, clock());
    this.count(outcome);
    this.deps.logger.info(
      {
        outboxId: message.id,
        purpose: message.purpose,
        personId: message.personId,
        attempt: message.attempts,
        outcome: outcome.status,
        ...(outcome.status === 'sent' && { teamsActivityId: outcome.teamsActivityId }),
        ...((outcome.status === 'failed' || outcome.status === 'dead') && { error: outcome.error }),
        ...(outcome.status === 'skipped' && { reason: outcome.reason }),
        recorded,
        ms: Date.now() - started,
      },
      'outbox send',
    );
  }

  private async attempt(message: OutboxMessage, clock: () => Date): Promise<DeliveryOutcome> {
    let thread: string | undefined;
    try {
      const target = await this.target(message);
      if ('outcome' in target) return target.outcome;
      thread = target.reference.conversation?.id ?? message.id;
      // In flight first, then the slot: the slot's time is then the moment the send leaves.
      const ticket = await this.inFlight.enter();
      try {
        const slot = await this.deps.gate.acquire(target.tenantId, thread);
        ticket.sending();
        try {
          const id = await this.deps.sender.send(target.reference, message.activity);
          return { status: 'sent', teamsActivityId: id };
        } catch (error) {
          slot.refund();
          throw error;
        }
      } finally {
        ticket.leave();
      }
    } catch (error) {
      return this.failed(message, error, clock(), thread);
    }
  }

  private async failed(
    message: OutboxMessage,
    error: unknown,
    now: Date,
    thread: string | undefined,
  ): Promise<DeliveryOutcome> {
    const { settings, gate } = this.deps;
    const failure = classifySendFailure(error, now.getTime());
    if (failure.kind === 'blocked') {
      if (message.personId) await this.deps.people.markUnreachable(message.personId, now);
      return { status: 'skipped', reason: 'unreachable' };
    }
    if (failure.kind === 'permanent' || message.attempts >= settings.maxAttempts) {
      return { status: 'dead', error: failure.detail };
    }
    let waitMs = backoffMs(message.attempts, settings.backoffBaseMs, settings.backoffCapMs);
    if (failure.kind === 'throttled' && failure.retryAfterMs !== undefined) {
      // Teams said when: the next try is not earlier, for this message or its thread.
      waitMs = Math.max(failure.retryAfterMs, 1);
      if (thread) gate.pauseThread(thread, waitMs);
    }
    return { status: 'failed', error: failure.detail, retryAt: new Date(now.getTime() + waitMs) };
  }

  private async target(message: OutboxMessage): Promise<Target> {
    const { people, conversations } = this.deps;
    if (message.conversationId) {
      const reference = await conversations.get(message.conversationId);
      if (!reference) return { outcome: { status: 'dead', error: 'conversation unknown' } };
      return { reference, tenantId: reference.conversation?.tenantId ?? '' };
    }
    const person = message.personId ? await people.findById(message.personId) : undefined;
    if (!person) return { outcome: { status: 'dead', error: 'person unknown' } };
    if (person.unreachableSince) return { outcome: { status: 'skipped', reason: 'unreachable' } };
    const known = await conversations.forPerson(person.id);
    if (known) return { reference: known, tenantId: person.tenantId };
    let opening = this.opening.get(person.id);
    if (!opening) {
      opening = this.openChat(person).finally(() => this.opening.delete(person.id));
      this.opening.set(person.id, opening);
    }
    const reference = await opening;
    return { reference, tenantId: person.tenantId };
  }

  private async openChat(person: Person): Promise<Reference> {
    const { conversations, sender, settings, gate } = this.deps;
    const serviceUrl =
      (await conversations.serviceUrlForTenant(person.tenantId)) ?? settings.defaultServiceUrl;
    await gate.acquire(person.tenantId, `create:${person.id}`);
    const reference = await sender.createPersonalConversation({
      serviceUrl,
      tenantId: person.tenantId,
      teamsUserId: person.teamsUserId,
    });
    await conversations.save({
      reference,
      scope: 'personal',
      tenantId: person.tenantId,
      personId: person.id,
      at: new Date(),
    });
    return reference;
  }

  private count(outcome: DeliveryOutcome): void {
    const { metrics } = this.deps;
    if (outcome.status === 'sent') metrics.sent++;
    else if (outcome.status === 'failed') metrics.retried++;
    else if (outcome.status === 'dead') metrics.dead++;
    else metrics.skipped[outcome.reason]++;
  }
}
