import type { Logger } from 'pino';
import type { DeliveryMetrics } from './delivery-metrics';
import type { Outbox } from './outbox';
import type { OutboxDraft } from '../../domain/messages';
import type { OutboxDrainer } from './outbox-drainer';

/** Puts drafts in the outbox now (what is queued already, by dedupe key, is left alone). */
export type Queue = (drafts: OutboxDraft[]) => Promise<void>;

/** Turns due work of one kind (weekly prompts, reminders, ...) into outbox messages. */
export interface Planner {
  name: string;
  /**
   * What should be queued as of `at`; queuing the same dedupe key again is harmless. A planner
   * that works in batches queues each through `queue` before it marks the batch done.
   */
  plan(at: Date, queue: Queue): Promise<OutboxDraft[]>;
}

export interface PassResult {
  queued: number;
  settled: number;
}

/** One scheduler pass: plan as of a moment, then deliver what is due. */
export class SchedulerPass {
  constructor(
    private readonly deps: {
      planners: readonly Planner[];
      outbox: Outbox;
      drainer: OutboxDrainer;
      metrics: DeliveryMetrics;
      logger: Logger;
    },
  ) {}

  async plan(at: Date): Promise<number> {
    let queued = 0;
    for (const planner of this.deps.planners) {
      let added = 0;
      const queue: Queue = async (drafts) => {
        added += await this.deps.outbox.enqueue(drafts, at);
      };
      await queue(await planner.plan(at, queue));
      if (added) this.deps.logger.info({ planner: planner.name, queued: added }, 'planned');
      queued += added;
    }
    this.deps.metrics.queued += queued;
    return queued;
  }

  /** Plans as of `at` and drains what is due then; `koers jobs run-due --at` is this. */
  async runDue(at: Date): Promise<PassResult> {
    const queued = await this.plan(at);
    const settled = await this.deps.drainer.drainDue(() => at);
    return { queued, settled };
  }
}
