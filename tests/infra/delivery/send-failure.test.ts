import { backoffMs, classifySendFailure } from '../../../infra/delivery/send-failure';

const now = Date.parse('2025-03-10T09:00:00Z');

/** Shaped like @azure/core-rest-pipeline's RestError; header names are case-insensitive there. */
function restError(
  statusCode: number | undefined,
  options: { code?: string; message?: string; headers?: Record<string, string> } = {},
): Error & { statusCode?: number; code?: string; response?: unknown } {
  const headers = new Map(
    Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return Object.assign(new Error(options.message ?? `status ${statusCode}`), {
    name: 'RestError',
    statusCode,
    code: options.code,
    response: {
      status: statusCode,
      headers: { get: (name: string) => headers.get(name.toLowerCase()) },
    },
  });
}

function networkError(code: string): Error & { code: string } {
  return Object.assign(new Error(`request failed: ${code}`), { code });
}

describe('classifySendFailure', () => {
  it('when Teams answers 429 with Retry-After in seconds, then it is throttled for that long', () => {
    const failure = classifySendFailure(restError(429, { headers: { 'Retry-After': '7' } }), now);

    expect(failure).toMatchObject({ kind: 'throttled', retryAfterMs: 7_000 });
  });

  it('when Retry-After is an HTTP date, then the wait is counted from now', () => {
    const inNineSeconds = new Date(now + 9_000).toUTCString();

    const failure = classifySendFailure(
      restError(429, { headers: { 'Retry-After': inNineSeconds } }),
      now,
    );

    expect(failure).toMatchObject({ kind: 'throttled', retryAfterMs: 9_000 });
  });

  it('when Retry-After is a date already past, then the wait is 0, never negative', () => {
    const past = new Date(now - 60_000).toUTCString();

    const failure = classifySendFailure(restError(429, { headers: { 'Retry-After': past } }), now);

    expect(failure).toMatchObject({ kind: 'throttled', retryAfterMs: 0 });
  });

  it.each([
    ['missing', {}],
    ['empty', { 'Retry-After': '' }],
    ['not a number or date', { 'Retry-After': 'soon' }],
  ])('when Retry-After is %s, then throttled without a wait', (_, headers) => {
    const failure = classifySendFailure(restError(429, { headers }), now);

    expect(failure.kind).toBe('throttled');
    expect(failure).toHaveProperty('retryAfterMs', undefined);
  });

  it('when a 429 comes without any response, then throttled without a wait', () => {
    const failure = classifySendFailure(
      Object.assign(new Error('Too Many Requests'), { statusCode: 429 }),
      now,
    );

    expect(failure).toEqual({
      kind: 'throttled',
      retryAfterMs: undefined,
      detail: '429: Too Many Requests',
    });
  });

  it.each([412, 502, 503, 504, 500, 408])(
    'when Teams answers %i, then the failure is transient',
    (status) => {
      expect(classifySendFailure(restError(status), now).kind).toBe('transient');
    },
  );

  it('when Teams answers 403 ConversationBlockedByUser, then the person blocked the app', () => {
    const error = restError(403, {
      code: 'ConversationBlockedByUser',
      message: 'User blocked the conversation with the bot.',
    });

    expect(classifySendFailure(error, now).kind).toBe('blocked');
  });

  it('when a 403 message holds MessageWritesBlocked, then the person blocked the app', () => {
    const error = restError(403, {
      code: 'Forbidden',
      message:
        '{"error":{"code":"Forbidden","message":"Forbidden","subCode":"MessageWritesBlocked"}}',
    });

    expect(classifySendFailure(error, now).kind).toBe('blocked');
  });

  it.each([400, 404, 413])('when Teams answers %i, then the failure is permanent', (status) => {
    expect(classifySendFailure(restError(status), now).kind).toBe('permanent');
  });

  it.each(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EAI_AGAIN', 'EPIPE', 'REQUEST_SEND_ERROR'])(
    'when the network fails with %s and no status, then the failure is transient',
    (code) => {
      const failure = classifySendFailure(networkError(code), now);

      expect(failure.kind).toBe('transient');
      expect(failure.detail).toBe(`${code}: request failed: ${code}`);
    },
  );

  it('when a RestError has code REQUEST_SEND_ERROR and no status, then it is transient', () => {
    const error = restError(undefined, { code: 'REQUEST_SEND_ERROR', message: 'socket hang up' });

    expect(classifySendFailure(error, now).kind).toBe('transient');
  });

  it('when the request was aborted, then the failure is transient', () => {
    const error = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });

    expect(classifySendFailure(error, now)).toEqual({
      kind: 'transient',
      detail: 'AbortError: The operation was aborted.',
    });
  });

  it('when a network code comes with a status, then the status decides', () => {
    const error = restError(400, { code: 'ECONNRESET' });

    expect(classifySendFailure(error, now).kind).toBe('permanent');
  });

  it('when an unknown error without status is thrown, then the failure is permanent', () => {
    expect(classifySendFailure(new TypeError('x is undefined'), now)).toEqual({
      kind: 'permanent',
      detail: 'TypeError: x is undefined',
    });
  });

  it('when a plain string is thrown, then the failure is permanent and the detail holds it', () => {
    expect(classifySendFailure('card too large', now)).toEqual({
      kind: 'permanent',
      detail: 'error: card too large',
    });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
  ])('when %s is thrown, then the failure is permanent with a detail', (_, thrown) => {
    const failure = classifySendFailure(thrown, now);

    expect(failure.kind).toBe('permanent');
    expect(failure.detail).toBe(`error: ${String(thrown)}`);
  });

  it('when the status is known, then the detail names status and message', () => {
    expect(classifySendFailure(restError(404, { message: 'Not found' }), now).detail).toBe(
      '404: Not found',
    );
  });

  it.each([
    ['a long message', restError(502, { message: 'x'.repeat(5_000) })],
    ['a long string', 'y'.repeat(5_000)],
  ])('when the error carries %s, then the detail is at most 500 characters', (_, error) => {
    const detail = classifySendFailure(error, now).detail;

    expect(detail.length).toBe(500);
    expect(detail.startsWith(typeof error === 'string' ? 'error: yyy' : '502: xxx')).toBe(true);
  });
});

describe('backoffMs', () => {
  const lowest = (): number => 0;
  const middle = (): number => 0.5;
  const highest = (): number => 0.999_999;

  it.each([
    [1, 500, 1_000],
    [2, 1_000, 2_000],
    [3, 2_000, 4_000],
    [4, 4_000, 8_000],
  ])(
    'when attempt %i with base 1000, then the wait is between %i and %i ms',
    (attempt, low, high) => {
      expect(backoffMs(attempt, 1_000, 600_000, lowest)).toBe(low);
      expect(backoffMs(attempt, 1_000, 600_000, highest)).toBe(high);
      const mid = backoffMs(attempt, 1_000, 600_000, middle);
      expect(mid).toBe((low + high) / 2);
    },
  );

  it('when the attempts go up, then the middle of the range doubles each time', () => {
    const waits = [1, 2, 3, 4, 5].map((attempt) => backoffMs(attempt, 250, 1_000_000, middle));

    expect(waits).toEqual([188, 375, 750, 1_500, 3_000]);
  });

  it('when the doubled wait passes the cap, then the wait stays within [cap / 2, cap]', () => {
    expect(backoffMs(10, 1_000, 60_000, highest)).toBe(60_000);
    expect(backoffMs(10, 1_000, 60_000, lowest)).toBe(30_000);
    expect(backoffMs(2_000, 1_000, 60_000, highest)).toBe(60_000);
  });

  it('when the random source is fixed, then the wait is the same each time', () => {
    const fixed = (): number => 0.3;

    expect(backoffMs(3, 1_000, 60_000, fixed)).toBe(2_600);
    expect(backoffMs(3, 1_000, 60_000, fixed)).toBe(backoffMs(3, 1_000, 60_000, fixed));
  });

  it('when attempt is 0, then it is treated as the first attempt', () => {
    expect(backoffMs(0, 1_000, 60_000, highest)).toBe(1_000);
  });

  it('when no random source is given, then the wait still falls within the range', () => {
    for (let i = 0; i < 200; i++) {
      const wait = backoffMs(3, 1_000, 60_000);
      expect(wait).toBeGreaterThanOrEqual(2_000);
      expect(wait).toBeLessThanOrEqual(4_000);
    }
  });
});
