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
  status: number;
  response: unknown;
}

export interface SentActivity {
  kind: 'send' | 'reply' | 'update';
  conversationId: string;
  /** The id the fake answered with (for an update: the id updated). */
  id: string;
  replyToId?: string;
  activity: Partial<Activity>;
  at: number;
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

export interface FakeConnector {
  /** Base URL with a trailing slash, to use as serviceUrl. */
  readonly url: string;
  readonly calls: readonly ConnectorCall[];
  /** Activities the bot sent, replied or updated successfully, in order of answer. */
  activities(): SentActivity[];
  activitiesIn(conversationId: string): SentActivity[];
  /** Successful posts of new messages (send and reply) to one conversation. */
  sentCount(conversationId: string): number;
  setMembers(conversationId: string, members: TeamsChannelAccount[]): void;
  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  failNext(spec: FailureSpec): void;
  /** 429; without retryAfterSeconds no Retry-After header is sent, as Teams may do. */
  throttle(retryAfterSeconds?: number, options?: PresetOptions): void;
  serverError(status?: number, options?: PresetOptions): void;
  blockedByUser(options?: PresetOptions): void;
  delay(ms: number, options?: PresetOptions): void;
  /** Forgets calls, pending failures, members and created conversations. */
  reset(): void;
  close(): Promise<void>;
}
