import { startKoers, type KoersUnderTest } from '../support/koers-app';

describe('the pages the Teams app package links to', () => {
  let koers: KoersUnderTest;
  beforeEach(async () => {
    koers = await startKoers('sqlite');
  });
  afterEach(() => koers.stop());

  it.each([
    ['/privacy', 'Stoppen kan altijd'],
    ['/terms', 'noem geen namen of gegevens van leerlingen'],
  ])('when someone opens %s, then a page in Dutch (and English) answers', async (path, words) => {
    const response = await fetch(`${koers.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain(words);
  });
});
