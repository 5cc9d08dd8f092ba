import { randomBytes } from 'node:crypto';
import type { TabDashboard, TabRefusal } from '../../tab/dashboard.model';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy } from '../support/study';
import { startTestTenant, type TestTenant, type TokenOptions } from '../support/test-tenant';

const TENANT = '11111111-2222-3333-4444-555555555555';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const RESOURCE = `api://koers.example.org/${APP_ID}`;
const key = () => `k1:${randomBytes(32).toString('base64')}`;
const hourAgo = () => Math.floor(Date.now() / 1000) - 3600;

describe('the tab API in production mode', () => {
  let tenant: TestTenant;
  let koers: KoersUnderTest;
  const me = (headers: Record<string, string>, query = '') =>
    fetch(`${koers.url}/api/tab/me${query}`, { headers });
  const bearer = async (aad: string, options?: TokenOptions) => ({
    authorization: `Bearer ${await tenant.token(aad, RESOURCE, options)}`,
  });

  beforeAll(async () => {
    tenant = await startTestTenant(TENANT);
  });
  afterAll(() => tenant.close());

  beforeEach(async () => {
    koers = await startKoers('sqlite', {
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'test-secret',
        MicrosoftAppTenantId: TENANT,
        KOERS_ENCRYPTION_KEY: key(),
        KOERS_PSEUDONYM_KEY: key(),
        PUBLIC_BASE_URL: 'https://koers.example.org',
        TAB_SSO_JWKS_URL: tenant.jwksUrl,
      },
    });
    const seeded = await seedStudy(koers.database);
    const identity = { tenantId: TENANT, aadObjectId: 'aad-1', teamsUserId: '29:user-1' };
    await seeded.stores.people.upsertFromTeams(
      { ...identity, name: 'Docent 1', locale: 'nl-NL' },
      new Date(),
    );
    await seeded.onRoster(
      { id: '29:user-1', aadObjectId: 'aad-1', name: 'Docent 1', tenantId: TENANT },
      'aanjager',
    );
  });
  afterEach(() => koers.stop());

  it('when the token is valid, then the aanjager gets their own eight weeks', async () => {
    const response = await me(await bearer('aad-1'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as TabDashboard;
    expect(body).toMatchObject({ language: 'nl', name: 'Docent 1', caseload: null });
    expect(body.ownWeeks).toHaveLength(8);
  });

  it.each([
    ['another audience', { claims: { aud: 'api://elsewhere.example.org/x' } }],
    [
      'another tenant',
      { claims: { tid: 'other', iss: 'https://login.microsoftonline.com/other/v2.0' } },
    ],
    ['an expiry in the past', { claims: { exp: hourAgo() + 60, iat: hourAgo(), nbf: hourAgo() } }],
    ['a signature by another key', { foreignKey: true }],
    ['no access_as_user scope', { claims: { scp: 'User.Read' } }],
  ])(
    'when the token has %s, then the answer is 401 and nothing about the person',
    async (_w, o) => {
      const response = await me(await bearer('aad-1', o));
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ error: 'not-signed-in' });
      expect(text).not.toContain('Docent 1');
    },
  );

  it('when there is no token, then the answer is 401', async () => {
    expect((await me({})).status).toBe(401);
    expect((await me({ authorization: 'Bearer nonsense' })).status).toBe(401);
  });

  it('when the development sign-in headers come outside local mode, then they are refused', async () => {
    const dev = { 'x-koers-dev-user': 'aad-1', 'x-koers-dev-tenant': TENANT };
    const alone = await me(dev);
    expect(alone.status).toBe(401);
    expect(await alone.text()).not.toContain('Docent 1');
    expect((await me({ ...dev, ...(await bearer('aad-1')) })).status).toBe(401);
  });

  it('when a valid token names someone Koers does not know, then the answer is a friendly 403', async () => {
    const dutch = await me(await bearer('aad-unknown'));
    expect(dutch.status).toBe(403);
    expect(await dutch.json()).toEqual({
      error: 'unknown-person',
      message: expect.stringMatching(/^Ik ken je nog niet/),
    });
    const english = await me(await bearer('aad-unknown'), '?locale=en-GB');
    expect(((await english.json()) as TabRefusal).message).toMatch(/^I don't know you yet/);
  });

  it('when the query is not understood, then the answer is 400', async () => {
    expect((await me(await bearer('aad-1'), `?locale=${'x'.repeat(50)}`)).status).toBe(400);
  });
});
