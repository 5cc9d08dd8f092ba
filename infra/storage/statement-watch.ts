import type { CompiledQuery, DatabaseConnection, Dialect, Driver } from 'kysely';

/** Told the text of every statement sent to the database, `begin` and `commit` included. */
export type StatementWatch = (sql: string) => void;

/**
 * The dialect with every statement reported before it runs. Kysely's own `log` sees only the
 * queries, not the transaction's begin and commit, and a statement count is what tests assert.
 */
export function watchedDialect(dialect: Dialect, watch: StatementWatch): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new WatchedDriver(dialect.createDriver(), watch),
  };
}

class WatchedDriver implements Driver {
  private readonly inner = new WeakMap<DatabaseConnection, DatabaseConnection>();

  constructor(
    private readonly driver: Driver,
    private readonly watch: StatementWatch,
  ) {}

  init = () => this.driver.init();
  destroy = () => this.driver.destroy();

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.driver.acquireConnection();
    const watched: DatabaseConnection = {
      executeQuery: <R>(query: CompiledQuery) => {
        this.watch(query.sql);
        return connection.executeQuery<R>(query);
      },
      streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => {
        this.watch(query.sql);
        return connection.streamQuery<R>(query, chunkSize);
      },
    };
    this.inner.set(watched, connection);
    return watched;
  }

  // The driver's own begin and commit run on the watched connection, so they count. Koers uses
  // no savepoints; a watched database refuses them, as Kysely does for a driver without.
  beginTransaction: Driver['beginTransaction'] = (connection, settings) =>
    this.driver.beginTransaction(connection, settings);
  commitTransaction: Driver['commitTransaction'] = (connection) =>
    this.driver.commitTransaction(connection);
  rollbackTransaction: Driver['rollbackTransaction'] = (connection) =>
    this.driver.rollbackTransaction(connection);

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.driver.releaseConnection(this.inner.get(connection) ?? connection);
  }
}
