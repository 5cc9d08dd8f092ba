import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import { createHash, timingSafeEqual } from 'node:crypto';
import restify from 'restify';
import type { Config } from '../infra/config';
import { safeError } from '../infra/logger';
import type { Delivery } from '../infra/delivery/delivery';
import type { Database } from '../infra/storage/database';
import { addTabRoutes, type TabRoutesDeps } from '../tab/api/tab.routes';
import { messagesEndpoint } from './adapter';
import type { CalendarFiles } from './calendar-files';
import {
  MAX_BODY_BYTES,
  refuseLargeBodies,
  securityHeaders,
  timeOutSlowClients,
} from './http-guards';
import { addLegalPages } from './legal-pages';
import type { KoersBot } from './koers.bot';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  database: Database;
  adapter: CloudAdapter;
  bot: KoersBot;
  delivery: Pick<Delivery, 'metrics' | 'outbox'>;
  calendar: Pick<CalendarFiles, 'serve'>;
  tab: TabRoutesDeps;
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'koers', handleUncaughtExceptions: false });
  timeOutSlowClients(server.server, deps.config.requestTimeoutMs);
  refuseLargeBodies(server);
  server.use(securityHeaders);
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', messagesEndpoint(deps.config, deps.adapter, deps.bot));

  server.get('/healthz', async (_req, res) => {
    const { mode } = deps.config;
    const storage = deps.database.kind;
    try {
      await deps.database.ping();
      res.send(200, { status: 'ok', mode, storage });
    } catch (err) {
      deps.logger.warn({ err: safeError(err) }, 'health check: database does not answer');
      res.send(503, { status: 'database unavailable', mode, storage });
    }
  });

  server.get('/ics/:token', async (req, res) => deps.calendar.serve(req, res));

  addTabRoutes(server, deps.tab);
  addLegalPages(server);

  // Counters in memory, so a scrape costs nothing; in production only with the bearer token.
  const { metricsToken, mode } = deps.config;
  server.get('/metrics', (req, res, next) => {
    if (!metricsToken && mode === 'production') res.send(404);
    else if (metricsToken && !sameText(req.headers.authorization, `Bearer ${metricsToken}`)) {
      res.send(401);
    } else {
      res.setHeader('content-type', 'text/plain; version=0.0.4');
      res.sendRaw(200, deps.delivery.metrics.render());
    }
    next();
  });

  return server;
}

function sameText(given: string | undefined, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}
