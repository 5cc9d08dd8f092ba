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

/*
 * Even pacing: consecutive grants from one limiter are at least ceil(1000 / limit * 1.01) ms
 * apart, besides the sliding windows. Tenant at 30/s: 34 ms; 15/s: 68 ms; 10/s: 101 ms;
 * 7/s: 145 ms; 2/s: 505 ms; 1/s: 1010 ms. Thread (7 per 1 s is its shortest window): 145 ms.
 */
const tenantSpacingAt30 = 34;
const tenantSpacingAt15 = 68;
const threadSpacing = 145;

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

/** Time between consecutive grants. */
function gaps(granted: number[]): number[] {
  return granted.slice(1).map((t, i) => t - (granted[i] ?? 0));
}

/** The most grants in any window [t - perMs, t], both ends counted. */
function mostInAnyWindow(granted: number[], perMs: number): number {
  return Math.max(
    0,
    ...granted.map((end) => granted.filter((t) => t >= end - perMs && t <= end).length),
  );
}

/** Sends to one conversation as fast as the gate lets; the grants before `durationMs`. */
async function sendToOneThreadFor(durationMs: number): Promise<number[]> {
  const { gate, clock } = gateWith(30);
  const granted: number[] = [];
  for (;;) {
    const [at = Infinity] = await grantTimes(gate, clock, [['tenant', 'a:one']]);
    if (at >= durationMs) return granted;
    granted.push(at);
  }
}

/** Sends in one tenant, each to its own conversation, as fast as the gate lets; the grants before `durationMs`. */
async function sendInTenantFor(
  gate: RateGate,
  clock: FakeClock,
  tenantId: string,
  durationMs: number,
): Promise<number[]> {
  const granted: number[] = [];
  for (let i = 0; ; i++) {
    const [at = Infinity] = await grantTimes(gate, clock, [[tenantId, `a:${tenantId}-run-${i}`]]);
    if (at >= durationMs) return granted;
    granted.push(at);
  }
}

describe('RateGate', () => {
  it('when 8 sends go to one conversation, then they go 145 ms apart and no 1 s holds more than 7', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await grantTimes(
      gate,
      clock,
      times(8, () => ['tenant', 'a:one'] as const),
    );

    expect(granted).toEqual([0, 145, 290, 435, 580, 725, 870, 1_015]);
    expect(mostInAnyWindow(granted, 1_000)).toBe(7);
  });

  it('when one conversation is at its limit, then other conversations are held back only by the tenant spacing', async () => {
    const { gate, clock } = gateWith(30);
    // 8 in 2 s: a:busy's next send must wait until 2001 (its first slot leaves the 2 s window).
    const busy = await grantTimes(
      gate,
      clock,
      times(8, () => ['tenant', 'a:busy'] as const),
    );
    expect(busy[7]).toBe(1_015);

    const others = await grantTimes(gate, clock, [
      ['tenant', 'a:quiet-1'],
      ['tenant', 'a:quiet-2'],
      ['other-tenant', 'a:quiet-3'],
    ]);
    const busyAgain = await grantTimes(gate, clock, [['tenant', 'a:busy']]);

    // The tenant was idle between the busy thread's sends, so its pace restarts half a step back
    // (1015 - 17), then + 34, + 34 again; the other tenant has its own spacing.
    expect(others).toEqual([1_032, 1_066, 1_066]);
    expect(busyAgain).toEqual([2_001]);
  });

  it('when 8 sends went to one conversation, then the 9th waits for the 2 s window', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await grantTimes(
      gate,
      clock,
      times(9, () => ['tenant', 'a:one'] as const),
    );

    // The slot at 0 counts until 2000 inclusive; spacing alone would allow 1160.
    expect(granted[8]).toBe(2_001);
  });

  it('when one conversation keeps sending for 10 s, then it gets 8 sends per 2001 ms, 145 ms apart', async () => {
    const granted = await sendToOneThreadFor(10_000);

    // 8 per 2 s binds: each 8 go 145 ms apart, then the next waits for the 2 s window.
    expect(granted).toEqual(times(40, (i) => Math.floor(i / 8) * 2_001 + (i % 8) * threadSpacing));
  });

  it('when one conversation keeps sending for 10 s, then no 1 s holds more than 7 nor 2 s more than 8, and grants are at least 145 ms apart', async () => {
    const granted = await sendToOneThreadFor(10_000);

    expect(mostInAnyWindow(granted, 1_000)).toBe(7);
    expect(mostInAnyWindow(granted, 2_000)).toBe(8);
    expect(Math.min(...gaps(granted))).toBe(threadSpacing);
  });

  it('when a tenant sends its app-wide budget, then its sends go 34 ms apart and no 1 s holds more than 30', async () => {
    const { gate, clock } = gateWith(30);

    const granted = await grantTimes(gate, clock, spreadOver('tenant', 31));

    expect(granted).toEqual(times(31, (i) => i * tenantSpacingAt30));
    expect(mostInAnyWindow(granted, 1_000)).toBe(30);
  });

  it('when two tenants send at the same time, then each has its own budget', async () => {
    const { gate, clock } = gateWith(30);
    const a = spreadOver('tenant-a', 30);
    const b = spreadOver('tenant-b', 30);

    const granted = await grantTimes(
      gate,
      clock,
      times(60, (i) => (i % 2 === 0 ? a[i / 2] : b[(i - 1) / 2]) as [string, string]),
    );

    // a and b both go at 0, 34, 68, ...: neither waits for the other's slots.
    expect(granted).toEqual(times(60, (i) => Math.floor(i / 2) * tenantSpacingAt30));
  });

  it('when one tenant has used its budget, then another tenant sends at once', async () => {
    const { gate, clock } = gateWith(30);
    await grantTimes(gate, clock, spreadOver('tenant-a', 30));
    expect(clock.now()).toBe(986);

    const granted = await grantTimes(gate, clock, spreadOver('tenant-b', 30));

    expect(granted).toEqual(times(30, (i) => 986 + i * tenantSpacingAt30));
  });

  it('when shared with 2 instances, then a 30 per second gate lets 15 per second through, 68 ms apart', async () => {
    const { gate, clock } = gateWith(30);

    gate.shareWith(2);
    const granted = await sendInTenantFor(gate, clock, 'tenant', 10_000);

    // 0, 68, ..., 9996 (at 30/s it would be 295 grants, 34 ms apart).
    expect(gate.perSecondNow).toBe(15);
    expect(granted).toHaveLength(148);
    expect(new Set(gaps(granted))).toEqual(new Set([tenantSpacingAt15]));
    expect(mostInAnyWindow(granted, 1_000)).toBe(15);
  });

  it('when shared with 3 instances, then the share is rounded down (31 -> 10)', async () => {
    const { gate, clock } = gateWith(31);

    gate.shareWith(3);
    const granted = await sendInTenantFor(gate, clock, 'tenant', 10_000);

    // 10/s: 101 ms apart, 0 ... 9999 (11/s would be 92 ms apart, 109 grants).
    expect(gate.perSecondNow).toBe(10);
    expect(granted).toHaveLength(100);
    expect(new Set(gaps(granted))).toEqual(new Set([101]));
  });

  it.each([100, 1_000])(
    'when shared with %i instances, then each still sends 1 per second',
    async (instances) => {
      const { gate, clock } = gateWith(30);

      gate.shareWith(instances);
      const granted = await grantTimes(gate, clock, spreadOver('tenant', 3));

      expect(gate.perSecondNow).toBe(1);
      expect(granted).toEqual([0, 1_010, 2_020]);
    },
  );

  it.each([0, -1])(
    'when shared with %i instances, then the gate keeps the whole rate',
    async (instances) => {
      const { gate, clock } = gateWith(30);

      gate.shareWith(instances);
      const granted = await grantTimes(gate, clock, spreadOver('tenant', 31));

      expect(gate.perSecondNow).toBe(30);
      expect(granted).toEqual(times(31, (i) => i * tenantSpacingAt30));
    },
  );

  it('when the other instance leaves again, then the whole rate comes back', async () => {
    const { gate, clock } = gateWith(30);
    gate.shareWith(2);
    const shared = await grantTimes(gate, clock, spreadOver('tenant', 2));
    expect(shared).toEqual([0, tenantSpacingAt15]);

    gate.shareWith(1);
    const granted = await grantTimes(gate, clock, spreadOver('tenant', 31).slice(2));

    // The tenant's existing limiter is back at 34 ms, counted from its last slot at 68.
    expect(gate.perSecondNow).toBe(30);
    expect(granted).toEqual(times(29, (i) => tenantSpacingAt15 + (i + 1) * tenantSpacingAt30));
  });

  // Slots taken before the share changed still count against the new share.
  it('when the share shrinks right after a full second, then the sends already made still count', async () => {
    const { gate, clock } = gateWith(30);
    await grantTimes(gate, clock, spreadOver('tenant', 30));

    gate.shareWith(2);
    const next = await grantTimes(gate, clock, [['tenant', 'a:after-share']]);

    // 30 slots at 0, 34, ..., 986: the 15th newest (510) must leave the 1 s window first.
    // Spacing alone would allow 986 + 68 = 1054.
    expect(next).toEqual([510 + 1_000 + 1]);
  });

  it('when shareWith is called again with the same count, then the budget in use is kept', async () => {
    const { gate, clock } = gateWith(30);
    gate.shareWith(2);
    await grantTimes(gate, clock, spreadOver('tenant', 15));
    expect(clock.now()).toBe(14 * tenantSpacingAt15);

    gate.shareWith(2);
    const next = await grantTimes(gate, clock, [['tenant', 'a:after-share']]);

    expect(next).toEqual([15 * tenantSpacingAt15]);
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

    expect(others).toEqual([0, tenantSpacingAt30]);
    expect(paused).toEqual([5_000]);
    // After the pause only the thread's spacing applies.
    expect(afterwards).toEqual([5_000 + threadSpacing]);
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
    for (let i = 0; i < 8; i++) slots.push(await gate.acquire('tenant', 'a:one'));
    expect(clock.now()).toBe(1_015);

    slots[7]!.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:one']]);

    // Without the refund the 2 s window would hold it until 2001; the spacing counts from the
    // previous remaining slot (870), so it goes now.
    expect(next).toEqual([1_015]);
  });

  it('when an earlier slot is refunded, then the window has room again but the spacing still counts from the latest slot', async () => {
    const { gate, clock } = gateWith(30);
    const slots: Slot[] = [];
    for (let i = 0; i < 8; i++) slots.push(await gate.acquire('tenant', 'a:one'));

    slots[0]!.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:one']]);

    // Without the refund the 2 s window would hold it until 2001; with it, 1015 + 145.
    expect(next).toEqual([1_015 + threadSpacing]);
  });

  it('when a send failed and its slot is refunded, then the tenant has that slot again', async () => {
    const { gate, clock } = gateWith(2);
    await gate.acquire('tenant', 'a:one');
    const failed = await gate.acquire('tenant', 'a:two');
    expect(clock.now()).toBe(505);

    failed.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:three']]);

    // 2/s: 505 ms apart, counted from the remaining slot at 0; without the refund: 1010.
    expect(next).toEqual([505]);
  });

  it('when the thread and the tenant are both full, then one refund frees both', async () => {
    const { gate, clock } = gateWith(7);
    const slots: Slot[] = [];
    for (let i = 0; i < 8; i++) slots.push(await gate.acquire('tenant', 'a:one'));
    expect(clock.now()).toBe(1_015);

    slots[7]!.refund();
    const next = await grantTimes(gate, clock, [['tenant', 'a:one']]);

    // Thread alone would wait for its 2 s window (2001), tenant alone for its spacing (1160).
    expect(next).toEqual([1_015]);
  });

  it('when a slot is refunded twice, then only one slot is given back', async () => {
    const { gate, clock } = gateWith(2);
    await gate.acquire('tenant', 'a:one');
    const failed = await gate.acquire('tenant', 'a:two');

    failed.refund();
    // Taken at the same moment as the refunded slot: a second refund must not remove it.
    const third = await grantTimes(gate, clock, [['tenant', 'a:three']]);
    failed.refund();
    const fourth = await grantTimes(gate, clock, [['tenant', 'a:four']]);

    expect(third).toEqual([505]);
    expect(fourth).toEqual([1_010]);
  });
});
