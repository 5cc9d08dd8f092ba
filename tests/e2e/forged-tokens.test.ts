import { randomBytes } from 'node:crypto';
import { emulatorIssuerCount, postForged } from '../support/forged-tokens';
import { startKoers, type KoersUnderTest } from '../support/koers-app';

const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const key = () => `k1:${randomBytes(32).toString('base64')}`;

describe('when strangers post forged tokens naming made-up tenants', () => {
  let koers: KoersUnderTest;
  let silenced: jest.SpyInstance;
  beforeEach(async () => {
    silenced = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    koers = await startKoers('sqlite', {
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'test-secret',
        MicrosoftAppTenantId: '11111111-2222-3333-4444-555555555555',
        KOERS_ENCRYPTION_KEY: key(),
        KOERS_PSEUDONYM_KEY: key(),
      },
    });
  });
  afterEach(async () => {
    await koers.stop();
    silenced.mockRestore();
  });

  it('then 30,000 of them are refused and botbuilder keeps no state for their tenants', async () => {
    const issuersBefore = emulatorIssuerCount();
    const { statuses } = await postForged(koers.url, {
      appId: APP_ID,
      serviceUrl: koers.connector.url,
      count: 30_000,
      lanes: 16,
      chunk: 30_000,
    });
    expect(Object.fromEntries(statuses)).toEqual({ 401: 30_000 });
    expect(emulatorIssuerCount()).toBe(issuersBefore);
    expect(koers.connector.calls).toEqual([]);
    // About 30 s on a quiet machine; on a loaded two-core one (the whole suite beside it) over 120.
  }, 400_000);
});
