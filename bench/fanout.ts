/**
 * npm run bench:fanout [-- --n 10000 --rps 30 --only sqlite|postgres --no-faults
 *   --send-timeout-ms 5000]
 *
 * Sends one card to N people through the real delivery engine (outbox, scheduler, drainer,
 * Bot Framework client) and a local fake Bot Connector that enforces Teams' per-thread and
 * global limits and injects faults (5% 429, 1% 503, 0.5% timeouts). Prints figures; never fails
 * on time. PostgreSQL runs when TEST_DATABASE_URL or DATABASE_URL is set.
 */
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { createAdapter } from '../bot/adapter';
import { loadConfig } from '../infra/config';
import { createDelivery } from '../infra/delivery/delivery';
import type { StorageKind } from '../infra/storage/database';
import { startFakeConnector } from '../tests/support/fake-connector';
import { seedFanOut } from '../tests/support/fan-out';
import { dropSchemasOfRun, newRunPrefix } from '../tests/support/postgres-schemas';
import { openTestDatabase, postgresUrl } from '../tests/support/test-database';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    rps: { type: 'string', default: '30' },
    only: { type: 'string' },
    'no-faults': { type: 'boolean', default: false },
    'send-timeout-ms': { type: 'string', default: '5000' },
  },
});
const N = Number(values.n);
const RPS = Number(values.rps);

async function run(kind: StorageKind): Promise<void> {
  const connector = await startFakeConnector();
  connector.enforceLimits({ globalPerSecond: RPS });
  if (!values['no-faults'])
    connector.injectFaults({
      throttle: 0.05,
      unavailable: 0.01,
      timeout: 0.005,
      retryAfterSeconds: 1,
    });
  const database = await openTestDatabase(kind);
  const queuedAt = Date.now();
  await seedFanOut(database, { count: N, serviceUrl: connector.url, notBefore: new Date() });
  const config = loadConfig({
    ...database.env,
    TEAMS_GLOBAL_RPS: String(RPS),
    TEAMS_SERVICE_URL: connector.url,
    TEAMS_SEND_TIMEOUT_MS: values['send-timeout-ms'],
    LOG_LEVEL: 'silent',
  });
  const delivery = createDelivery({
    config,
    database,
    logger: pino({ level: 'silent' }),
    adapter: createAdapter(config),
    planners: [],
  });

  const started = Date.now();
  await delivery.scheduler.start();
  for (;;) {
    const counts = await delivery.outbox.countByStatus();
    if (counts.sent + counts.dead + counts.skipped >= N) break;
    await sleep(100);
  }
  const wall = (Date.now() - started) / 1000;
  await delivery.scheduler.stop();
  const counts = await delivery.outbox.countByStatus();

  const deliveries = connector.deliveries();
  const reached = deliveries.size;
  const duplicated = [...deliveries.values()].reduce((sum, n) => sum + n, 0) - reached;
  const firstDelivery = new Map<string, number>();
  for (const sent of connector.activities()) {
    if (!firstDelivery.has(sent.conversationId))
      firstDelivery.set(sent.conversationId, sent.answeredAt);
  }
  const latencies = [...firstDelivery.values()]
    .map((at) => (at - queuedAt) / 1000)
    .sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  const faults = connector.calls.filter((c) => c.status !== 201 && c.status !== 200).length;

  console.log(
    [
      `${kind}: N=${N} at ${RPS}/s, send timeout ${values['send-timeout-ms']} ms`,
      `  wall time            ${wall.toFixed(1)} s`,
      `  achieved             ${(reached / wall).toFixed(2)} messages/s`,
      `  ratio to best (N/rate = ${(N / RPS).toFixed(1)} s)  ${(N / RPS / wall).toFixed(3)}`,
      `  lost                 ${N - reached}`,
      `  duplicated           ${duplicated}`,
      `  dead                 ${counts.dead}`,
      `  queue-to-delivered   p50 ${pct(0.5).toFixed(1)} s, p99 ${pct(0.99).toFixed(1)} s`,
      `  failed calls         ${faults} (injected faults and limit 429s), limit violations ${connector.limitViolations}`,
    ].join('\n'),
  );
  await connector.close();
  await database.dispose();
}

async function main(): Promise<void> {
  // The benchmark's databases are test databases: their schemas carry this run's prefix.
  const prefix = newRunPrefix();
  process.env.KOERS_TEST_SCHEMA_PREFIX = prefix;
  const kinds: StorageKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  for (const kind of kinds.filter((k) => !values.only || k === values.only)) await run(kind);
  if (postgresUrl) await dropSchemasOfRun(postgresUrl, prefix);
  else console.log('postgres: skipped (set TEST_DATABASE_URL to include it)');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
