import { randomBytes } from 'node:crypto';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { tablesContaining } from '../support/table-scan';
import { activities, teamsUser } from '../support/teams-activities';
import {
  startTestBotFramework,
  type ChannelTokenOptions,
  type TestBotFramework,
} from '../support/test-bot-framework';
import { startTestEntraLogin, type TestEntraLogin } from '../support/test-entra-login';

const TENANT = '11111111-2222-3333-4444-555555555555';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SCOPE = 'https://api.botframework.test';
const key = () => `k1:${randomBytes(32).toString('base64')}`;
// botbuilder allows five minutes of clock skew either way; these are well past it.
const tenMinutes = (sign: 1 | -1) => Math.floor(Date.now() / 1000) + sign * 600;

/**
 * The bot in production mode, with botbuilder's endpoint settings pointed at a local channel (its
 * OpenID metadata and signing keys) and a local Entra (the token Koers sends with its replies).
 */
describe('authentication of what the channel posts, in production mode', () => {
  let channel: TestBotFramework;
  let entra: TestEntraLogin;
  let untrust: () => void;
  let koers: KoersUnderTest;
  let silenced: jest.SpyInstance;
  const user = teamsUser(1, TENANT);
  const personalChat = `a:personal-${user.id}`;

  beforeAll(async () => {
    channel = await startTestBotFramework();
    entra = await startTestEntraLogin(TENANT);
    untrust = entra.trustInThisProcess();
  });
  afterAll(async () => {
    untrust();
    await Promise.all([channel.close(), entra.close()]);
  });

  const startProduction = (overrides: Record<string, string> = {}) =>
    startKoers('sqlite', {
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'test-secret',
        MicrosoftAppTenantId: TENANT,
        KOERS_ENCRYPTION_KEY: key(),
        KOERS_PSEUDONYM_KEY: key(),
        ToBotFromChannelOpenIdMetadataUrl: channel.openIdMetadataUrl,
        ToBotFromChannelTokenIssuer: channel.issuer,
        ToChannelFromBotLoginUrl: entra.authority,
        ToChannelFromBotOAuthScope: SCOPE,
        ...overrides,
      },
    });

  beforeEach(async () => {
    // botbuilder logs every refused token with console.error; the answers are asserted instead.
    silenced = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    koers = await startProduction();
  });
  afterEach(async () => {
    await koers.stop();
    silenced.mockRestore();
  });

  const install = async (authorization?: (serviceUrl: string) => Promise<string>) => {
    const serviceUrl = koers.connector.url;
    const headers: Record<string, string> = authorization
      ? { authorization: await authorization(serviceUrl) }
      : {};
    return koers.post(activities.installed({ serviceUrl, user }), headers);
  };
  const bearer = (options?: ChannelTokenOptions) => async (serviceUrl: string) =>
    `Bearer ${await channel.token(APP_ID, serviceUrl, options)}`;

  it('when the token is the channel’s, for Koers and this service URL, then the install is stored and welcomed', async () => {
    const answer = await install(bearer());

    expect(answer.status).toBe(200);
    expect(await tablesContaining(koers.database, [user.aadObjectId])).toEqual([
      `conversations: ${user.aadObjectId}`,
      `people: ${user.aadObjectId}`,
    ]);
    const welcome = koers.connector.activitiesIn(personalChat);
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.activity.attachments?.[0]?.contentType).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    // Every call to the connector carries the token Koers got for itself from its own tenant.
    expect(entra.grants).toContainEqual(
      expect.objectContaining({
        clientId: APP_ID,
        clientSecret: 'test-secret',
        scope: `${SCOPE}/.default`,
      }),
    );
    const issued = entra.grants.map((grant) => `Bearer ${grant.accessToken}`);
    for (const call of koers.connector.calls) expect(issued).toContain(call.authorization);
  });

  it('when only the incoming endpoints are set, then replies get their token from the tenant on public Azure', async () => {
    await koers.stop();
    koers = await startProduction({ ToChannelFromBotLoginUrl: '', ToChannelFromBotOAuthScope: '' });

    expect((await install(bearer())).status).toBe(200);
    expect(koers.connector.activitiesIn(personalChat)).toHaveLength(1);
    // login.microsoftonline.com/<tenant> is answered by the local Entra (see trustInThisProcess).
    expect(entra.grants.at(-1)).toMatchObject({ scope: 'https://api.botframework.com/.default' });
  });

  it.each<[string, ((serviceUrl: string) => Promise<string>) | undefined, string]>([
    ['no token at all', undefined, 'not a token of the Bot Framework channel'],
    [
      'a token that is not a JWT',
      () => Promise.resolve('Bearer not-a-jwt'),
      'not a token of the Bot Framework channel',
    ],
    ['a token for another bot', bearer({ claims: { aud: 'another-app' } }), 'Invalid AppId'],
    [
      'a token from another issuer',
      bearer({ claims: { iss: 'https://evil.example' } }),
      'not a token of the Bot Framework channel',
    ],
    ['a token that has expired', bearer({ claims: { exp: tenMinutes(-1) } }), 'has expired'],
    ['a token not valid yet', bearer({ claims: { nbf: tenMinutes(1) } }), 'jwt not active'],
    ['a signature by another key', bearer({ foreignKey: true }), 'invalid signature'],
    ['a key Teams does not endorse', bearer({ otherChannelsKey: true }), 'endorsement'],
    [
      'a serviceurl other than the activity’s',
      bearer({ claims: { serviceurl: 'https://evil.example/teams/' } }),
      'ServiceUrl claim do not match',
    ],
  ])(
    'when the request has %s, then the answer is 401 and nothing is stored',
    async (_, auth, why) => {
      const answer = await install(auth);

      expect(answer).toEqual({ status: 401, body: expect.stringContaining(why) as string });
      expect(await tablesContaining(koers.database, [user.aadObjectId, user.id])).toEqual([]);
      expect(koers.connector.calls).toEqual([]);
    },
  );
});
