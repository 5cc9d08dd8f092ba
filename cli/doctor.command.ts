import { z } from 'zod';
import type { Config } from '../infra/config';
import { openConfiguredDatabase, sqliteFileIn } from '../infra/storage/database';
import { pendingMigrations } from '../infra/storage/migrate';
import { checkKeys } from './doctor-keys';
import { parseCommandArgs } from './cli-args';
import type { CliCommand } from './koers';

/** Settings were parsed before this runs; what is left to check is the database. */
export const doctor: CliCommand = async (config, io, rest) => {
  const usage = 'usage: koers doctor';
  if (!parseCommandArgs(rest, { usage, options: {}, schema: z.object({}) }, io)) return 2;
  io.out(`settings    ok, ${describeMode(config)}`);
  const where = config.databaseUrl
    ? `PostgreSQL at ${redact(config.databaseUrl)}`
    : `SQLite file ${sqliteFileIn(config.dataDir)}`;
  const database = openConfiguredDatabase(config);
  try {
    await database.ping();
    io.out(`database    ok, ${where}`);
    const pending = await pendingMigrations(database);
    io.out(
      pending.length
        ? `migrations  ${pending.length} to apply (${pending.join(', ')}); \`koers migrate\` or \`npm start\` applies them`
        : 'migrations  ok, up to date',
    );
    if (pending.length > 0) return 0;
    return (await checkKeys(config, database, io)) ? 0 : 1;
  } catch (err) {
    io.err(`database    NOT OK, ${where}: ${err instanceof Error ? err.message : String(err)}`);
    io.err('            check DATABASE_URL (or unset it to use SQLite in DATA_DIR)');
    return 1;
  } finally {
    await database.close();
  }
};

function describeMode(config: Config): string {
  return config.mode === 'local'
    ? 'local mode: authentication is off (no MicrosoftAppId)'
    : `production mode: ${config.bot.appType} app ${config.bot.appId}`;
}

/** Never print a password from a connection string. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
