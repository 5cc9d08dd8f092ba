import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * Every test drops its PostgreSQL schema when it is done; a run that was killed leaves its
 * schemas behind, and a later run's setup drops those once they are an hour old (another run on
 * the same database, such as a developer's suite beside CI, may still be using younger ones).
 */
export const runPrefix = (): string => {
  const prefix = process.env.KOERS_TEST_SCHEMA_PREFIX;
  if (!prefix) throw new Error('jest globalSetup did not run (tests/support/jest-global-setup.ts)');
  return prefix;
};

const PREFIX = 'koers_test_';
const STALE_AFTER_MS = 3_600_000;

/** `koers_test_<start minute since epoch>_<random>_`: the start time says when it is stale. */
export function newRunPrefix(now = Date.now()): string {
  const minute = Math.floor(now / 60_000);
  return `${PREFIX}${minute}_${randomUUID().replace(/-/g, '').slice(0, 8)}_`;
}

/** Schemas of runs that started long enough ago to be over, and of the old unstamped kind. */
export function isStaleSchema(name: string, now = Date.now()): boolean {
  if (!name.startsWith(PREFIX)) return false;
  const stamp = /^koers_test_(\d+)_[0-9a-f]{8}_/.exec(name);
  if (!stamp) return true;
  return Number(stamp[1]) * 60_000 < now - STALE_AFTER_MS;
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Schemas of runs that started long enough ago to be over (at the start of every run). */
export function dropStaleSchemas(url: string): Promise<void> {
  return dropSchemas(url, (name) => isStaleSchema(name));
}

/** All of one run's schemas, for a run that knows nothing else uses them (the benchmark). */
export function dropSchemasOfRun(url: string, prefix: string): Promise<void> {
  return dropSchemas(url, (name) => name.startsWith(prefix));
}

/** One statement per schema: one transaction for all of them runs out of PostgreSQL's locks. */
async function dropSchemas(url: string, which: (name: string) => boolean): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'select nspname as name from pg_namespace where nspname like $1',
      [`${PREFIX}%`],
    );
    for (const { name } of rows.filter((row) => which(row.name))) {
      await client.query(`drop schema if exists ${client.escapeIdentifier(name)} cascade`);
    }
  } finally {
    await client.end();
  }
}
