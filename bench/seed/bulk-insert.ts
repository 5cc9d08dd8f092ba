import type { InsertObject, Kysely } from 'kysely';
import type { KoersSchema } from '../../infra/storage/schema';

// SQLite binds at most 32,766 values in one statement, PostgreSQL 65,535.
const MAX_VALUES = 30_000;

/**
 * Inserts rows as multi-row statements, as many as fit in one: seeding 100,000 people a row at a
 * time through the stores would take longer than the benchmark. Run it inside a transaction.
 */
export async function insertRows<T extends keyof KoersSchema>(
  db: Kysely<KoersSchema>,
  table: T,
  rows: InsertObject<KoersSchema, T>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / Object.keys(first).length));
  for (let from = 0; from < rows.length; from += perStatement) {
    await db
      .insertInto(table)
      .values(rows.slice(from, from + perStatement))
      .execute();
  }
}
