import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationParameters,
  type TurnContext,
} from 'botbuilder';
import {
  type FakeConnector,
  MESSAGE_WRITES_BLOCKED_BODY,
  startFakeConnector,
} from './fake-connector';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterEach(() => connector.reset());
afterAll(() => connector.close());

const CHAT = 'a:1xyz';

/** How a failed connector call surfaces: an @azure/core-rest-pipeline RestError. */
interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message: string;
  response?: { headers: { get(name: string): string | undefined } };
}

// botbuilder's HTTP pipeline retries on its own, up to 3 times: a response with Retry-After
// (sleeping that long), and 408/5xx except 501/505 with 0.5-1 s, 1-2 s, 2-4 s backoff. A sender
// that owns its retries removes that policy from the turn's connector client.
function withoutSdkRetries(ctx: TurnContext): void {
  const connectorClient: unknown = ctx.turnState.get(ctx.adapter.ConnectorClientKey);
  const { client } = connectorClient as {
    client: { pipeline: { removePolicy(p: { name: string }): unknown } };
  };
  client.pipeline.removePolicy({ name: 'defaultRetryPolicy' });
}

function send(texts: string[], options = { sdkRetries: true }): Promise<void> {
  const conversation = { id: CHAT, isGroup: false, conversationType: 'personal', name: '' };
  return adapter.continueConversationAsync(
    '',
    { serviceUrl: connector.url, conversation },
    async (ctx) => {
      if (!options.sdkRetries) withoutSdkRetries(ctx);
      for (const text of texts) await ctx.sendActivity(text);
    },
  );
}

async function failedSend(options: { sdkRetries: boolean }): Promise<RestErrorLike> {
  const outcome: unknown = await send(['Hallo'], options).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(Error);
  return outcome as RestErrorLike;
}

describe('fake connector failure injection', () => {
  it('when throttled once with Retry-After, then botbuilder retries by itself and the send lands', async () => {
    connector.throttle(0);

    await send(['Hallo']);

    expect(connector.calls.map((call) => call.status)).toEqual([429, 201]);
    expect(connector.sentCount(CHAT)).toBe(1);
  });

  it('when throttled and the SDK retries are off, then 429 and its Retry-After reach the caller', async () => {
    connector.throttle(7);

    const error = await failedSend({ sdkRetries: false });

    expect(error).toMatchObject({ statusCode: 429, code: 'Throttled' });
    expect(error.response?.headers.get('retry-after')).toBe('7');
    expect(connector.calls).toHaveLength(1);
  });

  it('when throttled on every try, then the 429 surfaces after botbuilder gave up', async () => {
    connector.throttle(0, { times: 4 });

    const error = await failedSend({ sdkRetries: true });

    expect(error.statusCode).toBe(429);
    expect(connector.calls).toHaveLength(4);
  });

  it('when the service is unavailable, then a 503 surfaces', async () => {
    connector.serverError();

    expect(await failedSend({ sdkRetries: false })).toMatchObject({
      statusCode: 503,
      code: 'ServiceError',
    });
  });

  it('when the user blocked the bot, then a 403 surfaces at once with the Teams code', async () => {
    connector.blockedByUser();

    const error = await failedSend({ sdkRetries: true });

    expect(error).toMatchObject({ statusCode: 403, code: 'ConversationBlockedByUser' });
    expect(connector.calls).toHaveLength(1);
  });

  it('when Teams answers the MessageWritesBlocked shape, then only the message names the subCode', async () => {
    connector.failNext({ status: 403, body: MESSAGE_WRITES_BLOCKED_BODY });

    const error = await failedSend({ sdkRetries: true });

    expect(error.statusCode).toBe(403);
    expect(error.code).toBeUndefined();
    expect(error.message).toContain('MessageWritesBlocked');
  });

  it('when a failure has a filter, then only matching calls fail', async () => {
    connector.failNext({ status: 412, match: (call) => call.operation === 'createConversation' });
    const params = {
      isGroup: false,
      members: [{ id: '29:abc' }],
      tenantId: 't1',
    } as ConversationParameters;

    await send(['Niet geraakt']);
    const creating = adapter.createConversationAsync(
      '',
      'msteams',
      connector.url,
      '',
      params,
      async () => {},
    );

    await expect(creating).rejects.toMatchObject({ statusCode: 412, code: 'PreconditionFailed' });
    expect(connector.calls.map((call) => [call.operation, call.status])).toEqual([
      ['reply', 201],
      ['createConversation', 412],
    ]);
  });

  it('when answers are slowed down, then the call waits and the timing is recorded', async () => {
    connector.delay(200);
    const started = Date.now();

    await send(['Traag', 'Snel']);

    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    const [slow, fast] = connector.activitiesIn(CHAT);
    expect(fast!.at - slow!.at).toBeGreaterThanOrEqual(200);
  });
});
