import { Cron } from 'croner';
import type { Logger } from 'pino';
import { safeError } from '../logger';
import type { DeliveryWorkersStore } from './delivery-workers.store';
import type { Outbox } from './outbox';
import type { OutboxDrainer } from './outbox-drainer';
import type { RateGate } from './rate-gate';
import type { SchedulerPass } from './scheduler-pass';

const ALIVE_MS = 15_000;

export interface SharedPlanning {
  stop(): Promise<void>;
}

export interface DeliverySchedulerDeps {
  pass: SchedulerPass;
  drainer: OutboxDrainer;
  outbox: Outbox;
  gate: RateGate;
  workers: DeliveryWorkersStore;
  worker: string;
  logger: Logger;
  /**
   * Embedded (SQLite): this process is the only sender; it plans itself once a minute and takes
   * back claims a crash left behind. Shared (PostgreSQL): planning runs once per minute across
   * all instances (pg-boss); every instance drains, with row claims that skip locked rows.
   */
  planning: { kind: 'embedded' } | { kind: 'shared'; start: () => Promise<SharedPlanning> };
}

/** Every second: say we are alive, take our share of the rate, deliver what is due. */
export class DeliveryScheduler {
  private crons: Cron[] = [];
  private shared: SharedPlanning | undefined;
  private lastPlannedMinute = -1;
  /** Set while ticks fail (the database is away): one line when delivery pauses, one when it resumes. */
  private paused = false;

  constructor(private readonly deps: DeliverySchedulerDeps) {}

  async start(): Promise<void> {
    const { planning, outbox, logger } = this.deps;
    if (planning.kind === 'embedded') {
      const released = await outbox.releaseClaims();
      if (released) logger.warn({ released }, 'took back messages a previous run left half-sent');
    } else {
      this.shared = await planning.start();
    }
    await this.heartbeat();
    const every = (pattern: string, job: () => Promise<void>) =>
      new Cron(pattern, { protect: true }, () => this.survive(job));
    // Two ticks: a long fan-out drain must not hold up the heartbeat.
    this.crons = [
      every('*/5 * * * * *', () => this.heartbeat()),
      every('* * * * * *', () => this.tick()),
    ];
    // Start delivering now rather than at the next full second.
    void this.crons[1]?.trigger();
  }

  async stop(): Promise<void> {
    for (const cron of this.crons) cron.stop();
    await Promise.all(this.crons.map(waitUntilIdle));
    await this.shared?.stop();
    await this.deps.workers.leave(this.deps.worker);
  }

  /** A failed tick waits for the next one; nothing is lost, since the outbox is in the database. */
  private async survive(job: () => Promise<void>): Promise<void> {
    const { logger } = this.deps;
    try {
      await job();
      if (this.paused) logger.info('delivery resumed');
      this.paused = false;
    } catch (err) {
      if (!this.paused) logger.error({ err: safeError(err) }, 'delivery paused: a tick failed');
      this.paused = true;
    }
  }

  private async heartbeat(): Promise<void> {
    const { workers, worker, gate, drainer } = this.deps;
    const now = new Date();
    await workers.heartbeat(worker, now);
    await drainer.keepClaims(now);
    gate.shareWith(await workers.aliveSince(new Date(now.getTime() - ALIVE_MS)));
  }

  private async tick(): Promise<void> {
    const now = new Date();
    const { pass, drainer, planning } = this.deps;
    const minute = Math.floor(now.getTime() / 60_000);
    if (planning.kind === 'embedded' && minute !== this.lastPlannedMinute) {
      this.lastPlannedMinute = minute;
      await pass.plan(now);
    }
    await drainer.drainDue(() => new Date());
  }
}

async function waitUntilIdle(cron: Cron): Promise<void> {
  while (cron.isBusy()) await new Promise((resolve) => setTimeout(resolve, 20));
}
