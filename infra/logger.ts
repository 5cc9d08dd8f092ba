import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** One JSON line per event on stdout; App Service and Azure Monitor read it as it is. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { app: 'koers' } });
}

/**
 * What of a database error is safe to log: pg and pg-boss hang the client on their errors, and
 * pino would write out its connection parameters and the backend's cancel secret key.
 */
export function safeError(err: unknown): { type: string; message: string; code?: string } {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err) };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.name,
    message: err.message,
    ...(typeof code === 'string' && { code }),
  };
}
