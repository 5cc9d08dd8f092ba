import { failureAnswer } from './fake-connector.failures';
import type { Answer, ConnectorRequest, FaultOptions, Operation } from './fake-connector.types';

/** The status recorded for a request a timeout fault held and cut off, since none was sent. */
export const TIMED_OUT = 0;

/** A request to hold unanswered for `holdMs`, then cut off. */
export interface Hold {
  holdMs: number;
}

const ELIGIBLE: ReadonlySet<Operation> = new Set(['send', 'reply', 'createConversation']);

export class FaultInjector {
  private readonly options: Required<FaultOptions>;

  constructor({
    throttle = 0,
    unavailable = 0,
    timeout = 0,
    retryAfterSeconds = 1,
    timeoutMs = 30_000,
    random = Math.random,
  }: FaultOptions) {
    const fractions = [throttle, unavailable, timeout];
    if (fractions.some((f) => f < 0) || throttle + unavailable + timeout > 1) {
      throw new RangeError('Fault fractions must be at least 0 and add up to 1 at most.');
    }
    this.options = { throttle, unavailable, timeout, retryAfterSeconds, timeoutMs, random };
  }

  /** The fault this request gets, if any. */
  draw(request: ConnectorRequest): Answer | Hold | undefined {
    if (!ELIGIBLE.has(request.operation)) return undefined;
    const { throttle, unavailable, timeout, retryAfterSeconds, timeoutMs } = this.options;
    const roll = this.options.random();
    if (roll < throttle) return failureAnswer({ status: 429, retryAfterSeconds });
    if (roll < throttle + unavailable) return failureAnswer({ status: 503 });
    if (roll < throttle + unavailable + timeout) return { holdMs: timeoutMs };
    return undefined;
  }
}
