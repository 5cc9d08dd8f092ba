import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { safeError } from '../logger';
import type { SharedPlanning } from './delivery-scheduler';
import type { SchedulerPass } from './scheduler-pass';

const QUEUE = 'koers-scheduler-pass';

/**
 * pg-boss keeps one cron schedule for all instances and hands each minute's job to exactly one
 * of them, so planning runs once per minute however many instances there are.
 */
export async function startPgBossPlanning(deps: {
  databaseUrl: string;
  pass: SchedulerPass;
  logger: Logger;
}): Promise<SharedPlanning> {
  const boss = new PgBoss({ connectionString: deps.databaseUrl, schema: 'koers_pgboss' });
  // pg-boss retries by itself when the database comes back; its errors carry the pg client.
  boss.on('error', (err) => deps.logger.warn({ err: safeError(err) }, 'pg-boss'));
  await boss.start();
  await ensureQueue(boss, QUEUE);
  await boss.schedule(QUEUE, '* * * * *', {}, { tz: 'UTC' });
  await boss.work(QUEUE, async () => {
    await deps.pass.plan(new Date());
  });
  return { stop: () => boss.stop({ graceful: true, wait: true }) };
}

const DEADLOCK = '40P01';

/**
 * Instances that start together both create the queue: pg-boss inserts its row and then attaches
 * a partition with a foreign key to the queue table in one transaction, so two such transactions
 * deadlock and PostgreSQL ends one. That one finds the queue made by the other.
 */
export async function ensureQueue(boss: PgBoss, name: string, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, { name, policy: 'singleton' });
      return;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code !== DEADLOCK || attempt >= attempts) throw err;
    }
  }
}
