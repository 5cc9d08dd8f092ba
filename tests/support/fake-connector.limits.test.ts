import { setTimeout as sleep } from 'node:timers/promises';
import { type FakeConnector, startFakeConnector } from './fake-connector';
import { TeamsLimits } from './fake-connector.limits';
import type { ConnectorRequest, Operation } from './fake-connector.types';

let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterEach(() => connector.reset());
afterAll(() => connector.close());

function send(conversationId: string, tenantId?: string): Promise<Response> {
  return fetch(
    `${connector.url}v3/conversations/${encodeURIComponent(conversationId)}/activities`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'Hallo',
        ...(tenantId && { conversation: { id: conversationId, tenantId } }),
      }),
    },
  );
}

async function sendAll(conversationIds: string[]): Promise<Response[]> {
  const responses: Response[] = [];
  for (const id of conversationIds) responses.push(await send(id));
  return responses;
}

describe('fake connector enforcing the Teams rate limits over HTTP', () => {
  it('when 8 sends go to one chat at once, then the 8th is throttled until its window frees', async () => {
    connector.enforceLimits();

    const responses = await sendAll(Array<string>(8).fill('a:1'));

    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201, 201, 429]);
    const throttled = responses[7]!;
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(await throttled.json()).toEqual({
      error: { code: 'Throttled', message: expect.stringContaining('7 per 1 s in this thread') },
    });
    expect(connector.limitViolations).toBe(1);
    expect(connector.sentCount('a:1')).toBe(7);

    await sleep(retryAfter * 1000);
    expect((await send('a:1')).status).toBe(201);
  });

  it('when the app sends to more chats per second than allowed, then the global limit throttles', async () => {
    connector.enforceLimits({ globalPerSecond: 5 });

    const responses = await sendAll(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6']);

    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 429]);
    expect(responses[5]!.headers.get('retry-after')).toBe('1');
    expect(connector.limitViolations).toBe(1);
    expect(connector.deliveries()).toEqual(
      new Map(['a:1', 'a:2', 'a:3', 'a:4', 'a:5'].map((id) => [id, 1])),
    );
  });

  it('when two tenants send at once, then each has its own app-wide limit', async () => {
    connector.enforceLimits({ globalPerSecond: 2 });

    const statuses: number[] = [];
    for (const [chat, tenant] of [
      ['a:1', 'school-a'],
      ['a:2', 'school-a'],
      ['b:1', 'school-b'],
      ['b:2', 'school-b'],
      ['a:3', 'school-a'],
      ['b:3', 'school-b'],
    ] as const) {
      statuses.push((await send(chat, tenant)).status);
    }

    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
    expect(connector.limitViolations).toBe(2);
  });

  it('when limits are not enforced, then nothing is throttled', async () => {
    const responses = await sendAll(Array<string>(10).fill('a:1'));

    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(connector.limitViolations).toBe(0);
  });
});

function request(operation: Operation, thread: string): ConnectorRequest {
  const body = operation === 'createConversation' ? { members: [{ id: thread }] } : {};
  const conversationId = operation === 'createConversation' ? undefined : thread;
  return { operation, method: 'POST', path: '/', query: {}, conversationId, body, at: 0 };
}

/** Offers the request at each time, accepting it when it fits; the Retry-After of each refusal. */
function offer(limits: TeamsLimits, req: ConnectorRequest, times: number[]): string[] {
  return times.map((now) => {
    const throttled = limits.check(req, now);
    if (!throttled) limits.accept(req, now);
    return throttled?.headers?.['retry-after'] ?? 'ok';
  });
}

describe('Teams rate windows', () => {
  it('when 7 went out in the first second, then one more fits in the next but the 2 s window holds the 9th', () => {
    const limits = new TeamsLimits();
    const send = request('send', 'a:1');

    expect(offer(limits, send, [0, 0, 0, 0, 0, 0, 0, 999, 1000, 1000])).toEqual([
      ...Array<string>(7).fill('ok'),
      '1',
      'ok',
      '1',
    ]);
    expect(offer(limits, send, [1999, 2000])).toEqual(['1', 'ok']);
  });

  it('when a window frees in 2.3 s, then Retry-After rounds up to 3', () => {
    const limits = new TeamsLimits({ threadWindows: [{ limit: 2, ms: 2500 }] });

    expect(offer(limits, request('reply', 'a:1'), [0, 100, 200])).toEqual(['ok', 'ok', '3']);
  });

  it('when a request is refused, then it does not count in the window', () => {
    const limits = new TeamsLimits({ threadWindows: [{ limit: 1, ms: 1000 }] });

    expect(offer(limits, request('send', 'a:1'), [0, 500, 1000])).toEqual(['ok', '1', 'ok']);
  });

  it('when chats are created for one member, then the member is the thread', () => {
    const limits = new TeamsLimits();
    const times = Array<number>(8).fill(0);

    expect(offer(limits, request('createConversation', '29:a'), times).at(-1)).toBe('1');
    expect(offer(limits, request('createConversation', '29:b'), [0])).toEqual(['ok']);
    expect(offer(limits, request('send', '29:a'), [0])).toEqual(['ok']);
  });

  it('when perThread is off, then only the app-wide window applies', () => {
    const limits = new TeamsLimits({ perThread: false, globalPerSecond: 50 });

    expect(offer(limits, request('update', 'a:1'), Array<number>(51).fill(0)).at(-1)).toBe('1');
    expect(offer(limits, request('update', 'a:1'), Array<number>(50).fill(1000))).not.toContain(
      '1',
    );
  });

  it('when the hour window is full, then the thread waits until its oldest send is an hour old', () => {
    const limits = new TeamsLimits({ globalPerSecond: 10_000 });
    const send = request('send', 'a:1');
    const spreadOver = (count: number, gapMs: number) =>
      Array.from({ length: count }, (_, i) => i * gapMs);

    expect(offer(limits, send, spreadOver(1800, 1000)).every((r) => r === 'ok')).toBe(true);
    expect(offer(limits, send, [1_800_000, 3_600_000, 3_600_001])).toEqual(['1800', 'ok', '1']);
  });

  it('when members are only read, then no window applies', () => {
    const limits = new TeamsLimits({ globalPerSecond: 1 });

    expect(offer(limits, request('getMembers', 'a:1'), [0, 0, 0])).toEqual(['ok', 'ok', 'ok']);
  });
});
