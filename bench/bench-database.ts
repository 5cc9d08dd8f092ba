import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database, type StorageKind } from '../infra/storage/database';
import { migrateToLatest } from '../infra/storage/migrate';
import { adminQuery } from '../tests/support/postgres-schemas';

export interface BenchDatabase extends Database {
  /** Settings that point Koers at this database. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** A fresh, migrated database for one benchmark run: a temporary SQLite file or a new schema. */
export async function openBenchDatabase(kind: StorageKind): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'koers-bench-'));
    const database = openDatabase({ kind, file: join(dir, 'koers.sqlite') });
    await migrateToLatest(database);
    return {
      ...database,
      env: { DATA_DIR: dir },
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? '';
  const schema = `koers_bench_${Date.now()}`;
  await adminQuery(admin, `create schema ${schema}`);
  const url = new URL(admin);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const database = openDatabase({ kind, url: url.toString() });
  await migrateToLatest(database);
  return {
    ...database,
    env: { DATABASE_URL: url.toString() },
    dispose: async () => {
      await database.close();
      await adminQuery(admin, `drop schema ${schema} cascade`);
    },
  };
}
