import type { ConversationParameters } from 'botbuilder';
import { errorBody } from './fake-connector.failures';
import type { Answer, ConnectorRequest, LimitOptions, RateWindow } from './fake-connector.types';

/** Teams' per-thread limits, the same for sending and for creating a conversation. */
export const TEAMS_THREAD_WINDOWS: readonly RateWindow[] = [
  { limit: 7, ms: 1000 },
  { limit: 8, ms: 2000 },
  { limit: 60, ms: 30_000 },
  { limit: 1800, ms: 3_600_000 },
];

/** Accepted-request times, oldest first. */
class TimeLog {
  private times: number[] = [];
  private head = 0;

  get size(): number {
    return this.times.length - this.head;
  }

  add(at: number): void {
    this.times.push(at);
  }

  forgetUntil(cutoff: number): void {
    while (this.head < this.times.length && this.times[this.head]! <= cutoff) {
      this.head += 1;
    }
    // Compacting only once half is dead keeps forgetting amortised O(1) per request.
    if (this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
  }

  /** How long until one more request fits the window; 0 when it fits now. */
  waitMs({ limit, ms }: RateWindow, now: number): number {
    // The limit-th most recent time decides: once it leaves the window, one more fits.
    const index = this.times.length - limit;
    if (index < this.head) return 0;
    return Math.max(0, this.times[index]! + ms - now);
  }
}

interface Block {
  waitMs: number;
  reason: string;
}

/** Teams counts the app-wide rate per tenant: each school has its own. */
export class TeamsLimits {
  private readonly tenants = new Map<string, TimeLog>();
  private readonly globalWindow: RateWindow;
  private readonly threads = new Map<string, TimeLog>();
  private readonly threadWindows: readonly RateWindow[];
  private readonly longestMs: number;
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor({
    globalPerSecond = 30,
    perThread = true,
    threadWindows = TEAMS_THREAD_WINDOWS,
  }: LimitOptions = {}) {
    if (!(globalPerSecond >= 1)) throw new RangeError('globalPerSecond must be at least 1.');
    this.globalWindow = { limit: globalPerSecond, ms: 1000 };
    this.threadWindows = perThread ? threadWindows : [];
    this.longestMs = Math.max(0, ...this.threadWindows.map((window) => window.ms));
  }

  /** The 429 to answer when accepting the request now would exceed a window. */
  check(request: ConnectorRequest, now: number): Answer | undefined {
    const thread = threadOf(request);
    if (thread === undefined) return undefined;
    this.sweep(now);
    const tenant = this.tenants.get(tenantOf(request));
    tenant?.forgetUntil(now - this.globalWindow.ms);
    const log = this.threads.get(thread);
    log?.forgetUntil(now - this.longestMs);
    const blocks = [
      ...(tenant ? blocksIn(tenant, [this.globalWindow], 'for the app in this tenant', now) : []),
      ...(log ? blocksIn(log, this.threadWindows, 'in this thread', now) : []),
    ];
    const longest = blocks.reduce<Block | undefined>(
      (worst, block) => (block.waitMs > (worst?.waitMs ?? 0) ? block : worst),
      undefined,
    );
    if (!longest) return undefined;
    return {
      status: 429,
      headers: { 'retry-after': String(Math.max(1, Math.ceil(longest.waitMs / 1000))) },
      body: errorBody('Throttled', `Too many requests: ${longest.reason}.`),
    };
  }

  /** Counts a request the fake answered with 2xx. */
  accept(request: ConnectorRequest, now: number): void {
    const thread = threadOf(request);
    if (thread === undefined) return;
    const tenantId = tenantOf(request);
    const tenant = this.tenants.get(tenantId) ?? new TimeLog();
    tenant.add(now);
    this.tenants.set(tenantId, tenant);
    if (this.threadWindows.length === 0) return;
    const log = this.threads.get(thread) ?? new TimeLog();
    log.add(now);
    this.threads.set(thread, log);
  }

  /** Drops idle threads and tenants once per longest window: memory follows the live ones only. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.longestMs) return;
    this.lastSweep = now;
    for (const [thread, log] of this.threads) {
      log.forgetUntil(now - this.longestMs);
      if (log.size === 0) this.threads.delete(thread);
    }
    for (const [tenantId, log] of this.tenants) {
      log.forgetUntil(now - this.globalWindow.ms);
      if (log.size === 0) this.tenants.delete(tenantId);
    }
  }
}

function blocksIn(
  log: TimeLog,
  windows: readonly RateWindow[],
  scope: string,
  now: number,
): Block[] {
  return windows.map((window) => ({
    waitMs: log.waitMs(window, now),
    reason: `more than ${window.limit} per ${window.ms / 1000} s ${scope}`,
  }));
}

function threadOf(request: ConnectorRequest): string | undefined {
  switch (request.operation) {
    case 'send':
    case 'reply':
    case 'update':
      return `conversation|${request.conversationId ?? ''}`;
    case 'createConversation': {
      const params = (request.body ?? {}) as Partial<ConversationParameters>;
      return `member|${params.members?.[0]?.id ?? ''}`;
    }
    default:
      return undefined;
  }
}

/** The tenant a request is for, as a bot names it; '' when it names none. */
function tenantOf(request: ConnectorRequest): string {
  const body = (request.body ?? {}) as {
    conversation?: { tenantId?: string };
    channelData?: { tenant?: { id?: string } };
    tenantId?: string;
  };
  return body.conversation?.tenantId ?? body.tenantId ?? body.channelData?.tenant?.id ?? '';
}
