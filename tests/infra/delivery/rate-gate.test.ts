import { RateGate, type Clock } from '../../../infra/delivery/rate-gate';

/** A clock that never really waits: sleeping moves time forward by exactly that much. */
class FakeClock implements Clock {
  constructor(public at = 0) {}

  now(): number {
    return this.at;
  }

  sleep(ms: number): Promise<void> {
    if (!(ms > 0)) throw new Error(`the gate asked to sleep ${ms} ms`);
    this.at += ms;
    return Promise.resolve();
  }
}

function gateWith(globalPerSecond: number): { gate: RateGate; clock: FakeClock } {
  const clock = new FakeClock();
  return { gate: new RateGate(globalPerSecond, clock), clock };
}

/** Acquires one after the other, each answered at once; tells when each slot was granted. */
async function grantTimes(
  gate: RateGate,
  clock: FakeClock,
  requests: [tenantId: string, conversationId: string][],
): Promise<number[]> {
  const times: number[] = [];
  for (const [tenantId, conversationId] of requests) {
    (await gate.acquire(tenantId, conversationId)).answered();
    times.push(clock.now());
  }
  return times;
}

function times<T>(count: number, make: (i: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(i));
}

/** `count` sends in one tenant, each to its own conversation (only the tenant limit applies). */
function spreadOver(tenantId: string, count: number): [string, string][] {
  return times(count, (i) => [tenantId, `a:${tenantId}-conversation-${i}`]);
}

/** The most grants in any window [t - perMs, t], both ends counted. */
function mostInAnyWindow(granted: number[], perMs: number): number {
  return Math.max(
    0,
    ...granted.map((end) => granted.filter((t) => t >= end - perMs && t <= end).length),
  );
}

/** Sends in one tenant as fast as the gate lets, to `conversation(i)`; the grants before `durationMs`. */
async function sendFor(
  gate: RateGate,
  clock: FakeClock,
  conversation: (i: number) => string,
  durationMs: number,
): Promise<number[]> {
  const granted: number[] = [];
  for (let i = 0; ; i++) {
    const [at = Infinity] = await grantTimes(gate, clock, [['tenant', conversation(i)]]);
    if (at >= durationMs) return granted;
    granted.push(at);
  }
}

describe('RateGate', () => {
  it('when 8 sends go to one conversation, then 7 go at once and the 8th waits for the 1 s window', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await grantTimes(
      gate,
      clock,
      times(8, () => ['tenant', 'a:one'] as const),
    );

    expect(granted).toEqual([0, 0, 0, 0, 0, 0, 0, 1_001]);
  });

  it('when one conversation is at its limit, then other conversations are not held back', async () => {
    const { gate, clock } = gateWith(30);
    const busy = await grantTimes(
      gate,
      clock,
      times(8, () => ['tenant', 'a:busy'] as const),
    );
    expect(busy[7]).toBe(1_001);

    const others = await grantTimes(gate, clock, [
      ['tenant', 'a:quiet-1'],
      ['tenant', 'a:quiet-2'],
      ['other-tenant', 'a:quiet-3'],
    ]);
    const busyAgain = await grantTimes(gate, clock, [['tenant', 'a:busy']]);

    expect(others).toEqual([1_001, 1_001, 1_001]);
    // 8 in 2 s: its slot at 0 must leave the 2 s window first.
    expect(busyAgain).toEqual([2_001]);
  });

  it('when one conversation keeps sending for 10 s, then no 1 s holds more than 7 nor 2 s more than 8', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await sendFor(gate, clock, () => 'a:one', 10_000);

    expect(mostInAnyWindow(granted, 1_000)).toBe(7);
    expect(mostInAnyWindow(granted, 2_000)).toBe(8);
    // 8 per 2 s binds: 40 in 10 s at best.
    expect(granted.length).toBeGreaterThanOrEqual(39);
  });

  it('when a tenant sends its app-wide budget, then the 31st waits until the first leaves the 1 s window', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await grantTimes(gate, clock, spreadOver('tenant', 31));

    expect(granted).toEqual([...times(30, () => 0), 1_001]);
  });

  it('when a send is answered late, then the tenant window counts it from its answer', async () => {
    const { gate, clock } = gateWith(1);
    const slow = await gate.acquire('tenant', 'a:one');
    clock.at = 400;
    slow.answered();

    const next = await grantTimes(gate, clock, [['tenant', 'a:two']]);

    // Counted from its start (0), the next could go at 1001; Teams may have seen it at 400.
    expect(next).toEqual([1_401]);
  });

  it('when a send is still waiting for its answer, then the tenant window stays full', async () => {
    const { gate, clock } = gateWith(1);
    const slow = await gate.acquire('tenant', 'a:one');

    const waiting = gate.tryAcquire('tenant', 'a:two');
    clock.at = 3_000;
    const stillWaiting = gate.tryAcquire('tenant', 'a:two');
    slow.answered();
    const afterAnswer = gate.tryAcquire('tenant', 'a:two');

    expect(waiting).toMatchObject({ tenantFull: true });
    expect(stillWaiting).toMatchObject({ tenantFull: true });
    expect(afterAnswer).toEqual({ waitMs: 1_001, tenantFull: true });
  });

  it('when only the thread is full, then the gate says the tenant still has room', () => {
    const { gate } = gateWith(30);
    gate.pauseThread('a:throttled', 5_000);

    expect(gate.tryAcquire('tenant', 'a:throttled')).toEqual({ waitMs: 5_000, tenantFull: false });
  });

  it('when two tenants send at the same time, then each has its own budget', async () => {
    const { gate, clock } = gateWith(30);
    await grantTimes(gate, clock, spreadOver('tenant-a', 30));

    const granted = await grantTimes(gate, clock, spreadOver('tenant-b', 30));

    expect(granted).toEqual(times(30, () => 0));
  });

  it('when tenants have sent within the last second, then the gate counts them as busy', async () => {
    const { gate, clock } = gateWith(30);
    expect(gate.busyTenants()).toBe(1);
    await grantTimes(gate, clock, [
      ['tenant-a', 'a:1'],
      ['tenant-b', 'a:2'],
      ['tenant-c', 'a:3'],
    ]);
    expect(gate.busyTenants()).toBe(3);

    clock.at = 1_001;
    expect(gate.busyTenants()).toBe(1);
  });

  it('when shared with 2 instances, then a 30 per second gate lets 15 per second through', async () => {
    const { gate, clock } = gateWith(30);

    gate.shareWith(2);
    const granted = await sendFor(gate, clock, (i) => `a:run-${i}`, 10_000);

    expect(gate.perSecondNow).toBe(15);
    expect(mostInAnyWindow(granted, 1_000)).toBe(15);
    expect(granted.length).toBeGreaterThanOrEqual(149);
  });

  it('when shared with 3 instances, then the share is rounded down (31 -> 10)', () => {
    const { gate } = gateWith(31);

    gate.shareWith(3);

    expect(gate.perSecondNow).toBe(10);
  });

  it.each([100, 1_000])(
    'when shared with %i instances, then each still sends 1 per second',
    async (instances) => {
      const { gate, clock } = gateWith(30);

      gate.shareWith(instances);
      const granted = await grantTimes(gate, clock, spreadOver('tenant', 3));

      expect(gate.perSecondNow).toBe(1);
      expect(granted).toEqual([0, 1_001, 2_002]);
    },
  );

  it.each([0, -1])(
    'when shared with %i instances, then the gate keeps the whole rate',
    async (instances) => {
      const { gate, clock } = gateWith(30);

      gate.shareWith(instances);
      const granted = await grantTimes(gate, clock, spreadOver('tenant', 31));

      expect(gate.perSecondNow).toBe(30);
      expect(granted).toEqual([...times(30, () => 0), 1_001]);
    },
  );

  it('when the other instance leaves again, then the whole rate comes back', async () => {
    const { gate, clock } = gateWith(30);
    gate.shareWith(2);
    const shared = await grantTimes(gate, clock, spreadOver('tenant', 16));
    expect(shared[15]).toBe(1_001);

    gate.shareWith(1);
    const granted = await grantTimes(gate, clock, spreadOver('tenant', 30));

    // 15 at 0 and one at 1001 still count: 14 more fit beside them at once.
    expect(granted.filter((at) => at === 1_001)).toHaveLength(29);
  });

  // Slots taken before the share changed still count against the new share.
  it('when the share shrinks right after a full second, then the sends already made still count', async () => {
    const { gate, clock } = gateWith(30);
    await grantTimes(gate, clock, spreadOver('tenant', 30));

    gate.shareWith(2);
    const next = await grantTimes(gate, clock, [['tenant', 'a:after-share']]);

    expect(next).toEqual([1_001]);
  });

  it('when a thread is paused for 5 s, then only that thread waits 5 s', async () => {
    const { gate, clock } = gateWith(30);

    gate.pauseThread('a:throttled', 5_000);
    const others = await grantTimes(gate, clock, [
      ['tenant', 'a:other'],
      ['tenant', 'a:another'],
    ]);
    const paused = await grantTimes(gate, clock, [['tenant', 'a:throttled']]);

    expect(others).toEqual([0, 0]);
    expect(paused).toEqual([5_000]);
  });

  it('when a thread is paused later in time, then the pause counts from that moment', async () => {
    const { gate, clock } = gateWith(30);
    clock.at = 42_000;

    gate.pauseThread('a:throttled', 5_000);
    const paused = await grantTimes(gate, clock, [['tenant', 'a:throttled']]);

    expect(paused).toEqual([47_000]);
  });

  it('when a paused thread is swept after a minute of quiet, then its pause still holds', async () => {
    const { gate, clock } = gateWith(30);
    gate.pauseThread('a:throttled', 120_000);
    clock.at = 61_000;
    await grantTimes(gate, clock, [['tenant', 'a:other']]);

    const paused = await grantTimes(gate, clock, [['tenant', 'a:throttled']]);

    expect(paused).toEqual([120_000]);
  });

  it('when a send failed and its slot is refunded, then the thread has that slot again', async () => {
    const { gate, clock } = gateWith(30);
    await grantTimes(
      gate,
      clock,
      times(6, () => ['tenant', 'a:one'] as const),
    );
    const failed = await gate.acquire('tenant', 'a:one');

    failed.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:one']]);

    // Without the refund the 1 s window would hold it until 1001.
    expect(next).toEqual([0]);
  });

  it('when a send failed and its slot is refunded, then the tenant has that slot again', async () => {
    const { gate, clock } = gateWith(2);
    await grantTimes(gate, clock, [['tenant', 'a:one']]);
    const failed = await gate.acquire('tenant', 'a:two');

    failed.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:three']]);

    expect(next).toEqual([0]);
  });

  it('when a slot is refunded twice, then only one slot is given back', async () => {
    const { gate, clock } = gateWith(2);
    await grantTimes(gate, clock, [['tenant', 'a:one']]);
    const failed = await gate.acquire('tenant', 'a:two');

    failed.refund();
    const third = await grantTimes(gate, clock, [['tenant', 'a:three']]);
    failed.refund();
    const fourth = await grantTimes(gate, clock, [['tenant', 'a:four']]);

    expect(third).toEqual([0]);
    expect(fourth).toEqual([1_001]);
  });
});
