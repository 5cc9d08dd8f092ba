import { type FakeConnector, startFakeConnector, TIMED_OUT } from './fake-connector';

let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterEach(() => connector.reset());
afterAll(() => connector.close());

function call(method: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${connector.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const send = (conversationId: string) =>
  call('POST', `v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
    type: 'message',
    text: 'Hallo',
  });

/** A `random` that hands out the given rolls in turn. */
function rolls(...values: number[]): () => number {
  return () => values.shift() ?? 0.99;
}

describe('fake connector injecting random faults', () => {
  it('when the rolls land in each fraction, then 429, 503 and a normal answer follow', async () => {
    connector.injectFaults({
      throttle: 0.1,
      unavailable: 0.2,
      retryAfterSeconds: 4,
      random: rolls(0.05, 0.25, 0.5),
    });

    const responses = [await send('a:1'), await send('a:1'), await send('a:1')];

    expect(responses.map((r) => r.status)).toEqual([429, 503, 201]);
    expect(responses[0]!.headers.get('retry-after')).toBe('4');
    expect(await responses[0]!.json()).toMatchObject({ error: { code: 'Throttled' } });
    expect(connector.calls.map((c) => c.status)).toEqual([429, 503, 201]);
    expect(connector.deliveries()).toEqual(new Map([['a:1', 1]]));
  });

  it('when a request times out, then the client loses its socket and nothing is delivered', async () => {
    connector.injectFaults({ timeout: 1, timeoutMs: 100 });
    const started = Date.now();

    await expect(send('a:1')).rejects.toThrow();

    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(connector.calls).toEqual([expect.objectContaining({ status: TIMED_OUT })]);
    expect(connector.deliveries().size).toBe(0);
  });

  it('when faults and limits are both on, then injected 429s neither count in the windows nor as violations', async () => {
    connector.enforceLimits({ threadWindows: [{ limit: 1, ms: 60_000 }] });
    connector.injectFaults({ throttle: 0.5, random: rolls(0.1, 0.9, 0.9) });

    const statuses = [(await send('a:1')).status, (await send('a:1')).status];
    statuses.push((await send('a:1')).status);

    expect(statuses).toEqual([429, 201, 429]);
    expect(connector.limitViolations).toBe(1);
  });

  it('when a card is updated, then no fault is injected', async () => {
    connector.injectFaults({ unavailable: 1 });

    const response = await call('PUT', 'v3/conversations/a%3A1/activities/activity-1', {
      type: 'message',
      text: 'Bijgewerkt',
    });

    expect(response.status).toBe(200);
  });

  it('when the fractions add up to more than 1, then injectFaults refuses them', () => {
    expect(() => connector.injectFaults({ throttle: 0.6, unavailable: 0.5 })).toThrow(RangeError);
  });
});

describe('fake connector delivery accounting', () => {
  it('when chats get sends, a duplicate, an update and a created chat, then deliveries counts messages only', async () => {
    await send('a:1');
    await send('a:1');
    await send('a:2');
    await call('PUT', 'v3/conversations/a%3A2/activities/activity-3', { type: 'message' });
    const created = await call('POST', 'v3/conversations', {
      isGroup: false,
      members: [{ id: '29:abc' }],
      tenantId: 't1',
      activity: { type: 'message', text: 'Welkom' },
    });
    const { id } = (await created.json()) as { id: string };

    expect(connector.deliveries()).toEqual(
      new Map([
        ['a:1', 2],
        ['a:2', 1],
        [id, 1],
      ]),
    );
    const [update] = connector.activitiesIn('a:2').filter((a) => a.kind === 'update');
    expect(update!.answeredAt).toBeGreaterThanOrEqual(update!.at);
  });
});
