import { z } from 'zod';
import { openConfiguredDatabase } from '../infra/storage/database';
import { migrateToLatest } from '../infra/storage/migrate';
import { parseCommandArgs } from './cli-args';
import type { CliCommand } from './koers';

export const migrate: CliCommand = async (config, io, rest) => {
  const usage = 'usage: koers migrate';
  if (!parseCommandArgs(rest, { usage, options: {}, schema: z.object({}) }, io)) return 2;
  const database = openConfiguredDatabase(config);
  try {
    const applied = await migrateToLatest(database);
    io.out(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    return 0;
  } finally {
    await database.close();
  }
};
