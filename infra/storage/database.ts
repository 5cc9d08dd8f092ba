import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Dialect } from 'kysely';
import { Pool } from 'pg';
import { safeError, type Logger } from '../logger';
import type { KoersSchema } from './schema';
import { CurrentSchemaPostgresDialect } from './schema-introspector';
import { CachedStatements } from './sqlite-statements';
import { watchedDialect, type StatementWatch } from './statement-watch';

export type StorageKind = 'sqlite' | 'postgres';

export type DatabaseOptions = (
  | { kind: 'sqlite'; file: string; oneLongRead?: boolean }
  | { kind: 'postgres'; url: string; schema?: string }
) & {
  /** Told every statement sent (tests and benchmarks count them); none in production. */
  onStatement?: StatementWatch;
};

export interface Database {
  kind: StorageKind;
  db: Kysely<KoersSchema>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function sqliteFileIn(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'koers.sqlite');
}

/** Where a database's own errors go (a connection the server ended); never the process's end. */
export type DatabaseLog = Pick<Logger, 'warn'>;

export function openDatabase(options: DatabaseOptions, log?: DatabaseLog): Database {
  const dialect =
    options.kind === 'sqlite'
      ? sqliteDialect(options.file, options.oneLongRead ?? false)
      : postgresDialect(options, log);
  const db = new Kysely<KoersSchema>({
    dialect: options.onStatement ? watchedDialect(dialect, options.onStatement) : dialect,
  });
  return {
    kind: options.kind,
    db,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function sqliteDialect(file: string, oneLongRead: boolean): Dialect {
  const connection = new BetterSqlite3(file);
  connection.pragma('journal_mode = WAL');
  // In WAL mode NORMAL keeps every commit through a process crash (only a power cut can lose the
  // last ones) and does not fsync per commit, which keeps "sent but not yet recorded" short.
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  // Deleted content is overwritten with zeros, not left in free pages: stopping means gone.
  connection.pragma('secure_delete = ON');
  connection.pragma('busy_timeout = 5000');
  // The default 2 MB page cache holds little of a large study: a planning pass looks up every
  // keeper's week, and those look-ups then go to the file. 64 MB, and reads through mmap.
  // Not for one long read (an export reads each row once): mapped pages count in the process's
  // resident memory, so mapping a 100,000-entry database made the export's peak 120 MB higher.
  if (!oneLongRead) {
    connection.pragma('cache_size = -65536');
    connection.pragma('mmap_size = 268435456');
  }
  return new SqliteDialect({ database: new CachedStatements(connection) });
}

function postgresDialect(options: { url: string }, log: DatabaseLog | undefined): Dialect {
  const pool = new Pool({ connectionString: options.url, max: 10, connectionTimeoutMillis: 5000 });
  // A restart or failover ends every connection. pg emits that as an 'error' event, on the pool
  // for idle clients and on the client for one checked out between queries; an unheard 'error'
  // ends the process. The pool drops the broken client and the next query connects anew.
  const warn = (err: unknown) => log?.warn({ err: safeError(err) }, 'database connection lost');
  pool.on('error', warn);
  pool.on('connect', (client) => client.on('error', warn));
  return new CurrentSchemaPostgresDialect({ pool });
}

/**
 * PostgreSQL when DATABASE_URL is set, otherwise a SQLite file in DATA_DIR; `oneLongRead` for a
 * process that reads the study once (an export).
 */
export function openConfiguredDatabase(
  config: { databaseUrl: string | undefined; dataDir: string },
  log?: DatabaseLog,
  { oneLongRead = false } = {},
): Database {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl }, log)
    : openDatabase({ kind: 'sqlite', file: sqliteFileIn(config.dataDir), oneLongRead });
}
