import type { Activity } from 'botbuilder';
import pino from 'pino';
import { startServer, type RunningServer } from '../../bot/main';
import { loadConfig } from '../../infra/config';
import type { StorageKind } from '../../infra/storage/database';
import type { StatementWatch } from '../../infra/storage/statement-watch';
import { startFakeConnector, type FakeConnector } from './fake-connector';
import { openTestDatabase, type TestDatabase } from './test-database';

export interface KoersUnderTest {
  url: string;
  connector: FakeConnector;
  database: TestDatabase;
  /**
   * Posts to /api/messages as Teams would and returns the HTTP status and body text; `headers`
   * adds to the request's (an Authorization header, say).
   */
  post(
    activity: Partial<Activity> | string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

/** The whole bot on port 0, with its own fresh database and a fake Teams connector. */
export async function startKoers(
  kind: StorageKind,
  options: { clock?: () => Date; env?: Record<string, string>; onStatement?: StatementWatch } = {},
): Promise<KoersUnderTest> {
  const connector = await startFakeConnector();
  const database = await openTestDatabase(
    kind,
    options.onStatement ? { onStatement: options.onStatement } : {},
  );
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: database.env.DATA_DIR,
    TEAMS_SERVICE_URL: connector.url,
    // Tests drive time themselves (`koers jobs run-due --at`); a real-time scheduler would send
    // this week's prompts into their chats whenever the suite runs on a Friday afternoon.
    SCHEDULER: 'off',
    ...options.env,
  });
  const server: RunningServer = await startServer({
    config,
    logger: pino({ level: 'silent' }),
    database,
    clock: options.clock ?? (() => new Date()),
  });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    connector,
    database,
    post: async (activity, headers = {}) => {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        // No connection kept alive for the next post: the server's keep-alive timer and this
        // process share one event loop, so after a busy stretch longer than its timeout (5 s) the
        // timer closed a reused connection with the next request already written on it, unread:
        // `read ECONNRESET`.
        headers: { 'content-type': 'application/json', connection: 'close', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      return { status: response.status, body: await response.text() };
    },
    stop: async () => {
      await server.stop();
      await connector.close();
      await database.dispose();
    },
  };
}
