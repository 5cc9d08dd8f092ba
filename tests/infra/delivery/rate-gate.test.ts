import { RateGate, type Clock } from '../../../infra/delivery/rate-gate';
import type { Slot } from '../../../infra/delivery/rate-limiter';

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

/** Acquires one after the other and tells when each slot was granted. */
async function grantTimes(
  gate: RateGate,
  clock: FakeClock,
  requests: [tenantId: string, conversationId: string][],
): Promise<number[]> {
  const times: number[] = [];
  for (const [tenantId, conversationId] of requests) {
    await gate.acquire(tenantId, conversationId);
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

async function sendToOneThreadFor(durationMs: number): Promise<number[]> {
  const { gate, clock } = gateWith(30);
  const granted: number[] = [];
  while (clock.now() < durationMs) {
    granted.push(...(await grantTimes(gate, clock, [['tenant', 'a:one']])));
  }
  return granted;
}

describe('RateGate', () => {
  it('when 7 sends go to one conversation, then all go at once and the 8th waits about 1 s', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await grantTimes(
      gate,
      clock,
      times(8, () => ['tenant', 'a:one'] as const),
    );

    expect(granted.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(granted[7]).toBeGreaterThanOrEqual(1_000);
    expect(granted[7]).toBeLessThanOrEqual(1_001);
  });

  it('when one conversation is at its limit, then other conversations are not held back', async () => {
    const { gate, clock } = gateWith(30);
    await grantTimes(
      gate,
      clock,
      times(7, () => ['tenant', 'a:busy'] as const),
    );

    const others = await grantTimes(gate, clock, [
      ['tenant', 'a:quiet-1'],
      ['tenant', 'a:quiet-2'],
      ['other-tenant', 'a:quiet-3'],
    ]);

    expect(others).toEqual([0, 0, 0]);
  });

  it('when 8 sends went to one conversation, then the 9th waits for the 2 s window', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await grantTimes(
      gate,
      clock,
      times(9, () => ['tenant', 'a:one'] as const),
    );

    expect(granted[8]).toBeGreaterThanOrEqual(2_000);
    expect(granted[8]).toBeLessThanOrEqual(2_002);
  });

  it('when one conversation keeps sending for 10 s, then it still gets about 4 per second', async () => {
    const granted = await sendToOneThreadFor(10_000);

    // 8 per 2 s binds: about 4 per second.
    expect(granted.length).toBeGreaterThanOrEqual(38);
  });

  it('when one conversation keeps sending for 10 s, then no 1 s holds more than 7 nor 2 s more than 8', async () => {
    const granted = await sendToOneThreadFor(10_000);

    for (const end of granted) {
      expect(granted.filter((t) => t >= end - 1_000 && t <= end).length).toBeLessThanOrEqual(7);
      expect(granted.filter((t) => t >= end - 2_000 && t <= end).length).toBeLessThanOrEqual(8);
    }
  });

  it('when a tenant has used its app-wide budget, then its next send waits about 1 s', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await grantTimes(gate, clock, spreadOver('tenant', 31));

    expect(granted.filter((t) => t === 0)).toHaveLength(30);
    expect(granted[30]).toBeGreaterThanOrEqual(1_000);
    expect(granted[30]).toBeLessThanOrEqual(1_001);
  });

  it('when one tenant has used its budget, then another tenant still has its own', async () => {
    const { gate, clock } = gateWith(30);
    await grantTimes(gate, clock, spreadOver('tenant-a', 30));

    const granted = await grantTimes(gate, clock, spreadOver('tenant-b', 30));

    expect(granted.every((t) => t === 0)).toBe(true);
  });

  it('when shared with 2 instances, then a 30 per second gate lets 15 per second through', async () => {
    const { gate, clock } = gateWith(30);

    gate.shareWith(2);
    const granted = await grantTimes(gate, clock, spreadOver('tenant', 16));

    expect(granted.filter((t) => t === 0)).toHaveLength(15);
    expect(granted[15]).toBeGreaterThanOrEqual(1_000);
  });

  it('when shared with 3 instances, then the share is rounded down (31 -> 10)', async () => {
    const { gate, clock } = gateWith(31);

    gate.shareWith(3);
    const granted = await grantTimes(gate, clock, spreadOver('tenant', 11));

    expect(granted.filter((t) => t === 0)).toHaveLength(10);
  });

  it.each([100, 1_000])(
    'when shared with %i instances, then each still sends 1 per second',
    async (instances) => {
      const { gate, clock } = gateWith(30);

      gate.shareWith(instances);
      const granted = await grantTimes(gate, clock, spreadOver('tenant', 3));

      expect(granted[0]).toBe(0);
      expect(granted[1]).toBeGreaterThanOrEqual(1_000);
      expect(granted[1]).toBeLessThanOrEqual(1_001);
      expect(granted[2]).toBeGreaterThanOrEqual(2_000);
      expect(granted[2]).toBeLessThanOrEqual(2_002);
    },
  );

  it.each([0, -1])(
    'when shared with %i instances, then the gate keeps the whole rate',
    async (instances) => {
      const { gate, clock } = gateWith(30);

      gate.shareWith(instances);
      const granted = await grantTimes(gate, clock, spreadOver('tenant', 31));

      expect(granted.filter((t) => t === 0)).toHaveLength(30);
    },
  );

  it('when the other instance leaves again, then the whole rate comes back', async () => {
    const { gate, clock } = gateWith(30);
    gate.shareWith(2);

    gate.shareWith(1);
    const granted = await grantTimes(gate, clock, spreadOver('tenant', 31));

    expect(granted.filter((t) => t === 0)).toHaveLength(30);
  });

  // Slots taken before the share changed still count against the new share.
  it('when the share shrinks right after a full second, then the sends already made still count', async () => {
    const { gate, clock } = gateWith(30);
    await grantTimes(gate, clock, spreadOver('tenant', 30));

    gate.shareWith(2);
    const next = await grantTimes(gate, clock, [['tenant', 'a:after-share']]);

    expect(next[0]).toBeGreaterThanOrEqual(1_000);
  });

  it('when shareWith is called again with the same count, then the budget in use is kept', async () => {
    const { gate, clock } = gateWith(30);
    gate.shareWith(2);
    await grantTimes(gate, clock, spreadOver('tenant', 15));

    gate.shareWith(2);
    const next = await grantTimes(gate, clock, [['tenant', 'a:after-share']]);

    expect(next[0]).toBeGreaterThanOrEqual(1_000);
  });

  it('when a thread is paused for 5 s, then only that thread waits 5 s', async () => {
    const { gate, clock } = gateWith(30);

    gate.pauseThread('a:throttled', 5_000);
    const others = await grantTimes(gate, clock, [
      ['tenant', 'a:other'],
      ['tenant', 'a:another'],
    ]);
    const paused = await grantTimes(gate, clock, [['tenant', 'a:throttled']]);
    const afterwards = await grantTimes(gate, clock, [['tenant', 'a:throttled']]);

    expect(others).toEqual([0, 0]);
    expect(paused).toEqual([5_000]);
    expect(afterwards).toEqual([5_000]);
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
    const slots: Slot[] = [];
    for (let i = 0; i < 7; i++) slots.push(await gate.acquire('tenant', 'a:one'));

    slots[6]!.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:one']]);

    expect(next).toEqual([0]);
  });

  it('when a send failed and its slot is refunded, then the tenant has that slot again', async () => {
    const { gate, clock } = gateWith(2);
    await gate.acquire('tenant', 'a:one');
    const failed = await gate.acquire('tenant', 'a:two');

    failed.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:three']]);

    expect(next).toEqual([0]);
  });

  it('when the thread and the tenant are both full, then one refund frees both', async () => {
    const { gate, clock } = gateWith(7);
    const slots: Slot[] = [];
    for (let i = 0; i < 7; i++) slots.push(await gate.acquire('tenant', 'a:one'));

    slots[0]!.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:one']]);

    expect(next).toEqual([0]);
  });

  it('when a slot is refunded twice, then only one slot is given back', async () => {
    const { gate, clock } = gateWith(2);
    await gate.acquire('tenant', 'a:one');
    const failed = await gate.acquire('tenant', 'a:two');

    failed.refund();
    failed.refund();
    const next = await grantTimes(gate, clock, [
      ['tenant', 'a:three'],
      ['tenant', 'a:four'],
    ]);

    expect(next[0]).toBe(0);
    expect(next[1]).toBeGreaterThanOrEqual(1_000);
  });
});
