/** What a failed send means for the message, from Teams' answer (platform.md). */
export type SendFailure =
  | { kind: 'throttled'; retryAfterMs: number | undefined; detail: string }
  | { kind: 'transient'; detail: string }
  | { kind: 'blocked'; detail: string }
  | { kind: 'permanent'; detail: string };

const RETRYABLE_STATUS = new Set([408, 412, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'REQUEST_SEND_ERROR',
]);

const BLOCKED = /ConversationBlockedByUser|MessageWritesBlocked|BotNotInConversationRoster/;

interface HttpishError {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
}

export function classifySendFailure(error: unknown, now: number): SendFailure {
  const err = (typeof error === 'object' && error !== null ? error : {}) as HttpishError;
  const status = err.statusCode;
  const detail =
    `${status ?? err.code ?? err.name ?? 'error'}: ${err.message ?? String(error)}`.slice(0, 500);
  if (status === 429) {
    return {
      kind: 'throttled',
      retryAfterMs: retryAfterMs(err.response?.headers?.get?.('retry-after'), now),
      detail,
    };
  }
  // Teams' 403s for a person who blocked or removed the app; other 403s (app or tenant set-up)
  // say nothing about the person and are not retried either.
  if (status === 403 && BLOCKED.test(`${err.code ?? ''} ${err.message ?? ''}`)) {
    return { kind: 'blocked', detail };
  }
  if (status !== undefined && RETRYABLE_STATUS.has(status)) return { kind: 'transient', detail };
  if (status === undefined && (err.name === 'AbortError' || NETWORK_CODES.has(err.code ?? ''))) {
    return { kind: 'transient', detail };
  }
  return { kind: 'permanent', detail };
}

/** Retry-After is seconds or an HTTP date. */
function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter: between half and all of base * 2^(attempt-1), capped. */
export function backoffMs(
  attempt: number,
  baseMs: number,
  capMs: number,
  random = Math.random,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
