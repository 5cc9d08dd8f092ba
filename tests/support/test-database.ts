import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase, type Database, type StorageKind } from '../../infra/storage/database';
import { migrateToLatest } from '../../infra/storage/migrate';

export const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

if (process.env.CI && !postgresUrl) {
  throw new Error('CI must run the PostgreSQL suite: set TEST_DATABASE_URL (see .ci/run).');
}

/** The stores every storage test runs on: SQLite always, PostgreSQL when a URL is given. */
export const databaseKinds: StorageKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends Database {
  /** Closes the database and removes its file or schema. */
  dispose(): Promise<void>;
  /** What `openDatabase` needs to open a second connection to the same data. */
  location: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };
}

/** A fresh, migrated database of its own: a temporary SQLite file or a new PostgreSQL schema. */
export async function openTestDatabase(kind: StorageKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'koers-test-'));
    const location = { kind: 'sqlite' as const, file: join(dir, 'koers.sqlite') };
    const database = openDatabase(location);
    await migrateToLatest(database);
    return {
      ...database,
      location,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!postgresUrl) throw new Error('No TEST_DATABASE_URL or DATABASE_URL set.');
  const schema = `koers_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await adminQuery(`create schema ${schema}`);
  const location = { kind: 'postgres' as const, url: postgresUrl, schema };
  const database = openDatabase(location);
  await migrateToLatest(database);
  return {
    ...database,
    location,
    dispose: async () => {
      await database.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
