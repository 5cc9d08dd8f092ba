import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { ensureQueue } from '../../../infra/delivery/pg-boss.planning';
import { adminQuery, runPrefix } from '../../support/postgres-schemas';
import { postgresUrl } from '../../support/test-database';

const onPostgres = postgresUrl ? describe : describe.skip;

onPostgres('when instances start together on a fresh PostgreSQL database', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) {
      await adminQuery(postgresUrl ?? '', `drop schema if exists "${schema}" cascade`);
    }
  });

  it('then each finds or makes the scheduler queue, and none fails on the other', async () => {
    // Without the retry two pg-boss instances creating one queue deadlocked in 7 of 10 tries.
    for (let round = 0; round < 5; round += 1) {
      const schema = `${runPrefix()}boss_${randomUUID().slice(0, 8)}`;
      schemas.push(schema);
      const bosses = [0, 1].map(() => new PgBoss({ connectionString: postgresUrl, schema }));
      for (const boss of bosses) boss.on('error', () => undefined);
      await Promise.all(bosses.map((boss) => boss.start()));
      try {
        const made = await Promise.allSettled(bosses.map((boss) => ensureQueue(boss, 'pass')));
        expect(made.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
        expect(await bosses[0]?.getQueue('pass')).toMatchObject({ name: 'pass' });
      } finally {
        await Promise.all(bosses.map((boss) => boss.stop({ graceful: false, wait: true })));
      }
    }
  }, 120_000);
});
