import { type FakeConnector, startFakeConnector } from './fake-connector';

let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterEach(() => connector.reset());
afterAll(() => connector.close());

describe('fake connector over raw HTTP', () => {
  it('when the path has a doubled slash, then it still routes', async () => {
    const response = await fetch(`${connector.url}/v3/conversations/a%3A1/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x' }),
    });

    expect(response.status).toBe(201);
    expect(connector.activitiesIn('a:1')).toHaveLength(1);
  });

  it('when the body is not JSON, then it answers 400 and records the call', async () => {
    const response = await fetch(`${connector.url}v3/conversations/a%3A1/activities`, {
      method: 'POST',
      body: '{nope',
    });

    expect(response.status).toBe(400);
    expect(connector.calls).toEqual([expect.objectContaining({ status: 400, body: '{nope' })]);
  });

  it('when the route is unknown, then it answers 404 with a Bot Framework error body', async () => {
    const response = await fetch(`${connector.url}v3/attachments/x`);

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'NotFound', message: expect.any(String) },
    });
  });
});

describe('closing the fake connector', () => {
  it('when an answer is still delayed, then close() cuts it off instead of waiting', async () => {
    const slow = await startFakeConnector();
    slow.delay(10_000);
    const pending = fetch(`${slow.url}v3/conversations/a%3A1/members`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();

    await slow.close();

    await expect(pending).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
