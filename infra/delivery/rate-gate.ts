import { SlidingWindowLimiter, type RateWindow, type Slot } from './rate-limiter';

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

  async acquire(tenantId: string, conversationId: string): Promise<Slot> {
    for (;;) {
      const tenant = this.limiter(this.tenants, tenantId, [
        { limit: this.perSecond, perMs: 1_000 },
      ]);
      const thread = this.limiter(this.threads, conversationId, perThreadSendLimits);
      const now = this.clock.now();
      const wait = Math.max(tenant.waitMs(now), thread.waitMs(now));
      if (wait === 0) {
        const slots = [tenant.take(now), thread.take(now)];
        return { refund: () => slots.forEach((slot) => slot.refund()) };
      }
      await this.clock.sleep(wait);
    }
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
      limiter = new SlidingWindowLimiter(windows, true);
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
