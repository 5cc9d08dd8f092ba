import { CompiledQuery } from 'kysely';
import type { Database } from '../../infra/storage/database';
import type { QueryTime } from './query-timer';

/**
 * The plan of a query the pass ran, with the parameters of its slowest run: SQLite's
 * EXPLAIN QUERY PLAN, or PostgreSQL's EXPLAIN ANALYZE (reads only: writes are not explained).
 */
export async function explain(database: Database, query: QueryTime): Promise<string[]> {
  const { sql, parameters } = query.slowest;
  if (!/^\s*select/i.test(sql)) return ['(not a select: not explained)'];
  if (database.kind === 'sqlite') {
    const plan = await database.db.executeQuery<{ id: number; parent: number; detail: string }>(
      CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]),
    );
    const depth = new Map<number, number>([[0, 0]]);
    return plan.rows.map((row) => {
      const level = (depth.get(row.parent) ?? 0) + 1;
      depth.set(row.id, level);
      return `${'  '.repeat(level)}${row.detail}`;
    });
  }
  const plan = await database.db.executeQuery<{ 'QUERY PLAN': string }>(
    CompiledQuery.raw(`explain (analyze, buffers) ${sql}`, [...parameters]),
  );
  return plan.rows.map((row) => `  ${row['QUERY PLAN']}`);
}
