import { startDelivery, type DeliveryUnderTest } from '../support/delivery-harness';
import { seedFanOut } from '../support/fan-out';
import { databaseKinds } from '../support/test-database';

const T0 = new Date('2026-11-27T10:00:00Z');

describe.each(databaseKinds)('a fan-out within Teams windows (%s)', (kind) => {
  let koers: DeliveryUnderTest;
  beforeEach(async () => {
    koers = await startDelivery(kind, { TEAMS_GLOBAL_RPS: '10' });
    koers.connector.enforceLimits({ globalPerSecond: 10 });
  });
  afterEach(() => koers.stop());

  it('when some sends reach Teams later than others, then Teams never has to throttle Koers', async () => {
    await seedFanOut(koers.database, { count: 25, serviceUrl: koers.connector.url, notBefore: T0 });
    // Every tenth send takes 300 ms to reach Teams: counted from when it left, the window after
    // it would already have room while Teams still counts it.
    let sends = 0;
    koers.connector.failNext({
      delayMs: 300,
      times: 3,
      match: (request) => request.operation === 'send' && sends++ % 10 === 0,
    });

    await koers.delivery.pass.runDue(T0);

    expect(koers.connector.limitViolations).toBe(0);
    expect(koers.connector.deliveries().size).toBe(25);
    expect(await koers.delivery.outbox.countByStatus()).toMatchObject({ sent: 25 });
  }, 30_000);

  it('when one school has more due than its window allows, then another school is not kept waiting behind it', async () => {
    const earlier = new Date(T0.getTime() - 60_000);
    await seedFanOut(koers.database, {
      count: 60,
      serviceUrl: koers.connector.url,
      notBefore: earlier,
      tenantId: 'school-a',
    });
    await seedFanOut(koers.database, {
      count: 1,
      serviceUrl: koers.connector.url,
      notBefore: T0,
      tenantId: 'school-b',
      from: 60,
    });

    await koers.delivery.pass.runDue(T0);

    // School a may send 10 a second: its 60 take six seconds. School b's one card goes out
    // while school a waits for its window, not after all of school a's.
    const order = koers.connector.activities().map((sent) => sent.conversationId);
    expect(order).toHaveLength(61);
    expect(order.indexOf('a:personal-60')).toBeLessThan(30);
    expect(koers.connector.limitViolations).toBe(0);
  }, 30_000);
});
