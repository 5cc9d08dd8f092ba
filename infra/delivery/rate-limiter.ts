export interface RateWindow {
  limit: number;
  perMs: number;
}

/**
 * A taken slot; given back when Teams did not accept the request. Decision: a throttled or failed
 * request does not count against Teams' windows (the fake connector behaves so); if Teams does
 * count it, the next 429 and its Retry-After correct the pace.
 */
export interface Slot {
  refund(): void;
}

/**
 * A slot taken at t counts in a window of perMs from t to t + perMs, both ends included.
 * Sliding-window limits ("7 per second and 8 per 2 s and ..."): remembers when each slot was
 * taken, within the longest window, and tells how long to wait before all windows have room.
 */
export class SlidingWindowLimiter {
  private readonly taken: number[] = [];
  private pausedUntil = 0;
  private windows: readonly RateWindow[] = [];
  private longest = 0;

  constructor(windows: readonly RateWindow[]) {
    this.setWindows(windows);
  }

  /** New limits from now on; slots already taken still count. */
  setWindows(windows: readonly RateWindow[]): void {
    this.windows = windows;
    this.longest = Math.max(0, ...windows.map((w) => w.perMs));
  }

  /** Milliseconds until a slot is free in every window; 0 means now. */
  waitMs(now: number): number {
    this.forget(now);
    let wait = Math.max(0, this.pausedUntil - now);
    for (const { limit, perMs } of this.windows) {
      const inWindow = this.countSince(now - perMs);
      if (inWindow >= limit) {
        // The slot that frees this window is the (inWindow - limit + 1)-th oldest inside it.
        const oldestInWindow = this.taken.length - inWindow;
        const freeing = this.taken[oldestInWindow + inWindow - limit];
        if (freeing !== undefined) wait = Math.max(wait, freeing + perMs - now + 1);
      }
    }
    return wait;
  }

  take(now: number): Slot {
    this.taken.push(now);
    let refunded = false;
    return {
      refund: () => {
        if (refunded) return;
        refunded = true;
        const index = this.taken.lastIndexOf(now);
        if (index >= 0) this.taken.splice(index, 1);
      },
    };
  }

  /** Nothing goes out before `until` (Teams answered 429 with Retry-After). */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /** True when the limiter remembers nothing and may be dropped. */
  idle(now: number): boolean {
    this.forget(now);
    return this.taken.length === 0 && this.pausedUntil <= now;
  }

  private countSince(since: number): number {
    let count = 0;
    for (let i = this.taken.length - 1; i >= 0 && (this.taken[i] ?? 0) >= since; i--) count++;
    return count;
  }

  private forget(now: number): void {
    let stale = 0;
    while (stale < this.taken.length && (this.taken[stale] ?? 0) < now - this.longest) stale++;
    if (stale) this.taken.splice(0, stale);
  }
}
