/**
 * npm run bench:fanout [-- --n 10000 --rps 30 --only sqlite|postgres --no-faults
 *   --send-timeout-ms 5000]
 * npm run bench:fanout -- --tenants 100 --per-tenant 200 [--rps 30 ...]
 *
 * Sends one card to N people through the real delivery engine (outbox, scheduler, drainer,
 * Bot Framework client) and a local fake Bot Connector (in a child process) that enforces Teams'
 * per-thread limits and each tenant's app-wide rate, and injects faults (5% 429, 1% 503, 0.5%
 * timeouts). With --tenants, N = tenants x per-tenant, queued school after school, and a bare
 * botbuilder sender first sends to the same people through the same connector without limits or
 * faults, as the baseline. Prints figures; never fails on time. PostgreSQL runs when
 * TEST_DATABASE_URL or DATABASE_URL is set.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { createAdapter } from '../bot/adapter';
import { loadConfig } from '../infra/config';
import { createDelivery } from '../infra/delivery/delivery';
import type { StorageKind } from '../infra/storage/database';
import { seedFanOut } from '../tests/support/fan-out';
import { dropSchemasOfRun, newRunPrefix } from '../tests/support/postgres-schemas';
import { openTestDatabase, postgresUrl } from '../tests/support/test-database';
import { runBareSender, type BareRun } from './fanout/bare-sender';
import { startConnectorProcess, type ConnectorHandle } from './fanout/connector';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    tenants: { type: 'string' },
    'per-tenant': { type: 'string', default: '200' },
    rps: { type: 'string', default: '30' },
    only: { type: 'string' },
    'no-faults': { type: 'boolean', default: false },
    'send-timeout-ms': { type: 'string', default: '5000' },
  },
});
const TENANTS = Number(values.tenants ?? 1);
const PER_TENANT = values.tenants ? Number(values['per-tenant']) : Number(values.n);
const N = TENANTS * PER_TENANT;
const RPS = Number(values.rps);
/** The drainer's lanes (infra/delivery/delivery.ts); the bare sender runs as many loops. */
const CONCURRENCY = 8;

const tenantOf = (t: number) => `school-${t}`;

async function run(
  kind: StorageKind,
  connector: ConnectorHandle,
  bare: BareRun | undefined,
): Promise<void> {
  await connector.reset();
  await connector.enforceLimits({ globalPerSecond: RPS });
  if (!values['no-faults'])
    await connector.injectFaults({
      throttle: 0.05,
      unavailable: 0.01,
      timeout: 0.005,
      retryAfterSeconds: 1,
    });
  const database = await openTestDatabase(kind);
  const queuedAt = Date.now();
  for (let t = 0; t < TENANTS; t++) {
    await seedFanOut(database, {
      count: PER_TENANT,
      serviceUrl: connector.url,
      notBefore: new Date(),
      tenantId: tenantOf(t),
      from: t * PER_TENANT,
    });
  }
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

  const { metrics } = delivery;
  const cpu = process.cpuUsage();
  const started = Date.now();
  await delivery.scheduler.start();
  // In-memory counters, so watching for the end adds no database work to what is measured.
  while (metrics.sent + metrics.dead < N) await sleep(20);
  const wall = (Date.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await delivery.scheduler.stop();
  const counts = await delivery.outbox.countByStatus();
  const report = await connector.report(queuedAt);
  const latencies = report.firstDelivery;
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  const achieved = report.reached / wall;
  const cpuMs = (used.user + used.system) / 1000 / N;

  console.log(
    [
      TENANTS > 1
        ? `${kind}: ${TENANTS} tenants x ${PER_TENANT} = ${N} at ${RPS}/s per tenant, send timeout ${values['send-timeout-ms']} ms`
        : `${kind}: N=${N} at ${RPS}/s, send timeout ${values['send-timeout-ms']} ms`,
      `  wall time            ${wall.toFixed(1)} s (99% delivered after ${(pct(0.99) - (started - queuedAt) / 1000).toFixed(1)} s)`,
      `  achieved             ${achieved.toFixed(2)} messages/s`,
      TENANTS > 1 && bare
        ? `  ratio to bare sender (${(bare.sent / bare.seconds).toFixed(1)}/s)  ${(achieved / (bare.sent / bare.seconds)).toFixed(3)}`
        : `  ratio to best (N/rate = ${(N / RPS).toFixed(1)} s)  ${(N / RPS / wall).toFixed(3)}`,
      `  lost                 ${N - report.reached}`,
      `  duplicated           ${report.duplicated}`,
      `  dead                 ${counts.dead}`,
      `  queue-to-delivered   p50 ${pct(0.5).toFixed(1)} s, p99 ${pct(0.99).toFixed(1)} s`,
      `  CPU                  ${cpuMs.toFixed(2)} ms per message (this process${kind === 'postgres' ? '; PostgreSQL server not included' : ''})`,
      `  failed calls         ${report.failedCalls} (injected faults and limit 429s), limit violations ${report.limitViolations}`,
      `  load average         ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    ].join('\n'),
  );
  await database.dispose();
}

/** The baseline: the same people, the same connector, no limits, no faults. */
async function runBare(connector: ConnectorHandle): Promise<BareRun> {
  await connector.reset();
  const references = Array.from({ length: N }, (_, i) => ({
    channelId: 'msteams',
    serviceUrl: connector.url,
    conversation: {
      id: `a:personal-${i}`,
      conversationType: 'personal',
      tenantId: tenantOf(Math.floor(i / PER_TENANT)),
      isGroup: false,
      name: '',
    },
    bot: { id: '28:koers', name: 'koers' },
  }));
  const bare = await runBareSender(references, CONCURRENCY);
  const report = await connector.report(Date.now());
  console.log(
    [
      `bare sender: ${N} sends, ${CONCURRENCY} at a time, no limits, no faults`,
      `  wall time            ${bare.seconds.toFixed(1)} s`,
      `  achieved             ${(bare.sent / bare.seconds).toFixed(2)} messages/s`,
      `  reached              ${report.reached} (failed ${bare.failed})`,
      `  CPU                  ${bare.cpuMsPerMessage.toFixed(2)} ms per message`,
    ].join('\n'),
  );
  return bare;
}

async function main(): Promise<void> {
  // The benchmark's databases are test databases: their schemas carry this run's prefix.
  const prefix = newRunPrefix();
  process.env.KOERS_TEST_SCHEMA_PREFIX = prefix;
  const connector = await startConnectorProcess();
  try {
    const bare = TENANTS > 1 ? await runBare(connector) : undefined;
    const kinds: StorageKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
    for (const kind of kinds.filter((k) => !values.only || k === values.only)) {
      await run(kind, connector, bare);
    }
  } finally {
    await connector.close();
  }
  if (postgresUrl) await dropSchemasOfRun(postgresUrl, prefix);
  else console.log('postgres: skipped (set TEST_DATABASE_URL to include it)');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
