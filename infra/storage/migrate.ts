import { Migrator } from 'kysely';
import type { Database } from './database';
import { peopleAndConversations } from './migrations/0001-people-and-conversations';
import { botState } from './migrations/0002-bot-state';

function migratorFor(database: Database): Migrator {
  const migrations = {
    '0001-people-and-conversations': peopleAndConversations(database.kind),
    '0002-bot-state': botState(database.kind),
  };
  return new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
}

/**
 * Brings the schema up to date and returns the names it applied. Kysely takes a lock
 * (advisory lock on PostgreSQL), so several instances may start at once.
 */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const { error, results } = await migratorFor(database).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations not yet applied, for `koers doctor`. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const all = await migratorFor(database).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
