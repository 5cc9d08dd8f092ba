/**
 * How many sends may be on the wire at once: just enough to keep up with the rate (Little's law:
 * rate x round trip, with some headroom), never more than `max`. Fewer sends in flight means
 * fewer "sent but not yet recorded" when a process dies, so fewer duplicates after a crash.
 */
export class InFlightLimit {
  private inFlight = 0;
  private roundTripMs: number;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly max: number,
    private readonly ratePerSecond: () => number,
    initialRoundTripMs = 100,
  ) {
    this.roundTripMs = initialRoundTripMs;
  }

  allowed(): number {
    const needed = Math.ceil((this.ratePerSecond() * this.roundTripMs * 1.5) / 1000);
    return Math.min(this.max, Math.max(1, needed));
  }

  async enter(): Promise<void> {
    while (this.inFlight >= this.allowed()) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.inFlight++;
  }

  /** A send came back after `roundTripMs`; the average follows recent round trips. */
  leave(roundTripMs: number): void {
    this.inFlight--;
    this.roundTripMs = this.roundTripMs * 0.8 + roundTripMs * 0.2;
    this.waiting.shift()?.();
  }
}
