import type { Logger } from 'pino';
import type { DeliveryMetrics } from './delivery-metrics';
import type { Outbox } from './outbox';
import type { OutboxDraft } from '../../domain/messages';
import type { OutboxDrainer } from './outbox-drainer';

/** Turns due work of one kind (weekly prompts, reminders, ...) into outbox messages. */
export interface Planner {
  name: string;
  /** What should be queued as of `at`; queuing the same dedupe key again is harmless. */
  plan(at: Date): Promise<OutboxDraft[]>;
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
      const drafts = await planner.plan(at);
      const added = await this.deps.outbox.enqueue(drafts, at);
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
