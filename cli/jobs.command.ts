import pino from 'pino';
import { z } from 'zod';
import { createDelivery } from '../infra/delivery/delivery';
import { openConfiguredDatabase } from '../infra/storage/database';
import { migrateToLatest } from '../infra/storage/migrate';
import { createAdapter } from '../bot/adapter';
import { loadKeys } from '../infra/crypto/keys';
import { createStores } from '../infra/storage/stores';
import { createPlanners } from '../jobs/planners';
import type { CliCommand } from './koers';

const runDueArgs = z.union([
  z.tuple([z.literal('run-due')]),
  z.tuple([z.literal('run-due'), z.literal('--at'), z.iso.datetime({ offset: true })]),
]);

/** `koers jobs run-due [--at <ISO time>]`: one scheduler pass as if it were that moment. */
export const jobs: CliCommand = async (config, io, args) => {
  const parsed = runDueArgs.safeParse(args);
  if (!parsed.success) {
    io.err('usage: koers jobs run-due [--at <ISO time, e.g. 2026-11-27T15:00:00+01:00>]');
    return 2;
  }
  const at = parsed.data[2] ? new Date(parsed.data[2]) : new Date();
  const database = openConfiguredDatabase(config);
  try {
    await migrateToLatest(database);
    const delivery = createDelivery({
      config,
      database,
      logger: pino({ level: config.logLevel }, pino.destination(2)),
      adapter: createAdapter(config),
      planners: createPlanners(createStores(database, loadKeys(config)), config),
    });
    const { queued, settled } = await delivery.pass.runDue(at);
    const counts = await delivery.outbox.countByStatus();
    io.out(`pass as of ${at.toISOString()}: queued ${queued}, delivered or settled ${settled}`);
    io.out(
      `outbox now: ${Object.entries(counts)
        .map(([status, n]) => `${status} ${n}`)
        .join(', ')}`,
    );
    return 0;
  } finally {
    await database.close();
  }
};
