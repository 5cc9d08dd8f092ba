import type { Activity, TeamsChannelAccount } from 'botbuilder';

export type Operation =
  | 'createConversation'
  | 'send'
  | 'reply'
  | 'update'
  | 'delete'
  | 'getMembers'
  | 'getPagedMembers'
  | 'getMember'
  | 'unknown';

/** A request as it arrived, before the fake answered it. */
export interface ConnectorRequest {
  operation: Operation;
  method: string;
  /** Path as received, without the query string (ids still URL-encoded). */
  path: string;
  query: Record<string, string>;
  /** Decoded; for a created conversation, the id the fake handed out. */
  conversationId?: string;
  /** Decoded activity id from the path (for a reply: the activity replied to). */
  activityId?: string;
  memberId?: string;
  /** Parsed JSON; the raw text when it was not valid JSON; undefined when empty. */
  body: unknown;
  /** The Authorization header as sent; none from a bot in local mode. */
  authorization?: string;
  /** Date.now() when the request arrived. */
  at: number;
}

/** What the fake answers to one request. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Set when the answer creates the conversation. */
  conversationId?: string;
}

export interface ConnectorCall extends ConnectorRequest {
  /** TIMED_OUT (0) when a timeout fault held the request and then cut its socket. */
  status: number;
  response: unknown;
  /** Date.now() when the fake answered, or when it decided to hold a timed-out request. */
  answeredAt: number;
}

export interface SentActivity {
  kind: 'send' | 'reply' | 'update';
  conversationId: string;
  /** The id the fake answered with (for an update: the id updated). */
  id: string;
  replyToId?: string;
  activity: Partial<Activity>;
  at: number;
  /** When the fake accepted it: the delivery time. */
  answeredAt: number;
}

export interface FailureSpec {
  /** Omit to answer normally, after delayMs. */
  status?: number;
  times?: number;
  retryAfterSeconds?: number;
  /** Defaults to the Bot Framework error body Teams sends for the status. */
  body?: unknown;
  delayMs?: number;
  match?: (request: ConnectorRequest) => boolean;
}

export type PresetOptions = Pick<FailureSpec, 'times' | 'match'>;

/** At most `limit` accepted requests in any `ms` milliseconds. */
export interface RateWindow {
  limit: number;
  ms: number;
}

export interface LimitOptions {
  /**
   * Accepted requests per 1 s across all threads of one tenant (the tenant the request's body
   * names); Teams says to plan for 30-50 per app per tenant.
   */
  globalPerSecond?: number;
  /** Also enforce the per-thread windows; false leaves only the app-wide one. */
  perThread?: boolean;
  /** Per-thread windows, Teams' send and create-conversation limits by default. */
  threadWindows?: readonly RateWindow[];
}

/** Fractions of send, reply and createConversation requests that fail; they add up to 1 at most. */
export interface FaultOptions {
  /** Answered 429 with Retry-After `retryAfterSeconds`. */
  throttle?: number;
  /** Answered 503. */
  unavailable?: number;
  /** Held unanswered for `timeoutMs`, then the socket is destroyed; recorded as TIMED_OUT. */
  timeout?: number;
  retryAfterSeconds?: number;
  timeoutMs?: number;
  /** Drawn once per eligible request, in [0, 1). */
  random?: () => number;
}

export interface FakeConnector {
  /** Base URL with a trailing slash, to use as serviceUrl. */
  readonly url: string;
  readonly calls: readonly ConnectorCall[];
  /** Activities the bot sent, replied or updated successfully, in order of answer. */
  activities(): SentActivity[];
  activitiesIn(conversationId: string): SentActivity[];
  /** Successful posts of new messages (send and reply) to one conversation. */
  sentCount(conversationId: string): number;
  /**
   * sentCount for every conversation that got at least one message, counting a created chat's
   * first message too; a conversation with none is absent. A snapshot.
   */
  deliveries(): ReadonlyMap<string, number>;
  /** 429s answered because a Teams rate limit was exceeded; injected ones do not count. */
  readonly limitViolations: number;
  setMembers(conversationId: string, members: TeamsChannelAccount[]): void;
  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  failNext(spec: FailureSpec): void;
  /** 429; without retryAfterSeconds no Retry-After header is sent, as Teams may do. */
  throttle(retryAfterSeconds?: number, options?: PresetOptions): void;
  serverError(status?: number, options?: PresetOptions): void;
  blockedByUser(options?: PresetOptions): void;
  delay(ms: number, options?: PresetOptions): void;
  /**
   * From now on, answers 429 to a send, reply, update or createConversation that would exceed a
   * rate window (for createConversation the thread is the first member). Refused requests do not
   * count in the windows; calling it again starts with empty windows.
   */
  enforceLimits(options?: LimitOptions): void;
  /** From now on, fails random requests, before the rate limits are applied; replaces earlier faults. */
  injectFaults(options: FaultOptions): void;
  /** Forgets calls, pending failures, members, created conversations, limits and faults. */
  reset(): void;
  close(): Promise<void>;
}
