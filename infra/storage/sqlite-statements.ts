import type { Database as BetterSqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The SQLite connection as Kysely's SqliteDriver sees it, keeping the statements it prepared.
 * The driver prepares every query afresh, and preparing cost more than running the query on the
 * inbound path (about a quarter of the CPU of saving a logboek card). The store's queries are a
 * fixed set, so the most recent `capacity` of them are kept, least recently used dropped first.
 */
export class CachedStatements implements SqliteDatabase {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly connection: BetterSqliteDatabase,
    private readonly capacity = 500,
  ) {}

  prepare(sql: string): Statement {
    const cached = this.statements.get(sql);
    // A statement still being iterated cannot run again; Kysely's single connection never does
    // that, but a fresh one is always safe.
    if (cached?.busy) return this.connection.prepare(sql);
    if (cached) {
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const statement = this.connection.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > this.capacity) {
      const oldest = this.statements.keys().next();
      if (!oldest.done) this.statements.delete(oldest.value);
    }
    return statement;
  }

  close(): void {
    this.statements.clear();
    this.connection.close();
  }
}
