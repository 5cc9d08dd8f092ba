import { runKoersCli } from '../support/run-cli';
import {
  card,
  personalChat,
  startDelivery,
  type DeliveryUnderTest,
} from '../support/delivery-harness';
import { databaseKinds } from '../support/test-database';

const run = runKoersCli;

describe.each(databaseKinds)('koers jobs run-due (%s)', (kind) => {
  let koers: DeliveryUnderTest;
  beforeEach(async () => {
    koers = await startDelivery(kind);
  });
  afterEach(() => koers.stop());

  const env = () => ({ ...koers.database.env, LOG_LEVEL: 'silent' });

  it('when run as of a moment, then exactly what is due by then goes out', async () => {
    const person = await koers.addPerson(1);
    const friday = new Date('2026-11-27T14:00:00Z');
    await koers.delivery.outbox.enqueue([card('p1:test:2026-W48', person.id, friday)], new Date());

    const early = await run(['jobs', 'run-due', '--at', '2026-11-27T14:59:59+01:00'], env());
    expect(early.out).toContain('queued 0, delivered or settled 0');
    expect(koers.connector.activitiesIn(personalChat(1))).toHaveLength(0);

    const onTime = await run(['jobs', 'run-due', '--at', '2026-11-27T15:00:00+01:00'], env());
    expect(onTime.code).toBe(0);
    expect(onTime.out).toContain('delivered or settled 1');
    expect(onTime.out).toContain('sent 1');
    expect(koers.connector.activitiesIn(personalChat(1))).toHaveLength(1);
  });

  it('when --at is not an ISO time, then it says how to write it and sends nothing', async () => {
    const result = await run(['jobs', 'run-due', '--at', 'vrijdag'], env());
    expect(result.code).toBe(2);
    expect(result.err).toContain('--at <ISO time');
  });
});
