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
  /** Per slot, the moment the pace gave it: timers fire late, and lateness must not add up. */
  private readonly paced: number[] = [];
  private pausedUntil = 0;
  private windows: readonly RateWindow[] = [];
  private longest = 0;
  private spacingMs = 0;

  /** `evenPacing`: also keep sends evenly apart within the shortest window (see setWindows). */
  constructor(
    windows: readonly RateWindow[],
    private readonly evenPacing = false,
  ) {
    this.setWindows(windows);
  }

  /** New limits from now on; slots already taken still count. */
  setWindows(windows: readonly RateWindow[]): void {
    this.windows = windows;
    this.longest = Math.max(0, ...windows.map((w) => w.perMs));
    // Even pacing within the shortest window, 1% under its rate: a burst of `limit` at once is
    // allowed by the window, but arrives at Teams spread by latency and can straddle its edge.
    const shortest = [...windows].sort((a, b) => a.perMs - b.perMs)[0];
    this.spacingMs =
      this.evenPacing && shortest ? Math.ceil((shortest.perMs / shortest.limit) * 1.01) : 0;
    // The newest slot is remembered for as long as it keeps the next one waiting.
    this.longest = Math.max(this.longest, this.spacingMs);
  }

  /** Milliseconds until a slot is free in every window; 0 means now. */
  waitMs(now: number): number {
    this.forget(now);
    const last = this.paced[this.paced.length - 1];
    let wait = Math.max(
      0,
      this.pausedUntil - now,
      last === undefined ? 0 : last + this.spacingMs - now,
    );
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
    const previous = this.paced[this.paced.length - 1];
    // On time or a little late: keep to the schedule; after a quiet spell: start from now, with
    // at most half a step of catching up. The windows above still bound every burst.
    const paced =
      previous === undefined ? now : Math.max(previous + this.spacingMs, now - this.spacingMs / 2);
    this.taken.push(now);
    this.paced.push(Math.min(paced, now));
    let refunded = false;
    return {
      refund: () => {
        if (refunded) return;
        refunded = true;
        const index = this.taken.lastIndexOf(now);
        if (index >= 0) {
          this.taken.splice(index, 1);
          this.paced.splice(index, 1);
        }
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
    if (stale) {
      this.taken.splice(0, stale);
      this.paced.splice(0, stale);
    }
  }
}
