import { sql } from 'kysely';
import type { TestDatabase } from './test-database';

/** Every table of the schema, as the database itself lists them (not as the code thinks). */
export async function allTables(database: TestDatabase): Promise<string[]> {
  const query =
    database.kind === 'postgres'
      ? sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`
      : sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%'`;
  return (await query.execute(database.db)).rows.map((r) => r.name).sort();
}

/** Each table whose rows, as text, contain any of the needles; with the needle found. */
export async function tablesContaining(
  database: TestDatabase,
  needles: string[],
): Promise<string[]> {
  const found: string[] = [];
  for (const table of await allTables(database)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      database.db,
    );
    const text = JSON.stringify(rows, (_key, value: unknown) =>
      value instanceof Date ? value.toISOString() : value,
    );
    for (const needle of needles) if (text.includes(needle)) found.push(`${table}: ${needle}`);
  }
  return found;
}
