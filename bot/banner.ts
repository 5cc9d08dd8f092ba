import type { Config } from '../infra/config';
import type { StorageKind } from '../infra/storage/database';

/** The few lines a newcomer needs after `npm start`: where it runs and how to talk to it. */
export function printBanner(config: Config, storageKind: StorageKind, port: number): void {
  const storage =
    storageKind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;
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
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
