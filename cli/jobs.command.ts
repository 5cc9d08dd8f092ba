import pino from 'pino';
import { z } from 'zod';
import { createDelivery } from '../infra/delivery/delivery';
import { openConfiguredDatabase } from '../infra/storage/database';
import { migrateToLatest } from '../infra/storage/migrate';
import { createAdapter } from '../bot/adapter';
import { loadKeys } from '../infra/crypto/keys';
import { createStores } from '../infra/storage/stores';
import { createPlanners } from '../jobs/planners';
import type { Config } from '../infra/config';
import { dispatch, parseCommandArgs } from './cli-args';
import type { CliCommand, CliIo } from './koers';

const usage = 'usage: koers jobs run-due [--at <ISO time, e.g. 2026-11-27T15:00:00+01:00>]';

const runDueArgs = z.object({
  at: z.iso.datetime({ offset: true, error: 'must be an ISO time with its offset' }).optional(),
});

/** `koers jobs run-due [--at <ISO time>]`: one scheduler pass as if it were that moment. */
export const jobs: CliCommand = (config, io, args) =>
  dispatch(io, args, { 'run-due': { usage, run: (rest) => runDue(config, io, rest) } });

async function runDue(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    { usage, options: { at: { type: 'string' } }, schema: runDueArgs },
    io,
  );
  if (!args) return 2;
  const at = args.at ? new Date(args.at) : new Date();
  const database = openConfiguredDatabase(config);
  try {
    await migrateToLatest(database);
    const delivery = createDelivery({
      config,
      database,
      // Log lines on stderr, written as they happen: the summary below is stdout's alone, and
      // an asynchronous stream would flush them after it, under the summary on a terminal.
      logger: pino({ level: config.logLevel }, pino.destination({ dest: 2, sync: true })),
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
}
