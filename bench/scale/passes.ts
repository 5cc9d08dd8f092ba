import pino from 'pino';
import { createAdapter } from '../../bot/adapter';
import { createPlanners } from '../../jobs/planners';
import { loadConfig } from '../../infra/config';
import { loadKeys } from '../../infra/crypto/keys';
import { createDelivery } from '../../infra/delivery/delivery';
import type { Planner } from '../../infra/delivery/scheduler-pass';
import { createStores } from '../../infra/storage/stores';
import type { TestDatabase } from '../../tests/support/test-database';
import { QueryTimer } from './query-timer';

export interface PassFigures {
  at: Date;
  ms: number;
  /** This process's CPU time in the pass (all of it on SQLite; on PostgreSQL the server's is not in it). */
  cpuMs: number;
  /** Milliseconds and drafts per planner, in the order the pass runs them. */
  planners: { name: string; ms: number; drafts: number }[];
  /** New outbox rows by purpose: the prompts and reminders this pass found due. */
  queued: Record<string, number>;
}

const QUARTER_MS = 15 * 60_000;

/**
 * The pass the scheduler runs once a minute (SchedulerPass.plan: every planner, then the outbox),
 * built as bot/main builds it, at `count` quarter hours from `start`: each finds the people whose
 * moment is then. The stores run through a QueryTimer, so the figures say where the time goes.
 */
export async function runPasses(database: TestDatabase, start: Date, count: number) {
  const config = loadConfig({
    ...database.env,
    LOG_LEVEL: 'silent',
    SCHEDULER: 'off',
    TEAMS_SERVICE_URL: 'http://127.0.0.1:9/',
  });
  const timer = new QueryTimer((node, id) => database.db.getExecutor().compileQuery(node, id));
  const timed = { ...database, db: database.db.withPlugin(timer) };
  const stores = createStores(timed, loadKeys(config));
  let current: PassFigures['planners'] = [];
  const planners = createPlanners(stores, config).map((planner): Planner => ({
    name: planner.name,
    plan: async (at, queue) => {
      const started = performance.now();
      let queued = 0;
      const drafts = await planner.plan(at, async (batch) => {
        queued += batch.length;
        await queue(batch);
      });
      const ms = performance.now() - started;
      current.push({ name: planner.name, ms, drafts: queued + drafts.length });
      return drafts;
    },
  }));
  const delivery = createDelivery({
    config,
    database: timed,
    logger: pino({ level: 'silent' }),
    adapter: createAdapter(config),
    planners,
  });
  const passes: PassFigures[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = new Date(start.getTime() + i * QUARTER_MS);
    current = [];
    const started = performance.now();
    const cpu = process.cpuUsage();
    await delivery.pass.plan(at);
    const ms = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const cpuMs = (user + system) / 1000;
    passes.push({ at, ms, cpuMs, planners: current, queued: await queuedAt(database, at) });
  }
  return { passes, timer };
}

async function queuedAt(database: TestDatabase, at: Date): Promise<Record<string, number>> {
  const rows = await database.db
    .selectFrom('outbox')
    .select((eb) => ['purpose', eb.fn.countAll<string | number>().as('n')])
    .where('created_at', '=', at.toISOString())
    .groupBy('purpose')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.purpose, Number(row.n)]));
}
