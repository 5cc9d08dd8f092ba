import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase, type Database } from '../../infra/storage/database';
import { migrateToLatest } from '../../infra/storage/migrate';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector';
import { seedFanOut } from '../support/fan-out';
import { buildKoers, spawnKoers, type KoersProcess } from '../support/koers-process';
import {
  privatePostgresUnavailable,
  startPrivatePostgres,
  type PrivatePostgres,
} from '../support/private-postgres';
import { activities, teamsUser } from '../support/teams-activities';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECIPIENTS = 400;
const unavailable = privatePostgresUnavailable();
if (unavailable && process.env.CI) {
  throw new Error(`CI must run the database restart test, but ${unavailable}.`);
}

async function until(condition: () => Promise<boolean> | boolean, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const health = async (koers: KoersProcess) =>
  (await fetch(`http://127.0.0.1:${koers.port}/healthz`)).status;

(unavailable ? describe.skip : describe)('when the database restarts under a busy bot', () => {
  let postgres: PrivatePostgres;
  let connector: FakeConnector;
  let database: Database;
  let keysDir: string;
  let instances: KoersProcess[] = [];
  let writing = false;

  beforeAll(() => buildKoers(), 120_000);
  beforeEach(async () => {
    postgres = await startPrivatePostgres();
    connector = await startFakeConnector();
    database = openDatabase({ kind: 'postgres', url: postgres.url });
    await migrateToLatest(database);
    keysDir = mkdtempSync(join(tmpdir(), 'koers-keys-'));
  }, 60_000);
  afterEach(async () => {
    writing = false;
    for (const instance of instances) instance.child.kill('SIGKILL');
    await Promise.all(instances.map((instance) => instance.exited));
    instances = [];
    await connector.close();
    await database.close();
    postgres.destroy();
    rmSync(keysDir, { recursive: true, force: true });
  });

  it('then both instances live on, health says 503 then 200, every message is answered and no card is lost', async () => {
    const settings = { DATABASE_URL: postgres.url, DATA_DIR: keysDir, TEAMS_GLOBAL_RPS: '50' };
    instances = await Promise.all([spawnKoers(settings), spawnKoers(settings)]);
    writing = true;
    await seedFanOut(database, {
      count: RECIPIENTS,
      serviceUrl: connector.url,
      notBefore: new Date(),
    });

    // People keep writing to both instances, one new person per message, before, during and after.
    const [first, second] = instances as [KoersProcess, KoersProcess];
    let sent = 0;
    const writer = (async () => {
      while (writing) {
        const n = ++sent;
        const user = teamsUser(10_000 + n);
        const message = activities.message({ serviceUrl: connector.url, user }, 'help');
        await fetch(`http://127.0.0.1:${(n % 2 ? first : second).port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(message),
        }).catch(() => undefined);
        await sleep(50);
      }
    })();

    await until(
      () => connector.deliveries().size >= RECIPIENTS / 4,
      60_000,
      'the fan-out to start',
    );
    postgres.stop();
    const stoppedAt = Date.now();
    await until(
      async () => (await Promise.all(instances.map(health))).every((status) => status === 503),
      20_000,
      'both to say 503',
    );
    await sleep(2_000);
    postgres.start();
    await until(
      async () => (await Promise.all(instances.map(health))).every((status) => status === 200),
      30_000,
      'both to say 200 again',
    );
    const backAfter = Date.now() - stoppedAt;
    await sleep(2_000);
    writing = false;
    await writer;

    await until(
      async () => {
        const row = await database.db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('status', '=', 'sent')
          .where('purpose', '=', 'fan-out')
          .executeTakeFirstOrThrow();
        return Number(row.n) === RECIPIENTS;
      },
      // A send that timed out on a loaded machine waits out its backoff before it is tried again.
      180_000,
      'the outbox to drain',
    );
    const unanswered = Array.from({ length: sent }, (_, i) => teamsUser(10_001 + i)).filter(
      (user) => connector.activitiesIn(`a:personal-${user.id}`).length === 0,
    );
    const fanOut = [...connector.deliveries().keys()].filter((id) =>
      /^a:personal-\d+$/.test(id),
    ).length;
    console.log(
      `database restart: ${sent} messages, ${unanswered.length} unanswered; healthy again ` +
        `${backAfter} ms after the stop; fan-out ${fanOut} of ${RECIPIENTS} reached`,
    );
    expect(instances.map((instance) => instance.child.exitCode)).toEqual([null, null]);
    expect(unanswered).toEqual([]);
    expect(fanOut).toBe(RECIPIENTS);
  }, 400_000);
});
