import type { Config } from '../infra/config';
import type { StorageKind } from '../infra/storage/database';

/**
 * The few lines a newcomer needs after `npm start`: where it runs and how to talk to it, and on an
 * empty database (no school yet) how to get a demo school to talk to it with.
 */
export function printBanner(
  config: Config,
  database: { kind: StorageKind; empty: boolean },
  port: number,
): void {
  const storage =
    database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;
  const lines = [
    '',
    `  koers is running on http://localhost:${port}`,
    `  mode:     ${config.mode === 'local' ? 'LOCAL - authentication is OFF (no MicrosoftAppId); for your own machine only' : `production (app ${config.bot.appId}, ${config.bot.appType})`}`,
    `  storage:  ${storage}`,
    `  health:   http://localhost:${port}/healthz`,
  ];
  if (config.mode === 'local') {
    lines.push(
      '  talk to it: run `npm run playground` in a second terminal (Microsoft 365 Agents Playground),',
      `              or point the Bot Framework Emulator at http://localhost:${port}/api/messages`,
    );
    if (database.empty) {
      lines.push(
        '  no school yet: `npx koers demo` makes a demo school and prints what to type in the Playground',
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
