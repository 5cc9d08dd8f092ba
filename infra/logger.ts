import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** One JSON line per event on stdout; App Service and Azure Monitor read it as it is. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { app: 'koers' } });
}
