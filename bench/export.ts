/**
 * npm run bench:export [-- --n 100000]
 *
 * Seeds N logboek entries (encrypted as the store does it, from 200 people) into a temporary
 * SQLite database, then runs the research export to a temporary file in each format and prints
 * rows, seconds and peak RSS and heap (process.memoryUsage sampled every 20 ms). Figures only.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportStudy } from '../research/research-export';
import { consentGiven } from '../tests/infra/storage/store-fixtures';
import { benchCipher, seedEntries } from './seed/entries';
import { seedStudy, type SeededStudy } from '../tests/support/study';
import { openTestDatabase, type TestDatabase } from '../tests/support/test-database';

const { values } = parseArgs({ options: { n: { type: 'string', default: '100000' } } });
const N = Number(values.n);
const PEOPLE = 200;
const MB = 1024 * 1024;

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

async function measure(seeded: SeededStudy, format: 'xlsx' | 'csv', dir: string) {
  const file = join(dir, `export.${format}`);
  global.gc?.();
  const peak = { rss: 0, heap: 0, buffers: 0 };
  const sample = () => {
    const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heap = Math.max(peak.heap, heapUsed);
    peak.buffers = Math.max(peak.buffers, arrayBuffers);
  };
  const sampler = setInterval(sample, 20);
  const started = performance.now();
  const request = {
    studyId: seeded.studyId,
    format,
    layout: 'maxqda' as const,
    actor: 'cli',
    at: new Date(),
  };
  const { rows } = await exportStudy(seeded.stores, request, createWriteStream(file));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  const size = statSync(file).size / MB;
  console.log(
    `${format.padEnd(5)} rows ${rows}  ${seconds.toFixed(1)} s  ${(rows / seconds).toFixed(0)} rows/s  ` +
      `file ${size.toFixed(1)} MB  peak RSS ${(peak.rss / MB).toFixed(0)} MB  peak heap ${(peak.heap / MB).toFixed(0)} MB  ` +
      `peak buffers ${(peak.buffers / MB).toFixed(0)} MB`,
  );
}

async function main(): Promise<void> {
  const database = await openTestDatabase('sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'koers-export-'));
  try {
    const seeded = await seedStudy(database);
    const seeding = performance.now();
    await seed(database, seeded);
    const { rss, heapUsed } = process.memoryUsage();
    console.log(
      `sqlite: seeded ${N} entries in ${((performance.now() - seeding) / 1000).toFixed(1)} s; ` +
        `before export RSS ${(rss / MB).toFixed(0)} MB, heap ${(heapUsed / MB).toFixed(0)} MB`,
    );
    for (const format of ['csv', 'xlsx'] as const) await measure(seeded, format, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await database.dispose();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
