/**
 * npm run bench:export [-- --n 100000 --only sqlite|postgres --formats csv,xlsx,qdpx --cpu-prof <dir>]
 *
 * Seeds one study with N logboek entries (encrypted as the store does it, from 200 people) once,
 * then runs the built `koers export` (dist/cli/koers.js) as a process of its own per format, as an
 * operator would. Prints rows, the process's wall time and rows/s, the file size, and the peak RSS
 * the process itself reports at exit (getrusage), against issue 18's targets. Figures only.
 * `--cpu-prof <dir>` has each export process write a V8 CPU profile there (node --cpu-prof).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { consentGiven } from '../tests/infra/storage/store-fixtures';
import { seedStudy, type SeededStudy } from '../tests/support/study';
import { dropSchemasOfRun, newRunPrefix } from '../tests/support/postgres-schemas';
import {
  databaseKinds,
  openTestDatabase,
  postgresUrl,
  type TestDatabase,
} from '../tests/support/test-database';
import { benchCipher, seedEntries } from './seed/entries';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    only: { type: 'string' },
    formats: { type: 'string', default: 'csv,xlsx,qdpx' },
    'cpu-prof': { type: 'string' },
  },
});
const N = Number(values.n);
const PEOPLE = 200;
const MB = 1024 * 1024;
const TARGET = { rss: 300, rate: 25_000 };
const root = resolve(__dirname, '..');
const cli = join(root, 'dist/cli/koers.js');
// Preloaded into each export process (node --require): at exit the process reports its own peak
// resident set and CPU time, as getrusage(2) counts them.
const peakReport = `process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write('\\npeak-rss-kb ' + maxRSS + ' cpu-us ' + (userCPUTime + systemCPUTime) + '\\n');
});`;

async function seed(database: TestDatabase, seeded: SeededStudy): Promise<void> {
  const { stores, organisationId, studyId } = seeded;
  const people: string[] = [];
  for (let i = 0; i < PEOPLE; i += 1) {
    const aadObjectId = `aad-bench-${i}`;
    const person = await stores.people.upsertFromTeams(
      {
        tenantId: 't',
        aadObjectId,
        teamsUserId: `29:bench-${i}`,
        name: `Bench ${i}`,
        locale: null,
      },
      new Date(0),
    );
    await stores.roster.importRoster(
      organisationId,
      [{ name: `Bench ${i}`, aadObjectId, role: 'aanjager' }],
      'bench',
      new Date(0),
    );
    await stores.consents.decide(person.id, studyId, consentGiven, new Date(0));
    people.push(person.id);
  }
  const start = Date.UTC(2020, 0, 6);
  await seedEntries(database.db, benchCipher(database.env.DATA_DIR!), N, (i) => {
    const at = new Date(start + i * 60_000);
    return {
      personId: people[i % PEOPLE]!,
      organisationId,
      period: `2026-W${String((i % 52) + 1).padStart(2, '0')}`,
      submittedAt: at,
      windowEndsAt: at,
    };
  });
}

interface Run {
  code: number | null;
  seconds: number;
  peakRssKb: number;
  cpuSeconds: number;
  rows: number;
  stderr: string;
  file: string;
}

/** `koers export` in a process of its own, with only the settings an operator would give it. */
function runExport(database: TestDatabase, studyId: string, format: string, dir: string) {
  const file = join(dir, `export.${format}`);
  const preload = join(dir, 'peak-report.cjs');
  writeFileSync(preload, peakReport);
  const args = ['export', '--study', studyId, '--format', format, '--out', file, '--as', 'bench'];
  const profile = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : [];
  const started = performance.now();
  const child = spawn(process.execPath, [...profile, '--require', preload, cli, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...database.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<Run>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      const usage = /peak-rss-kb (\d+) cpu-us (\d+)/.exec(stderr);
      done({
        code,
        seconds: (performance.now() - started) / 1000,
        peakRssKb: Number(usage?.[1] ?? NaN),
        cpuSeconds: Number(usage?.[2] ?? NaN) / 1e6,
        rows: Number(/(\d+) documents/.exec(stderr)?.[1] ?? NaN),
        stderr,
        file,
      });
    });
  });
}

function report(format: string, run: Run): void {
  if (run.code !== 0) {
    console.log(`${format.padEnd(5)} failed (exit ${run.code}):\n${run.stderr}`);
    return;
  }
  const rate = run.rows / run.seconds;
  const rss = run.peakRssKb / 1024;
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log(
    `${format.padEnd(5)} rows ${run.rows}  wall ${run.seconds.toFixed(2)} s  ${rate.toFixed(0)} rows/s ` +
      `(target >= ${TARGET.rate}: ${verdict(rate >= TARGET.rate)})  ` +
      `peak RSS ${rss.toFixed(0)} MB (target < ${TARGET.rss}: ${verdict(rss < TARGET.rss)})  ` +
      `CPU ${run.cpuSeconds.toFixed(2)} s (${(run.rows / run.cpuSeconds).toFixed(0)} rows per CPU second)  ` +
      `file ${(statSync(run.file).size / MB).toFixed(1)} MB`,
  );
}

async function bench(kind: 'sqlite' | 'postgres'): Promise<void> {
  const database = await openTestDatabase(kind);
  const dir = mkdtempSync(join(tmpdir(), 'koers-export-'));
  try {
    const seeded = await seedStudy(database);
    const seeding = performance.now();
    await seed(database, seeded);
    const seconds = (performance.now() - seeding) / 1000;
    console.log(`${kind}: seeded ${N} entries in ${seconds.toFixed(1)} s`);
    for (const format of values.formats.split(',')) {
      report(format, await runExport(database, seeded.studyId, format, dir));
      console.log(`      load average ${load()}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await database.dispose();
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${cli}; load average ${load()}`);
  // Outside jest, the PostgreSQL schemas of this run get their prefix here (as bench:scale does).
  const prefix = newRunPrefix();
  process.env.KOERS_TEST_SCHEMA_PREFIX = prefix;
  try {
    for (const kind of databaseKinds) if (!values.only || values.only === kind) await bench(kind);
  } finally {
    if (postgresUrl) await dropSchemasOfRun(postgresUrl, prefix);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
