import { STATUS_CODES } from 'node:http';
import type { Answer, ConnectorRequest, FailureSpec } from './fake-connector.types';

export function errorBody(
  code: string,
  message: string,
): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

// Codes and messages from Teams' "Status codes from bot conversational APIs" table.
const TEAMS_ERRORS: Record<number, [code: string, message: string]> = {
  400: ['BadArgument', 'Invalid request payload.'],
  404: ['ConversationNotFound', 'Conversation not found.'],
  412: ['PreconditionFailed', 'Precondition failed, please try again.'],
  413: ['MessageSizeTooBig', 'Message size too large.'],
  429: ['Throttled', 'Too many requests.'],
};

export function teamsErrorBody(status: number): unknown {
  const known = TEAMS_ERRORS[status];
  if (known) return errorBody(...known);
  const name = STATUS_CODES[status] ?? 'Error';
  return errorBody(status >= 500 ? 'ServiceError' : name.replace(/\s/g, ''), `${name}.`);
}

/** What the status-code table and real 403s in the field carry when a user blocked the bot. */
export const CONVERSATION_BLOCKED_BODY = errorBody(
  'ConversationBlockedByUser',
  'User blocked the conversation with the bot.',
);

/**
 * The other 403 shape, from Teams' proactive-messaging page: the subCode sits in a JSON string
 * inside `message`, outside the usual `error` envelope, so botbuilder leaves `code` undefined.
 */
export const MESSAGE_WRITES_BLOCKED_BODY = {
  errorCode: 209,
  message: JSON.stringify({
    subCode: 'MessageWritesBlocked',
    details: 'Thread is blocked from message writes.',
    errorCode: null,
    errorSubCode: null,
  }),
};

/** The answer a failure replaces the normal one with; none when it only delays. */
export function failureAnswer(failure: FailureSpec | undefined): Answer | undefined {
  if (!failure?.status) return undefined;
  const headers: Record<string, string> = {};
  if (failure.retryAfterSeconds !== undefined) {
    headers['retry-after'] = String(failure.retryAfterSeconds);
  }
  return { status: failure.status, body: failure.body ?? teamsErrorBody(failure.status), headers };
}

type PendingFailure = FailureSpec & { remaining: number };

export class FailureQueue {
  private readonly pending: PendingFailure[] = [];

  add(spec: FailureSpec): void {
    this.pending.push({ ...spec, remaining: spec.times ?? 1 });
  }

  /** The first pending failure that applies to this request, used up once. */
  take(request: ConnectorRequest): FailureSpec | undefined {
    const index = this.pending.findIndex((failure) => failure.match?.(request) ?? true);
    const failure = this.pending[index];
    if (!failure) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.pending.splice(index, 1);
    return failure;
  }

  clear(): void {
    this.pending.splice(0);
  }
}
