import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database, type StorageKind } from '../../infra/storage/database';
import type { StatementWatch } from '../../infra/storage/statement-watch';
import { migrateToLatest } from '../../infra/storage/migrate';
import { adminQuery, runPrefix } from './postgres-schemas';

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
  location: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /**
   * What a child process needs to share it: DATA_DIR (the SQLite file, and on both stores the
   * local key files) and, for PostgreSQL, DATABASE_URL.
   */
  env: Record<string, string>;
}

/**
 * A fresh, migrated database of its own: a temporary SQLite file or a new PostgreSQL schema.
 * `onStatement` is told every statement this connection sends, the migrations' too.
 */
export async function openTestDatabase(
  kind: StorageKind,
  options: { onStatement?: StatementWatch } = {},
): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'koers-test-'));
    const location = { kind: 'sqlite' as const, file: join(dir, 'koers.sqlite') };
    const env = { DATA_DIR: dir };
    const database = openDatabase({ ...location, ...options });
    await migrateToLatest(database);
    return {
      ...database,
      location,
      env,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!postgresUrl) throw new Error('No TEST_DATABASE_URL or DATABASE_URL set.');
  const schema = `${runPrefix()}${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await adminQuery(postgresUrl, `create schema ${schema}`);
  // Every connection to this URL, in this process or a child, works inside the test's schema.
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const location = { kind: 'postgres' as const, url: url.toString() };
  const database = openDatabase({ ...location, ...options });
  await migrateToLatest(database);
  const keysDir = mkdtempSync(join(tmpdir(), 'koers-keys-'));
  return {
    ...database,
    location,
    env: { DATABASE_URL: location.url, DATA_DIR: keysDir },
    dispose: async () => {
      await database.close();
      rmSync(keysDir, { recursive: true, force: true });
      await adminQuery(postgresUrl, `drop schema if exists ${schema} cascade`);
    },
  };
}
