import {
  card,
  personalChat,
  startDelivery,
  type DeliveryUnderTest,
} from '../support/delivery-harness';
import { MESSAGE_WRITES_BLOCKED_BODY } from '../support/fake-connector';
import { databaseKinds } from '../support/test-database';

const T0 = new Date('2026-11-27T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe.each(databaseKinds)('delivering proactive messages (%s)', (kind) => {
  let koers: DeliveryUnderTest;
  beforeEach(async () => {
    koers = await startDelivery(kind, { OUTBOX_MAX_ATTEMPTS: '3' });
  });
  afterEach(() => koers.stop());

  const sendsTo = (n: number) =>
    koers.connector.activitiesIn(personalChat(n)).filter((a) => a.kind !== 'update');
  const only = async () => {
    const [row] = await koers.database.db.selectFrom('outbox').selectAll().execute();
    return row!;
  };

  it('when a message is due, then it is sent once and its Teams activity id is kept', async () => {
    const person = await koers.addPerson(1);
    await koers.delivery.outbox.enqueue([card('p1:test:2026-W48', person.id, T0)], T0);
    expect(await koers.delivery.pass.runDue(T0)).toEqual({ queued: 0, settled: 1 });
    expect(sendsTo(1)).toHaveLength(1);
    expect(sendsTo(1)[0]?.activity.text).toBe('hallo p1:test:2026-W48');
    expect(await only()).toMatchObject({ status: 'sent', teams_activity_id: sendsTo(1)[0]?.id });
  });

  it('when the same key is queued twice, then it is sent once', async () => {
    const person = await koers.addPerson(1);
    const message = card('p1:test:2026-W48', person.id, T0);
    expect(await koers.delivery.outbox.enqueue([message], T0)).toBe(1);
    expect(await koers.delivery.outbox.enqueue([message, message], T0)).toBe(0);
    await koers.delivery.pass.runDue(T0);
    await koers.delivery.pass.runDue(later(60_000));
    expect(sendsTo(1)).toHaveLength(1);
  });

  it('when a message is not due yet, then nothing is sent before its moment', async () => {
    const person = await koers.addPerson(1);
    await koers.delivery.outbox.enqueue([card('k', person.id, later(60_000))], T0);
    await koers.delivery.pass.runDue(later(59_999));
    expect(sendsTo(1)).toHaveLength(0);
    await koers.delivery.pass.runDue(later(60_000));
    expect(sendsTo(1)).toHaveLength(1);
  });

  it('when Teams answers 429 with Retry-After, then the next try is not earlier', async () => {
    const person = await koers.addPerson(1);
    await koers.delivery.outbox.enqueue([card('k', person.id, T0)], T0);
    koers.connector.throttle(2);
    await koers.delivery.pass.runDue(T0);
    const throttled = await only();
    expect(throttled).toMatchObject({ status: 'failed', attempts: 0 });
    expect(new Date(throttled.next_attempt_at).getTime()).toBe(later(2_000).getTime());
    await koers.delivery.pass.runDue(later(1_999));
    expect(koers.connector.calls.filter((c) => c.operation === 'send')).toHaveLength(1);
    await koers.delivery.pass.runDue(later(2_000));
    expect(sendsTo(1)).toHaveLength(1);
    expect(await only()).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('when Teams answers 503, then it is retried and then succeeds', async () => {
    const person = await koers.addPerson(1);
    await koers.delivery.outbox.enqueue([card('k', person.id, T0)], T0);
    koers.connector.serverError(503);
    await koers.delivery.pass.runDue(T0);
    expect(await only()).toMatchObject({
      status: 'failed',
      last_error: expect.stringContaining('503'),
    });
    await koers.delivery.pass.runDue(later(60_000));
    expect(sendsTo(1)).toHaveLength(1);
    expect(await only()).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('when Teams keeps failing, then the message is dead after the limit with the reason kept', async () => {
    const person = await koers.addPerson(1);
    await koers.delivery.outbox.enqueue([card('k', person.id, T0)], T0);
    koers.connector.serverError(502, { times: 3 });
    for (let minute = 0; minute < 10; minute++)
      await koers.delivery.pass.runDue(later(minute * 600_000));
    expect(await only()).toMatchObject({
      status: 'dead',
      attempts: 3,
      last_error: expect.stringContaining('502'),
    });
    expect(koers.connector.calls.filter((c) => c.operation === 'send')).toHaveLength(3);
  });

  it('when the person blocked the app (403 MessageWritesBlocked), then they are unreachable and it stops', async () => {
    const person = await koers.addPerson(1);
    await koers.delivery.outbox.enqueue(
      [card('a', person.id, T0), card('b', person.id, later(1))],
      T0,
    );
    koers.connector.failNext({ status: 403, body: MESSAGE_WRITES_BLOCKED_BODY });
    await koers.delivery.pass.runDue(T0);
    await koers.delivery.pass.runDue(later(600_000));
    const rows = await koers.database.db
      .selectFrom('outbox')
      .selectAll()
      .orderBy('dedupe_key')
      .execute();
    expect(rows.map((r) => [r.status, r.skip_reason])).toEqual([
      ['skipped', 'unreachable'],
      ['skipped', 'unreachable'],
    ]);
    expect(koers.connector.calls.filter((c) => c.operation === 'send')).toHaveLength(1);
    expect((await koers.people.findById(person.id))?.unreachableSince).not.toBeNull();
  });

  it('when the person has no chat with Koers yet, then it is created once and kept', async () => {
    const person = await koers.addPerson(2, { chat: false });
    await koers.delivery.outbox.enqueue(
      [card('a', person.id, T0), card('b', person.id, later(1))],
      T0,
    );
    await koers.delivery.pass.runDue(later(10));
    const created = koers.connector.calls.filter((c) => c.operation === 'createConversation');
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({ members: [{ id: '29:user-2' }], tenantId: 't1' });
    expect(koers.connector.activities().filter((a) => a.kind !== 'update')).toHaveLength(2);
    expect(await koers.conversations.forPerson(person.id)).toBeDefined();
  });

  it('when messages went out, then /metrics counters and the outbox counts say so', async () => {
    const people = await Promise.all([1, 2, 3].map((n) => koers.addPerson(n)));
    await koers.delivery.outbox.enqueue(
      people.map((p, i) => card(`k${i}`, p.id, T0)),
      T0,
    );
    koers.connector.serverError(503);
    await koers.delivery.pass.runDue(T0);
    const text = koers.delivery.metrics.render();
    expect(text).toContain('koers_outbox_sent_total 2');
    expect(text).toContain('koers_outbox_retried_total 1');
    expect(await koers.delivery.outbox.countByStatus()).toMatchObject({ sent: 2, failed: 1 });
  });
});
