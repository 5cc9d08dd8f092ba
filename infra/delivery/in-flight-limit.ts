import { setTimeout as sleep } from 'node:timers/promises';

export interface Ticket {
  /** The send came back (or failed); its round trip feeds the average. */
  leave(): void;
}

/**
 * How many sends may be on the wire at once: just enough to keep up with the rate (Little's law:
 * rate x round trip, with headroom), never more than `max`. Fewer sends in flight means fewer
 * "sent but not yet recorded" when a process dies, so fewer duplicates after a crash. A send that
 * takes far longer than usual (a hanging request, a paused thread) stops counting, so it cannot
 * hold the others up.
 */
export class InFlightLimit {
  private readonly started = new Set<{ at: number }>();
  private readonly waiting: (() => void)[] = [];
  private roundTripMs: number;

  constructor(
    private readonly max: number,
    private readonly ratePerSecond: () => number,
    private readonly now: () => number = Date.now,
    initialRoundTripMs = 100,
  ) {
    this.roundTripMs = initialRoundTripMs;
  }

  allowed(): number {
    const needed = Math.ceil((this.ratePerSecond() * this.roundTripMs * 1.5) / 1000);
    return Math.min(this.max, Math.max(1, needed));
  }

  async enter(): Promise<Ticket> {
    // Woken when a send comes back; the timer is for sends that stop counting as they hang.
    while (this.busy() >= this.allowed()) {
      await Promise.race([sleep(10), new Promise<void>((wake) => this.waiting.push(wake))]);
    }
    const entry = { at: this.now() };
    this.started.add(entry);
    return {
      leave: () => {
        if (!this.started.delete(entry)) return;
        this.roundTripMs = this.roundTripMs * 0.8 + (this.now() - entry.at) * 0.2;
        for (const wake of this.waiting.splice(0)) wake();
      },
    };
  }

  /** Sends in flight that are not (yet) unusually slow. */
  private busy(): number {
    const stuckAfter = Math.max(50, this.roundTripMs * 4);
    const now = this.now();
    let busy = 0;
    for (const entry of this.started) if (now - entry.at < stuckAfter) busy++;
    return busy;
  }
}
