import { entraTokenVerifier, type TokenVerifier } from '../../tab/api/entra-token';
import { startTestTenant, type TestTenant } from '../support/test-tenant';

const TENANT = '11111111-2222-3333-4444-555555555555';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const RESOURCE = `api://koers.example.org/${APP_ID}`;
const hourAgo = () => Math.floor(Date.now() / 1000) - 3600;

describe('tab SSO token check', () => {
  let tenant: TestTenant;
  let verifier: TokenVerifier;
  const refusals: string[] = [];

  beforeAll(async () => {
    tenant = await startTestTenant(TENANT);
    verifier = entraTokenVerifier({
      jwksUrl: tenant.jwksUrl,
      tenantId: TENANT,
      audiences: [RESOURCE, APP_ID],
      onRefused: (reason) => refusals.push(reason),
    });
  });
  afterAll(() => tenant.close());

  it('when a v2 token for the app comes from the tenant, then it names the person', async () => {
    const token = await tenant.token('aad-7', APP_ID);
    expect(await verifier.verify(token)).toEqual({ tenantId: TENANT, aadObjectId: 'aad-7' });
  });

  it('when a v1 token for api://<host>/<app id> comes from the tenant, then it is accepted', async () => {
    const claims = { iss: `https://sts.windows.net/${TENANT}/` };
    const token = await tenant.token('aad-7', RESOURCE, { claims });
    expect(await verifier.verify(token)).toEqual({ tenantId: TENANT, aadObjectId: 'aad-7' });
  });

  it.each([
    ['another audience', { claims: { aud: 'api://elsewhere.example.org/other-app' } }],
    ['another issuer', { claims: { iss: 'https://login.microsoftonline.com/other/v2.0' } }],
    ['another tenant id', { claims: { tid: 'other-tenant' } }],
    ['an expiry an hour ago', { claims: { exp: hourAgo() + 60, iat: hourAgo(), nbf: hourAgo() } }],
    ['no access_as_user scope', { claims: { scp: 'User.Read' } }],
    ['no scope at all', { claims: { scp: undefined } }],
    ['no object id', { claims: { oid: undefined } }],
    ['a signature by a key the tenant never published', { foreignKey: true }],
  ])('when the token has %s, then it is refused', async (_what, options) => {
    const before = refusals.length;
    expect(await verifier.verify(await tenant.token('aad-7', APP_ID, options))).toBeUndefined();
    expect(refusals.length).toBe(before + 1);
  });

  it('when the token is not a JWT at all, then it is refused', async () => {
    expect(await verifier.verify('not.a.token')).toBeUndefined();
  });

  it('when Koers has no tenant id, then no token is accepted', async () => {
    const noTenant = entraTokenVerifier({
      jwksUrl: tenant.jwksUrl,
      tenantId: '',
      audiences: [APP_ID],
      onRefused: () => undefined,
    });
    expect(await noTenant.verify(await tenant.token('aad-7', APP_ID))).toBeUndefined();
  });
});
