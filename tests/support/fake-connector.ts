import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity, TeamsChannelAccount } from 'botbuilder';
import { toSentActivities } from './fake-connector.activities';
import {
  CONVERSATION_BLOCKED_BODY,
  FailureQueue,
  errorBody,
  failureAnswer,
} from './fake-connector.failures';
import { INVALID_JSON, readRequest, writeAnswer } from './fake-connector.http';
import { ConversationStore } from './fake-connector.routes';
import type {
  ConnectorCall,
  FailureSpec,
  FakeConnector,
  PresetOptions,
  SentActivity,
} from './fake-connector.types';

export type * from './fake-connector.types';
export { CONVERSATION_BLOCKED_BODY, MESSAGE_WRITES_BLOCKED_BODY } from './fake-connector.failures';

/** A local Bot Connector (the Teams side of the v3 REST API) for a bot in local mode. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const connector = new LocalConnector(server, `http://127.0.0.1:${port}/`);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    connector.handle(req, res).catch((error: unknown) => {
      // A delayed answer cut off by close() lands here too; its socket is already gone.
      if (res.headersSent || res.destroyed) return;
      writeAnswer(res, { status: 500, body: errorBody('FakeConnectorError', String(error)) });
    });
  });
  return connector;
}

class LocalConnector implements FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly store: ConversationStore;
  private readonly failures = new FailureQueue();
  private readonly waiters = new Set<(call: ConnectorCall) => void>();
  private readonly closing = new AbortController();

  constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    this.store = new ConversationStore(url);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { request, valid } = await readRequest(req);
    const failure = valid ? this.failures.take(request) : undefined;
    if (failure?.delayMs) await sleep(failure.delayMs, undefined, { signal: this.closing.signal });
    const answer = valid ? (failureAnswer(failure) ?? this.store.answer(request)) : INVALID_JSON;
    const conversationId = answer.conversationId ?? request.conversationId;
    this.record({ ...request, conversationId, status: answer.status, response: answer.body });
    writeAnswer(res, answer);
  }

  activities(): SentActivity[] {
    return this.calls.flatMap(toSentActivities);
  }

  activitiesIn(conversationId: string): SentActivity[] {
    return this.activities().filter((activity) => activity.conversationId === conversationId);
  }

  sentCount(conversationId: string): number {
    return this.activitiesIn(conversationId).filter((sent) => sent.kind !== 'update').length;
  }

  setMembers(conversationId: string, members: TeamsChannelAccount[]): void {
    this.store.setMembers(conversationId, members);
  }

  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs = 5000): Promise<ConnectorCall> {
    const recorded = this.calls.find(predicate);
    if (recorded) return Promise.resolve(recorded);
    return new Promise((resolve, reject) => {
      const waiter = (call: ConnectorCall): void => {
        if (!predicate(call)) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`No matching connector call within ${timeoutMs} ms. ${this.describe()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  failNext(spec: FailureSpec): void {
    this.failures.add(spec);
  }

  throttle(retryAfterSeconds?: number, options?: PresetOptions): void {
    this.failNext({ ...options, status: 429, retryAfterSeconds });
  }

  serverError(status = 503, options?: PresetOptions): void {
    this.failNext({ ...options, status });
  }

  blockedByUser(options?: PresetOptions): void {
    this.failNext({ ...options, status: 403, body: CONVERSATION_BLOCKED_BODY });
  }

  delay(ms: number, options?: PresetOptions): void {
    this.failNext({ ...options, delayMs: ms });
  }

  reset(): void {
    this.calls.splice(0);
    this.failures.clear();
    this.store.reset();
  }

  close(): Promise<void> {
    this.closing.abort();
    return new Promise((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.server.closeAllConnections();
    });
  }

  private record(call: ConnectorCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) waiter(call);
  }

  private describe(): string {
    if (this.calls.length === 0) return 'No calls were recorded.';
    const lines = this.calls.map((call) => {
      const text = (call.body as Partial<Activity> | undefined)?.text;
      return `  ${call.method} ${call.path} -> ${call.status}${text ? ` text=${JSON.stringify(text)}` : ''}`;
    });
    return ['Recorded calls:', ...lines].join('\n');
  }
}
