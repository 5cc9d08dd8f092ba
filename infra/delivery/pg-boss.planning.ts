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
  await boss.createQueue(QUEUE, { name: QUEUE, policy: 'singleton' });
  await boss.schedule(QUEUE, '* * * * *', {}, { tz: 'UTC' });
  await boss.work(QUEUE, async () => {
    await deps.pass.plan(new Date());
  });
  return { stop: () => boss.stop({ graceful: true, wait: true }) };
}
