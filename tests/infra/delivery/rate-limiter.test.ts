import { SlidingWindowLimiter, type RateWindow } from '../../../infra/delivery/rate-limiter';

/** Teams' first two per-thread send windows (platform.md): 7 per 1 s and 8 per 2 s. */
const perThread: RateWindow[] = [
  { limit: 7, perMs: 1_000 },
  { limit: 8, perMs: 2_000 },
];

/** Takes one slot at each given time, asserting the limiter had room then. */
function takeAt(limiter: SlidingWindowLimiter, times: number[]): void {
  for (const now of times) {
    expect({ now, waitMs: limiter.waitMs(now) }).toEqual({ now, waitMs: 0 });
    limiter.take().answered(now);
  }
}

/** 0, 1, ..., count - 1. */
function firstMs(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

/**
 * Sends as fast as the limiter lets: takes whenever waitMs is 0, otherwise advances the clock by
 * exactly the wait it was told. Returns the moments of every take.
 */
function sendFlatOut(windows: RateWindow[], durationMs: number): number[] {
  const limiter = new SlidingWindowLimiter(windows);
  const takes: number[] = [];
  let now = 0;
  for (let steps = 0; now < durationMs; steps++) {
    if (steps > 1_000_000) throw new Error('the limiter never let the simulation advance');
    const wait = limiter.waitMs(now);
    if (wait < 0 || !Number.isFinite(wait)) throw new Error(`waitMs(${now}) gave ${wait}`);
    if (wait === 0) {
      limiter.take().answered(now);
      takes.push(now);
    } else {
      now += wait;
    }
  }
  return takes;
}

/** The fullest window [t - perMs, t] (both ends counted) over the takes, per definition. */
function fullestWindows(takes: number[], windows: RateWindow[]): { limit: number; most: number }[] {
  return windows.map(({ limit, perMs }) => {
    let most = 0;
    for (const end of takes) {
      const inWindow = takes.filter((t) => t >= end - perMs && t <= end).length;
      most = Math.max(most, inWindow);
    }
    return { limit, most };
  });
}

describe('SlidingWindowLimiter', () => {
  it('when nothing was taken, then a slot is free at once', () => {
    const limiter = new SlidingWindowLimiter(perThread);

    expect(limiter.waitMs(0)).toBe(0);
    expect(limiter.waitMs(123_456)).toBe(0);
  });

  it('when 7 slots went out at t=0..6, then the 8th waits until the first leaves the 1 s window', () => {
    const limiter = new SlidingWindowLimiter(perThread);
    takeAt(limiter, firstMs(7));

    const wait = limiter.waitMs(6);

    expect(wait).toBeGreaterThan(0);
    expect(6 + wait).toBeGreaterThan(1_000);
    expect(6 + wait).toBeLessThanOrEqual(1_001);
    expect(500 + limiter.waitMs(500)).toBe(6 + wait);
  });

  it('when the limiter says wait N ms, then after exactly N ms a slot is free', () => {
    const limiter = new SlidingWindowLimiter(perThread);
    takeAt(limiter, firstMs(7));

    const wait = limiter.waitMs(6);

    expect(limiter.waitMs(6 + wait)).toBe(0);
  });

  // Both ends of a window count, in waitMs and in counting alike.
  it('when the limiter says wait N ms, then no slot is free any sooner', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 7, perMs: 1_000 }]);
    takeAt(limiter, [0, 0, 0, 0, 0, 0, 0]);

    const wait = limiter.waitMs(0);

    expect(wait).toBeGreaterThan(0);
    expect(limiter.waitMs(wait - 1)).toBeGreaterThan(0);
  });

  it('when 6 slots went out, then the 7th is still free in the same millisecond', () => {
    const limiter = new SlidingWindowLimiter(perThread);
    takeAt(limiter, [0, 0, 0, 0, 0, 0]);

    expect(limiter.waitMs(0)).toBe(0);
    limiter.take().answered(0);
    expect(limiter.waitMs(0)).toBeGreaterThan(0);
  });

  it('when the 8th slot went out after the 1 s window freed, then the 2 s window binds the 9th', () => {
    const limiter = new SlidingWindowLimiter(perThread);
    takeAt(limiter, firstMs(7));
    const eighth = 6 + limiter.waitMs(6);
    takeAt(limiter, [eighth]);

    const wait = limiter.waitMs(eighth);

    // The 1 s window alone would free at about 1 + 1000 (when t=1 leaves); the 2 s window holds
    // 8 slots until t=0 leaves it, at about 0 + 2000.
    expect(eighth + wait).toBeGreaterThan(2_000);
    expect(eighth + wait).toBeLessThanOrEqual(2_001);
    expect(limiter.waitMs(eighth + wait)).toBe(0);
  });

  it('when the 8th slot went out, then the 9th is held although the 1 s window has room', () => {
    const limiter = new SlidingWindowLimiter(perThread);
    takeAt(limiter, firstMs(7));
    takeAt(limiter, [1_001]);

    // At 1.5 s the 1 s window holds one slot; the 2 s window still holds all eight.
    expect(limiter.waitMs(1_500)).toBeGreaterThan(0);
  });

  it('when more slots were taken than the limit allows, then the wait lasts until enough have left', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 7, perMs: 1_000 }]);
    for (const now of firstMs(10)) limiter.take().answered(now);

    // 10 in the window: t=0, 1, 2 and 3 must leave before one more fits.
    const wait = limiter.waitMs(9);

    expect(9 + wait).toBeGreaterThan(1_003);
    expect(9 + wait).toBeLessThanOrEqual(1_004);
  });

  it('when a taken slot is refunded, then that slot is free again at once', () => {
    const limiter = new SlidingWindowLimiter(perThread);
    takeAt(limiter, firstMs(6));
    const seventh = limiter.take();
    seventh.answered(6);
    expect(limiter.waitMs(6)).toBeGreaterThan(0);

    seventh.refund();

    expect(limiter.waitMs(6)).toBe(0);
  });

  it('when a slot is refunded twice, then only one slot is given back', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 2, perMs: 1_000 }]);
    takeAt(limiter, [0]);
    const second = limiter.take();
    second.answered(0);

    second.refund();
    second.refund();

    expect(limiter.waitMs(0)).toBe(0);
    limiter.take().answered(0);
    expect(limiter.waitMs(0)).toBeGreaterThan(0);
  });

  it('when paused, then nothing goes out before the pause ends, however empty the windows', () => {
    const limiter = new SlidingWindowLimiter(perThread);

    limiter.pause(5_000);

    expect(limiter.waitMs(0)).toBe(5_000);
    expect(limiter.waitMs(4_999)).toBe(1);
    expect(limiter.waitMs(5_000)).toBe(0);
  });

  it('when paused twice, then the later end wins and a shorter pause does not shorten it', () => {
    const limiter = new SlidingWindowLimiter(perThread);

    limiter.pause(5_000);
    limiter.pause(2_000);

    expect(limiter.waitMs(1_000)).toBe(4_000);
  });

  it('when paused past a full window, then the wait is the longer of the two', () => {
    const limiter = new SlidingWindowLimiter(perThread);
    takeAt(limiter, firstMs(7));

    limiter.pause(3_000);
    expect(limiter.waitMs(6)).toBe(3_000 - 6);

    const short = new SlidingWindowLimiter(perThread);
    takeAt(short, firstMs(7));
    short.pause(100);
    expect(short.waitMs(6)).toBeGreaterThan(100);
  });

  it('when slots were taken, then the limiter is idle only after the longest window has passed', () => {
    const limiter = new SlidingWindowLimiter(perThread);
    takeAt(limiter, [0]);

    expect(limiter.idle(0)).toBe(false);
    expect(limiter.idle(1_500)).toBe(false);
    expect(limiter.idle(1_999)).toBe(false);
    expect(limiter.idle(2_001)).toBe(true);
  });

  it('when paused, then the limiter is not idle until the pause ends', () => {
    const limiter = new SlidingWindowLimiter(perThread);

    limiter.pause(10_000);

    expect(limiter.idle(9_999)).toBe(false);
    expect(limiter.idle(10_000)).toBe(true);
  });

  it('when a slot is refunded, then the limiter can become idle at once', () => {
    const limiter = new SlidingWindowLimiter(perThread);

    limiter.take().refund();

    expect(limiter.idle(0)).toBe(true);
  });

  it('when a slot was answered later than it was taken, then it counts a full window after its answer', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 1, perMs: 1_000 }]);
    const slot = limiter.take();

    slot.answered(300);

    // Teams may have counted it as late as 300: the window holds it until 1300.
    expect(limiter.waitMs(1_000)).toBe(301);
    expect(limiter.waitMs(1_301)).toBe(0);
  });

  it('when a slot is still waiting for its answer, then it keeps its window full however long it takes', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 1, perMs: 1_000 }]);
    const slot = limiter.take();

    expect(limiter.waitMs(5_000)).toBeGreaterThan(0);
    expect(limiter.idle(5_000)).toBe(false);

    slot.answered(5_000);
    expect(limiter.waitMs(6_000)).toBe(1);
    expect(limiter.waitMs(6_001)).toBe(0);
  });

  it('when slots are answered out of order, then the window frees with the earliest answer', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 2, perMs: 1_000 }]);
    const first = limiter.take();
    const second = limiter.take();

    first.answered(400);
    second.answered(100);

    expect(limiter.waitMs(400)).toBe(701);
  });

  describe('sending flat out', () => {
    const cases: {
      name: string;
      windows: RateWindow[];
      durationMs: number;
      atLeast: number;
    }[] = [
      // 30 per 1 s for 20 s: 600 at best.
      {
        name: '30 per 1 s',
        windows: [{ limit: 30, perMs: 1_000 }],
        durationMs: 20_000,
        atLeast: 590,
      },
      // 8 per 2 s binds over 7 per 1 s: 4 per second, 80 in 20 s at best.
      {
        name: 'Teams 7/1 s + 8/2 s',
        windows: perThread,
        durationMs: 20_000,
        atLeast: 78,
      },
      // All four per-thread windows: 60 per 30 s binds over 2 minutes, 240 at best.
      {
        name: 'all Teams per-thread windows',
        windows: [...perThread, { limit: 60, perMs: 30_000 }, { limit: 1_800, perMs: 3_600_000 }],
        durationMs: 120_000,
        atLeast: 236,
      },
      // The hour window binds over three hours: 3 * 1800 at best.
      {
        name: '10 per 1 s + 1800 per hour',
        windows: [
          { limit: 10, perMs: 1_000 },
          { limit: 1_800, perMs: 3_600_000 },
        ],
        durationMs: 3 * 3_600_000,
        atLeast: 5_390,
      },
    ];

    const neverExceeded = ({ windows, durationMs }: (typeof cases)[number]): void => {
      const takes = sendFlatOut(windows, durationMs);

      for (const { limit, most } of fullestWindows(takes, windows)) {
        expect(most).toBeLessThanOrEqual(limit);
      }
    };

    it.each(cases)(
      'when $name, then no window of any length in the definition is ever exceeded',
      neverExceeded,
    );

    it.each(cases)(
      'when $name, then throughput comes close to the tightest limit',
      ({ windows, durationMs, atLeast }) => {
        const takes = sendFlatOut(windows, durationMs);

        expect(takes.length).toBeGreaterThanOrEqual(atLeast);
      },
    );
  });
});
