import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TeamsChannelAccount } from 'botbuilder';
import {
  CONVERSATION_BLOCKED_BODY,
  FailureQueue,
  errorBody,
  failureAnswer,
} from './fake-connector.failures';
import { FaultInjector, TIMED_OUT } from './fake-connector.faults';
import { INVALID_JSON, readRequest, writeAnswer } from './fake-connector.http';
import { TeamsLimits } from './fake-connector.limits';
import { CallLog } from './fake-connector.log';
import { ConversationStore } from './fake-connector.routes';
import type {
  Answer,
  ConnectorRequest,
  FailureSpec,
  FakeConnector,
  FaultOptions,
  LimitOptions,
  PresetOptions,
} from './fake-connector.types';

export type * from './fake-connector.types';
export { CONVERSATION_BLOCKED_BODY, MESSAGE_WRITES_BLOCKED_BODY } from './fake-connector.failures';
export { TIMED_OUT } from './fake-connector.faults';
export { TEAMS_THREAD_WINDOWS } from './fake-connector.limits';

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

class LocalConnector extends CallLog implements FakeConnector {
  limitViolations = 0;
  private readonly store: ConversationStore;
  private readonly failures = new FailureQueue();
  /**
   * Ends every delay and hold at close(). One set rather than an abort listener per waiting
   * request: a fan-out holds more than ten at once, and an AbortSignal warns past ten listeners.
   */
  private readonly waits = new Set<() => void>();
  private closed = false;
  private limits: TeamsLimits | undefined;
  private faults: FaultInjector | undefined;

  constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    super();
    this.store = new ConversationStore(url);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { request, valid } = await readRequest(req);
    if (!valid) return this.answer(res, request, INVALID_JSON);
    const failure = this.failures.take(request);
    if (failure?.delayMs) {
      await this.wait(failure.delayMs);
      if (this.closed) return;
    }
    const fault = failureAnswer(failure) ?? this.faults?.draw(request);
    if (fault && 'holdMs' in fault) return this.hold(res, request, fault.holdMs);
    if (fault) return this.answer(res, request, fault);
    // Nothing is awaited from here on, so concurrent requests cannot both take a window's last slot.
    const now = Date.now();
    const throttled = this.limits?.check(request, now);
    if (throttled) this.limitViolations += 1;
    const answer = throttled ?? this.store.answer(request);
    if (answer.status >= 200 && answer.status < 300) this.limits?.accept(request, now);
    this.answer(res, request, answer, now);
  }

  setMembers(conversationId: string, members: TeamsChannelAccount[]): void {
    this.store.setMembers(conversationId, members);
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

  enforceLimits(options?: LimitOptions): void {
    this.limits = new TeamsLimits(options);
  }

  injectFaults(options: FaultOptions): void {
    this.faults = new FaultInjector(options);
  }

  reset(): void {
    this.clear();
    this.failures.clear();
    this.store.reset();
    this.limits = undefined;
    this.faults = undefined;
    this.limitViolations = 0;
  }

  close(): Promise<void> {
    this.closed = true;
    for (const end of this.waits) end();
    return new Promise((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.server.closeAllConnections();
    });
  }

  private answer(
    res: ServerResponse,
    request: ConnectorRequest,
    { status, body, headers, conversationId = request.conversationId }: Answer,
    answeredAt = Date.now(),
  ): void {
    this.record({ ...request, conversationId, status, response: body, answeredAt });
    writeAnswer(res, { status, body, headers });
  }

  private async hold(res: ServerResponse, request: ConnectorRequest, ms: number): Promise<void> {
    this.record({ ...request, status: TIMED_OUT, response: undefined, answeredAt: Date.now() });
    // close() ends the hold early; the socket is cut either way.
    await this.wait(ms);
    res.destroy();
  }

  /** `ms`, or until close(). */
  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const end = () => {
        clearTimeout(timer);
        this.waits.delete(end);
        resolve();
      };
      const timer = setTimeout(end, ms);
      this.waits.add(end);
    });
  }
}
