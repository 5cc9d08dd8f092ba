/**
 * npm run bench:scale [-- --people 100000 --entries 1000000 --weeks 20 --schools 100 --passes 5
 *   --answered 0.5 --explain --no-inbound --only sqlite|postgres  (and bench:inbound's load options)]
 *
 * A database the size of a large study (people, ten weeks of encrypted logboek entries, this
 * week half answered), then: the scheduler's planning pass at quarter hours when people's moments
 * fall (target: under 250 ms), and the inbound benchmark on it against an empty database
 * (target: within 10%). Prints figures; never fails on them.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { StorageKind } from '../infra/storage/database';
import { refreshAllDue } from '../infra/storage/logboek-due';
import { dropSchemasOfRun, newRunPrefix } from '../tests/support/postgres-schemas';
import { openTestDatabase, postgresUrl } from '../tests/support/test-database';
import { commandLine, inboundArgs, inboundOptions } from './inbound/cli';
import { startConnectorProcess, type ConnectorHandle } from './inbound/connector';
import { koersOnFreshDatabase, measureKoersOn } from './inbound/koers-run';
import { describeOptions, printMachine } from './inbound/report';
import { benchCipher } from './seed/entries';
import { scenarioStart } from './seed/scenario';
import { explain } from './scale/explain';
import { seedHistory } from './scale/history';
import { runPasses } from './scale/passes';
import { seedPopulation } from './scale/population';
import { printInboundChange, printPasses, printQueries } from './scale/report';
import { seedThisWeek } from './scale/this-week';

const { values } = parseArgs({
  options: {
    ...inboundArgs,
    people: { type: 'string', default: '100000' },
    entries: { type: 'string', default: '1000000' },
    weeks: { type: 'string', default: '20' },
    schools: { type: 'string', default: '100' },
    passes: { type: 'string', default: '5' },
    answered: { type: 'string', default: '0.5' },
    'inbound-people': { type: 'string', default: '1000' },
    explain: { type: 'boolean', default: false },
    'no-inbound': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const load = inboundOptions(values);
const PEOPLE = Number(values.people);
const PER_PERSON = Math.round(Number(values.entries) / PEOPLE);
const INBOUND_PEOPLE = Number(values['inbound-people']);

const ANALYSED = [
  'people',
  'members',
  'member_roles',
  'organisations',
  'logboek_settings',
  'logboek_weeks',
  'outbox',
  'consent_events',
  'contributions',
];

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function run(kind: StorageKind, connector: ConnectorHandle): Promise<void> {
  const start = scenarioStart();
  // The load saves this week, then weeks before the history: every save a new entry.
  const scene = { start, freeFrom: Number(values.weeks) + 1 };
  console.log(
    `\n${kind}: ${PEOPLE} people, ${PER_PERSON} entries each over ${values.weeks} weeks, ` +
      `passes from ${start.toISOString()}`,
  );
  const empty = values['no-inbound']
    ? undefined
    : await koersOnFreshDatabase(kind, INBOUND_PEOPLE, connector, load, scene);
  const database = await openTestDatabase(kind);
  try {
    const seeding = performance.now();
    const { keepers } = await seedPopulation(database, {
      people: PEOPLE,
      schools: Number(values.schools),
      serviceUrl: connector.url,
      at: start,
    });
    const people = seconds(seeding);
    const cipher = benchCipher(database.env.DATA_DIR ?? '');
    const history = await seedHistory(database, cipher, keepers, {
      weeks: Number(values.weeks),
      perPerson: PER_PERSON,
      at: start,
    });
    const thisWeek = await seedThisWeek(database, cipher, keepers, {
      at: start,
      answered: Number(values.answered),
      reminderDelayDays: 2,
    });
    console.log(
      `  seeded in ${seconds(seeding)} (people ${people}): ${history.entries + thisWeek.written} entries, ` +
        `${history.weeks + thisWeek.prompted} logboek weeks; this week ${thisWeek.prompted} prompted, ${thisWeek.written} wrote`,
    );
    // Rows written straight into the tables: the next-due index is filled as migration 0019 does.
    const indexing = performance.now();
    await refreshAllDue(database.db, start);
    console.log(`  next-due index filled in ${seconds(indexing)}`);
    // A live SQLite checkpoints its WAL as it goes; after bulk seeding the first write would copy
    // the whole seeded WAL into the database inside the first pass.
    if (kind === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);
    // A live PostgreSQL has statistics (autovacuum analyses after large writes); fresh bulk
    // inserts have none, and the planner would then pick nested loops for 100,000 rows.
    if (kind === 'postgres')
      await sql`analyze ${sql.raw(ANALYSED.join(', '))}`.execute(database.db);
    const { passes, timer } = await runPasses(database, start, Number(values.passes));
    printPasses(passes);
    printQueries(timer.top(values.explain ? 3 : 5), passes.length);
    if (values.explain) {
      for (const query of timer.top(3)) {
        console.log(`  plan of: ${query.sql.replace(/\s+/g, ' ').slice(0, 110)}`);
        console.log((await explain(database, query)).join('\n'));
      }
    }
    if (empty) {
      const open = thisWeek.open.slice(0, INBOUND_PEOPLE);
      const full = await measureKoersOn(database, open, scene, connector, load);
      printInboundChange(empty, full, load.rate);
    }
  } finally {
    await database.dispose();
  }
}

async function main(): Promise<void> {
  printMachine(commandLine('scale.ts'));
  if (!values['no-inbound']) console.log(describeOptions(load));
  const prefix = newRunPrefix();
  process.env.KOERS_TEST_SCHEMA_PREFIX = prefix;
  const kinds: StorageKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  const connector = await startConnectorProcess();
  try {
    for (const kind of kinds.filter((k) => !values.only || k === values.only)) {
      await run(kind, connector);
    }
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
