import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { People } from '../../domain/people';
import type { DeliveryTargets } from './delivery-targets';
import type { KnownChatsStore } from './known-chats.store';
import type { DeliveryMetrics } from './delivery-metrics';
import type { DeliveryOutcome, Outbox, OutboxMessage } from './outbox';
import type { ProactiveSender, Reference } from './proactive-sender';
import { InFlightLimit } from './in-flight-limit';
import type { RateGate } from './rate-gate';
import { backoffMs, classifySendFailure } from './send-failure';
import { WaitingRoom, type Addressed } from './waiting-room';

export interface DrainerSettings {
  concurrency: number;
  batchSize: number;
  leaseMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffCapMs: number;
}

export interface DrainerDeps {
  outbox: Outbox;
  sender: ProactiveSender;
  gate: RateGate;
  people: People;
  targets: DeliveryTargets;
  knownChats: KnownChatsStore;
  metrics: DeliveryMetrics;
  logger: Logger;
  worker: string;
  settings: DrainerSettings;
}

/** Claims due outbox messages and delivers each once, within Teams' limits. */
export class OutboxDrainer {
  private readonly inFlight: InFlightLimit;
  /**
   * Outcomes of sends that happened while the database was away. They are recorded at the next
   * drain, so the messages neither wait out their lease nor go out a second time.
   */
  private unrecorded: { id: string; outcome: DeliveryOutcome; at: Date }[] = [];
  /** Claimed and not yet settled: the heartbeat keeps their short lease alive. */
  private readonly held = new Set<string>();

  constructor(private readonly deps: DrainerDeps) {
    // Little's law over every school that is sending now, each at its own rate.
    this.inFlight = new InFlightLimit(
      deps.settings.concurrency,
      () => deps.gate.perSecondNow * deps.gate.busyTenants(),
    );
  }

  /**
   * Delivers everything due at `clock()` until nothing due is left; returns how many it settled.
   * Lanes pull from a small claimed queue, so one slow send never holds up the others; a message
   * whose school or chat has no room in Teams' windows waits aside while the lane goes on.
   */
  async drainDue(clock: () => Date): Promise<number> {
    const { outbox, worker, settings, gate } = this.deps;
    await this.recordLeftOvers();
    const queue: (OutboxMessage | Addressed)[] = [];
    const room = new WaitingRoom();
    // The schools left out of the last claim that found nothing; claiming again only helps
    // once that changes.
    let emptyWithout: string | undefined;
    let refill: Promise<void> | undefined;
    let settled = 0;
    const claim = async (): Promise<void> => {
      // A school with a second's worth waiting has enough claimed: others go first.
      const crowded = room.crowded(gate.perSecondNow);
      const key = crowded.sort().join('\n');
      if (key === emptyWithout) return;
      refill ??= outbox
        .claimDue(worker, clock(), settings.batchSize, settings.leaseMs, crowded)
        .then(async (claimed) => {
          emptyWithout = claimed.length === 0 ? key : undefined;
          for (const message of claimed) this.held.add(message.id);
          queue.push(...(await this.addressKnown(claimed)));
        })
        .finally(() => (refill = undefined));
      await refill;
    };
    const next = async (): Promise<OutboxMessage | Addressed | undefined> => {
      for (;;) {
        const ready = room.takeReady(Date.now());
        if (ready) return ready;
        const fresh = queue.shift();
        if (fresh) return fresh;
        await claim();
        if (queue.length > 0) continue;
        const readyAt = room.nextReadyAt();
        if (readyAt === undefined) return undefined;
        await sleep(Math.min(Math.max(1, readyAt - Date.now()), 100));
      }
    };
    const lane = async () => {
      for (let work = await next(); work; work = await next()) {
        const started = Date.now();
        const outcome = await this.attempt(work, clock);
        if ('waitMs' in outcome) {
          room.park(outcome.addressed, Date.now(), outcome);
          continue;
        }
        await this.record('message' in work ? work.message : work, outcome, clock, started);
        settled++;
      }
    };
    // Every lane ends before the drain does, also when the database goes away mid-drain.
    const lanes = await Promise.allSettled(Array.from({ length: settings.concurrency }, lane));
    const failed = lanes.find((result) => result.status === 'rejected');
    if (failed) {
      // What is still queued goes back when its lease ends, as a killed instance's claims do.
      for (const work of queue) this.held.delete('message' in work ? work.message.id : work.id);
      for (const { message } of room.clear()) this.held.delete(message.id);
      throw failed.reason;
    }
    return settled;
  }

  /** Extends the lease of every message this drainer still holds; a killed one's lapse soon. */
  async keepClaims(now: Date): Promise<void> {
    const { outbox, worker, settings } = this.deps;
    const until = new Date(now.getTime() + settings.leaseMs);
    await outbox.extendClaims(worker, [...this.held], until);
  }

  private async recordLeftOvers(): Promise<void> {
    while (this.unrecorded.length > 0) {
      const [first] = this.unrecorded;
      if (!first) return;
      await this.deps.outbox.settle(first.id, this.deps.worker, first.outcome, first.at);
      this.unrecorded.shift();
    }
  }

  private async record(
    message: OutboxMessage,
    outcome: DeliveryOutcome,
    clock: () => Date,
    started: number,
  ): Promise<void> {
    this.held.delete(message.id);
    const at = clock();
    let recorded: boolean;
    try {
      recorded = await this.deps.outbox.settle(message.id, this.deps.worker, outcome, at);
    } catch (err) {
      this.unrecorded.push({ id: message.id, outcome, at });
      throw err;
    }
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

  /** Sends the message now if its school and chat have room; otherwise says how long to wait. */
  private async attempt(
    work: OutboxMessage | Addressed,
    clock: () => Date,
  ): Promise<DeliveryOutcome | { addressed: Addressed; waitMs: number; tenantFull: boolean }> {
    const message = 'message' in work ? work.message : work;
    let thread: string | undefined;
    if (message.staleAt && clock() >= message.staleAt) {
      return { status: 'dead', error: 'no longer worth sending: its time has passed' };
    }
    try {
      const addressed = 'message' in work ? work : await this.address(message);
      if ('status' in addressed) return addressed;
      thread = addressed.thread;
      const gate = this.deps.gate.tryAcquire(addressed.tenantId, thread);
      if ('waitMs' in gate) return { addressed, ...gate };
      const ticket = await this.inFlight.enter();
      try {
        const id = await this.deps.sender.send(addressed.reference, message.activity);
        gate.permit.answered();
        return { status: 'sent', teamsActivityId: id };
      } catch (error) {
        gate.permit.refund();
        throw error;
      } finally {
        ticket.leave();
      }
    } catch (error) {
      return this.failed(message, error, clock(), thread);
    }
  }

  /** Messages to people with a known chat, addressed in one query; the rest as they came. */
  private async addressKnown(claimed: OutboxMessage[]): Promise<(OutboxMessage | Addressed)[]> {
    const people = claimed.flatMap((m) => (m.conversationId || !m.personId ? [] : [m.personId]));
    const chats = await this.deps.knownChats.forPeople(people);
    return claimed.map((message) => {
      const chat = message.conversationId ? undefined : chats.get(message.personId ?? '');
      return chat ? addressedTo(message, chat) : message;
    });
  }

  private async address(message: OutboxMessage): Promise<Addressed | DeliveryOutcome> {
    const target = await this.deps.targets.resolve(message);
    if ('outcome' in target) return target.outcome;
    return addressedTo(message, target);
  }

  private async failed(
    message: OutboxMessage,
    error: unknown,
    now: Date,
    thread: string | undefined,
  ): Promise<DeliveryOutcome> {
    const { settings } = this.deps;
    const failure = classifySendFailure(error, now.getTime());
    if (failure.kind === 'blocked') {
      if (message.personId) await this.deps.people.markUnreachable(message.personId, now);
      return { status: 'skipped', reason: 'unreachable' };
    }
    if (failure.kind === 'throttled') return this.throttled(message, failure, now, thread);
    if (failure.kind === 'permanent' || message.attempts >= settings.maxAttempts) {
      return { status: 'dead', error: failure.detail };
    }
    const waitMs = backoffMs(message.attempts, settings.backoffBaseMs, settings.backoffCapMs);
    return { status: 'failed', error: failure.detail, retryAt: new Date(now.getTime() + waitMs) };
  }

  /**
   * A 429 uses up no attempt: the message waits as long as Teams asks (or backs off when it does
   * not say), for as long as it is still worth sending.
   */
  private throttled(
    message: OutboxMessage,
    failure: { retryAfterMs: number | undefined; detail: string },
    now: Date,
    thread: string | undefined,
  ): DeliveryOutcome {
    const { settings, gate, metrics } = this.deps;
    const waitMs =
      failure.retryAfterMs !== undefined
        ? Math.max(failure.retryAfterMs, 1)
        : backoffMs(message.attempts, settings.backoffBaseMs, settings.backoffCapMs);
    const retryAt = new Date(now.getTime() + waitMs);
    if (message.staleAt && retryAt >= message.staleAt) {
      return {
        status: 'dead',
        error: `throttled until it was no longer worth sending: ${failure.detail}`,
      };
    }
    // Teams said when: the next try is not earlier, for this message or its thread.
    if (failure.retryAfterMs !== undefined && thread) gate.pauseThread(thread, waitMs);
    metrics.throttledMs += waitMs;
    return { status: 'failed', error: failure.detail, retryAt, throttled: true };
  }

  private count(outcome: DeliveryOutcome): void {
    const { metrics } = this.deps;
    if (outcome.status === 'sent') metrics.sent++;
    else if (outcome.status === 'failed') metrics.retried++;
    else if (outcome.status === 'dead') metrics.dead++;
    else metrics.skipped[outcome.reason]++;
  }
}

function addressedTo(
  message: OutboxMessage,
  { reference, tenantId }: { reference: Reference; tenantId: string },
): Addressed {
  return { message, reference, tenantId, thread: reference.conversation?.id ?? message.id };
}
