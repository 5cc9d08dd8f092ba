import { randomBytes } from 'node:crypto';
import { startKoers, type KoersUnderTest } from '../support/koers-app';

const key = () => `k1:${randomBytes(32).toString('base64')}`;
const production = (extra: Record<string, string> = {}) => ({
  MicrosoftAppId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  MicrosoftAppPassword: 'test-secret',
  MicrosoftAppTenantId: '11111111-2222-3333-4444-555555555555',
  KOERS_ENCRYPTION_KEY: key(),
  KOERS_PSEUDONYM_KEY: key(),
  ...extra,
});

describe('security headers and /metrics', () => {
  let koers: KoersUnderTest | undefined;
  afterEach(async () => {
    await koers?.stop();
    koers = undefined;
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${koers?.url}${path}`, { headers });

  it('when a browser loads the tab, then only Teams and Microsoft 365 may frame it and nothing is sniffed', async () => {
    koers = await startKoers('sqlite');
    const tab = await get('/tab');
    const ancestors = tab.headers.get('content-security-policy') ?? '';
    expect(ancestors).toMatch(/^frame-ancestors 'self' /);
    for (const host of [
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.cloud.microsoft',
    ]) {
      expect(ancestors.split(' ')).toContain(host);
    }
    expect(ancestors.split(' ')).not.toContain('*');
    expect(tab.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('when the privacy page, the terms and the API answer, then they say nosniff, and HSTS only over https', async () => {
    koers = await startKoers('sqlite');
    for (const path of ['/privacy', '/terms', '/healthz', '/api/tab/me']) {
      const answer = await get(path);
      expect([path, answer.headers.get('x-content-type-options')]).toEqual([path, 'nosniff']);
      expect(answer.headers.get('strict-transport-security')).toBeNull();
    }
    const behindTls = await get('/privacy', { 'x-forwarded-proto': 'https' });
    expect(behindTls.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  it('when production has no METRICS_TOKEN, then /metrics is not there', async () => {
    koers = await startKoers('sqlite', { env: production() });
    expect((await get('/metrics')).status).toBe(404);
  });

  it('when production has a METRICS_TOKEN, then /metrics answers only with it', async () => {
    koers = await startKoers('sqlite', { env: production({ METRICS_TOKEN: 'scrape-me' }) });
    expect((await get('/metrics')).status).toBe(401);
    expect((await get('/metrics', { authorization: 'Bearer guess' })).status).toBe(401);
    const answer = await get('/metrics', { authorization: 'Bearer scrape-me' });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toMatch(/^koers_outbox_throttled_seconds_total 0$/m);
  });
});
