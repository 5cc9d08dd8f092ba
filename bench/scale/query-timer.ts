import type {
  CompiledQuery,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export interface QueryTime {
  sql: string;
  count: number;
  ms: number;
  max: number;
  /** The slowest run, to EXPLAIN with its own parameters. */
  slowest: CompiledQuery;
}

/** Times every query of the stores it is plugged into, grouped by their SQL. */
export class QueryTimer implements KyselyPlugin {
  private readonly started = new WeakMap<QueryId, { at: number; node: RootOperationNode }>();
  private readonly times = new Map<string, QueryTime>();

  constructor(private readonly compile: (node: RootOperationNode, id: QueryId) => CompiledQuery) {}

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    this.started.set(queryId, { at: performance.now(), node });
    return node;
  }

  transformResult({
    queryId,
    result,
  }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const start = this.started.get(queryId);
    if (start) {
      const ms = performance.now() - start.at;
      const compiled = this.compile(start.node, queryId);
      const time = this.times.get(compiled.sql);
      if (!time)
        this.times.set(compiled.sql, {
          sql: compiled.sql,
          count: 1,
          ms,
          max: ms,
          slowest: compiled,
        });
      else {
        time.count += 1;
        time.ms += ms;
        if (ms > time.max) Object.assign(time, { max: ms, slowest: compiled });
      }
    }
    return Promise.resolve(result);
  }

  /** The queries that took longest in all, longest first. */
  top(n: number): QueryTime[] {
    return [...this.times.values()].sort((a, b) => b.ms - a.ms).slice(0, n);
  }

  reset(): void {
    this.times.clear();
  }
}
