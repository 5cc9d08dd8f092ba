import { SlidingWindowLimiter, type RateWindow } from './rate-limiter';

/** Teams' documented limits for sending to one conversation thread (platform.md). */
export const perThreadSendLimits: readonly RateWindow[] = [
  { limit: 7, perMs: 1_000 },
  { limit: 8, perMs: 2_000 },
  { limit: 60, perMs: 30_000 },
  { limit: 1800, perMs: 3_600_000 },
];

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** One send's slots in its tenant's and its thread's windows. */
export interface Permit {
  /** Teams answered (whatever it said): the slots count until a window after now. */
  answered(): void;
  /** Teams did not accept the request: the slots are free again. */
  refund(): void;
}

/**
 * One send's permission: a slot in the tenant's app-wide window and in the thread's windows.
 * With several instances each takes an equal share of the app-wide rate.
 */
export class RateGate {
  private readonly tenants = new Map<string, SlidingWindowLimiter>();
  private readonly threads = new Map<string, SlidingWindowLimiter>();
  private lastSweep = 0;
  private perSecond: number;

  constructor(
    private readonly globalPerSecond: number,
    private readonly clock: Clock = realClock,
  ) {
    this.perSecond = globalPerSecond;
  }

  /** `instances` senders share the app's rate from now on. */
  shareWith(instances: number): void {
    const perSecond = Math.max(1, Math.floor(this.globalPerSecond / Math.max(1, instances)));
    if (perSecond === this.perSecond) return;
    this.perSecond = perSecond;
    for (const limiter of this.tenants.values()) limiter.setWindows(this.tenantWindows());
  }

  /** A permit now, or how long until the tenant and the thread may both have room. */
  tryAcquire(
    tenantId: string,
    conversationId: string,
  ): { permit: Permit } | { waitMs: number; tenantFull: boolean } {
    const tenant = this.limiter(this.tenants, tenantId, this.tenantWindows());
    const thread = this.limiter(this.threads, conversationId, perThreadSendLimits);
    const now = this.clock.now();
    const tenantWaitMs = tenant.waitMs(now);
    const waitMs = Math.max(tenantWaitMs, thread.waitMs(now));
    if (waitMs > 0) return { waitMs, tenantFull: tenantWaitMs > 0 };
    const slots = [tenant.take(), thread.take()];
    return {
      permit: {
        answered: () => slots.forEach((slot) => slot.answered(this.clock.now())),
        refund: () => slots.forEach((slot) => slot.refund()),
      },
    };
  }

  async acquire(tenantId: string, conversationId: string): Promise<Permit> {
    for (;;) {
      const attempt = this.tryAcquire(tenantId, conversationId);
      if ('permit' in attempt) return attempt.permit;
      await this.clock.sleep(attempt.waitMs);
    }
  }

  /** Tenants with a send in their window now (at least 1): the instance sends to that many at once. */
  busyTenants(): number {
    const now = this.clock.now();
    let busy = 0;
    for (const limiter of this.tenants.values()) if (!limiter.idle(now)) busy++;
    return Math.max(1, busy);
  }

  /** The app's rate now, for this instance. */
  get perSecondNow(): number {
    return this.perSecond;
  }

  private tenantWindows(): RateWindow[] {
    return [{ limit: this.perSecond, perMs: 1_000 }];
  }

  /** Teams said 429 for this thread: nothing more to it for `ms`. */
  pauseThread(conversationId: string, ms: number): void {
    this.limiter(this.threads, conversationId, perThreadSendLimits).pause(this.clock.now() + ms);
  }

  private limiter(
    map: Map<string, SlidingWindowLimiter>,
    key: string,
    windows: readonly RateWindow[],
  ): SlidingWindowLimiter {
    this.sweep();
    let limiter = map.get(key);
    if (!limiter) {
      limiter = new SlidingWindowLimiter(windows);
      map.set(key, limiter);
    }
    return limiter;
  }

  /** A fan-out touches every thread once; forget threads with nothing to remember. */
  private sweep(): void {
    const now = this.clock.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const map of [this.threads, this.tenants]) {
      for (const [id, limiter] of map) if (limiter.idle(now)) map.delete(id);
    }
  }
}
