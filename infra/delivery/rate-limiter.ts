export interface RateWindow {
  limit: number;
  perMs: number;
}

/**
 * A taken slot. Answered when Teams' answer came back; refunded when Teams did not accept the
 * request. Decision: a throttled or failed request does not count against Teams' windows (the fake
 * connector behaves so); if Teams does count it, the next 429 and its Retry-After correct the pace.
 */
export interface Slot {
  answered(at: number): void;
  refund(): void;
}

/** How often to look again when the slot that frees a window is still waiting for its answer. */
export const ANSWER_POLL_MS = 5;

interface Taken {
  /** The answer's moment; Infinity while the request is on the wire. */
  until: number;
}

/**
 * Sliding-window limits ("7 per second and 8 per 2 s and ..."), as Teams counts them: by the
 * moment a request reaches it. That moment lies somewhere between the send and its answer, and
 * the time from one to the other varies, so a slot counts from when it is taken until a full
 * window after its answer (both ends included), and in every window while its answer is still
 * out. Counting from the send alone let sends that left evenly spaced arrive closer together than
 * a window allows.
 */
export class SlidingWindowLimiter {
  private taken: Taken[] = [];
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
      let count = 0;
      for (const slot of this.taken) if (slot.until >= now - perMs) count++;
      if (count < limit) continue;
      const inWindow = this.taken
        .filter((slot) => slot.until >= now - perMs)
        .map((slot) => slot.until)
        .sort((a, b) => a - b);
      // The slot that frees this window is the (inWindow - limit + 1)-th to have been answered.
      const freeing = inWindow[inWindow.length - limit] ?? Infinity;
      wait = Math.max(wait, freeing === Infinity ? ANSWER_POLL_MS : freeing + perMs - now + 1);
    }
    return wait;
  }

  take(): Slot {
    const slot: Taken = { until: Infinity };
    this.taken.push(slot);
    return {
      answered: (at) => {
        if (slot.until === Infinity) slot.until = at;
      },
      refund: () => {
        this.taken = this.taken.filter((other) => other !== slot);
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

  private forget(now: number): void {
    const stale = now - this.longest;
    if (this.taken.some((slot) => slot.until < stale)) {
      this.taken = this.taken.filter((slot) => slot.until >= stale);
    }
  }
}
