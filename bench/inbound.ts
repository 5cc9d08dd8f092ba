/**
 * npm run bench:inbound [-- --duration 10 --warmup 3 --connections 10 --rate 200 --people 1000
 *   --via both|submit|execute --only sqlite|postgres]
 *
 * Requests per second and p50/p99 latency of Bot Framework's bare echo bot (the baseline) and of
 * Koers saving a logboek card end to end (validation, consent check, encryption, database write,
 * receipt), both in local mode against a fake Bot Connector, with the same autocannon load: as
 * fast as it goes at N connections, then at a fixed rate. Prints figures and the ratio
 * Koers/bare; never fails on them. PostgreSQL runs when TEST_DATABASE_URL or DATABASE_URL is set.
 */
import { parseArgs } from 'node:util';
import type { StorageKind } from '../infra/storage/database';
import { dropSchemasOfRun, newRunPrefix } from '../tests/support/postgres-schemas';
import { postgresUrl } from '../tests/support/test-database';
import { commandLine, inboundArgs, inboundOptions } from './inbound/cli';
import { startConnectorProcess } from './inbound/connector';
import { koersOnFreshDatabase } from './inbound/koers-run';
import { measureBare, type TargetFigures } from './inbound/measure';
import { describeOptions, printMachine, printRatios, printTable } from './inbound/report';

const { values } = parseArgs({
  options: {
    ...inboundArgs,
    people: { type: 'string', default: '1000' },
    only: { type: 'string' },
  },
});
const options = inboundOptions(values);
const PEOPLE = Number(values.people);

async function main(): Promise<void> {
  printMachine(commandLine('inbound.ts'));
  console.log(describeOptions(options));
  // The benchmark's databases are test databases: their schemas carry this run's prefix.
  const prefix = newRunPrefix();
  process.env.KOERS_TEST_SCHEMA_PREFIX = prefix;
  const kinds: StorageKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  const connector = await startConnectorProcess();
  try {
    const bare = await measureBare(connector, options);
    const koers: TargetFigures[] = [];
    // Both ways a Save button comes, against the one baseline: --via picks one of them.
    const vias = values.via === 'both' ? (['execute', 'submit'] as const) : [options.via];
    for (const kind of kinds.filter((k) => !values.only || k === values.only)) {
      for (const via of vias) {
        koers.push(await koersOnFreshDatabase(kind, PEOPLE, connector, { ...options, via }));
      }
    }
    printTable([bare, ...koers], options);
    printRatios(bare, koers, options.rate);
    if (!postgresUrl) console.log('postgres: skipped (set TEST_DATABASE_URL to include it)');
  } finally {
    await connector.close();
    if (postgresUrl) await dropSchemasOfRun(postgresUrl, prefix);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
