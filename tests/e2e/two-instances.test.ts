import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector';
import { seedFanOut } from '../support/fan-out';
import { buildKoers, metric, spawnKoers, type KoersProcess } from '../support/koers-process';
import { openTestDatabase, postgresUrl, type TestDatabase } from '../support/test-database';

const RECIPIENTS = 2000;

(postgresUrl ? describe : describe.skip)('when two instances share one PostgreSQL database', () => {
  let connector: FakeConnector;
  let database: TestDatabase;
  let instances: KoersProcess[] = [];

  beforeAll(() => buildKoers(), 120_000);
  beforeEach(async () => {
    connector = await startFakeConnector();
    database = await openTestDatabase('postgres');
  });
  afterEach(async () => {
    for (const instance of instances) instance.child.kill('SIGTERM');
    await Promise.all(instances.map((instance) => instance.exited));
    instances = [];
    await connector.close();
    await database.dispose();
  });

  it('then both drain the same 2,000 messages and none is sent twice', async () => {
    const settings = { ...database.env, TEAMS_GLOBAL_RPS: '400' };
    instances = await Promise.all([spawnKoers(settings), spawnKoers(settings)]);
    await seedFanOut(database, {
      count: RECIPIENTS,
      serviceUrl: connector.url,
      notBefore: new Date(),
    });

    const deadline = Date.now() + 90_000;
    while (connector.deliveries().size < RECIPIENTS && Date.now() < deadline) await sleep(50);
    await sleep(500);

    const counts = [...connector.deliveries().values()];
    const duplicates = counts.reduce((sum, n) => sum + n, 0) - counts.length;
    const sentBy = await Promise.all(
      instances.map(async (i) => metric(await i.metrics(), 'koers_outbox_sent_total')),
    );
    console.log(`two instances: sent ${sentBy.join(' + ')}, ${duplicates} duplicates`);
    expect(counts.length).toBe(RECIPIENTS);
    expect(duplicates).toBe(0);
    expect(sentBy.every((n) => n > 0)).toBe(true);
    expect(sentBy.reduce((a, b) => a + b, 0)).toBe(RECIPIENTS);
  }, 180_000);
});
