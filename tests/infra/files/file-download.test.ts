import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FileDownload } from '../../../infra/files/file-download';

let server: Server;
let base: string;
const seen: { path: string; authorization?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
    if (req.url === '/hang') return; // never answers
    res.setHeader('content-length', '5');
    res.end('hallo');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);
beforeEach(() => {
  seen.length = 0;
});

const limits = { maxBytes: 5, timeoutMs: 200, httpsOnly: false };

describe('downloading a file someone sent', () => {
  it('when the file fits exactly, then its bytes come back, with the bearer token only when given', async () => {
    const download = new FileDownload(limits);
    expect(await download.fetch(`${base}/a`)).toEqual({ ok: true, bytes: Buffer.from('hallo') });
    await download.fetch(`${base}/b`, 'token-1');
    expect(seen).toEqual([
      { path: '/a', authorization: undefined },
      { path: '/b', authorization: 'Bearer token-1' },
    ]);
  });

  it('when the file is one byte over, then it is too big', async () => {
    const download = new FileDownload({ ...limits, maxBytes: 4 });
    expect(await download.fetch(`${base}/a`)).toEqual({ ok: false, reason: 'too-big' });
  });

  it('when the server does not answer in time, then the download fails and does not hang', async () => {
    const started = Date.now();
    expect(await new FileDownload(limits).fetch(`${base}/hang`)).toEqual({
      ok: false,
      reason: 'failed',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('when production gets an http link, then nothing is fetched', async () => {
    const download = new FileDownload({ ...limits, httpsOnly: true });
    expect(await download.fetch(`${base}/a`)).toEqual({ ok: false, reason: 'failed' });
    expect(seen).toEqual([]);
  });
});
