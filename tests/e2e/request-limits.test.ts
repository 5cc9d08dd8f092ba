import { connect, type Socket } from 'node:net';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { activities, teamsUser } from '../support/teams-activities';

/** What a raw client reads until the server closes the connection, and how long that took. */
function readUntilClosed(socket: Socket): Promise<{ text: string; ms: number }> {
  const started = Date.now();
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return new Promise((resolve) =>
    socket.once('close', () => resolve({ text, ms: Date.now() - started })),
  );
}

function rawClient(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('request limits', () => {
  let koers: KoersUnderTest;
  const shape = () => ({ serviceUrl: koers.connector.url, user: teamsUser(1) });

  beforeEach(async () => {
    koers = await startKoers('sqlite', { env: { HTTP_REQUEST_TIMEOUT_MS: '600' } });
  });
  afterEach(() => koers.stop());

  it('when a body announces more than 256 KB, then 413 comes before it is sent, and nothing is stored', async () => {
    const socket = await rawClient(koers.url);
    const closed = readUntilClosed(socket);
    socket.write(
      'POST /api/messages HTTP/1.1\r\nhost: koers\r\ncontent-type: application/json\r\n' +
        `content-length: ${10 * 1024 * 1024}\r\n\r\n{"type":"message",`,
    );
    const { text } = await closed;
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(await koers.database.db.selectFrom('people').selectAll().execute()).toEqual([]);
  });

  it('when a real activity is sent with 300 KB of text, then 413 and the bot sends nothing', async () => {
    const huge = activities.message(shape(), 'x'.repeat(300 * 1024));
    expect((await koers.post(huge)).status).toBe(413);
    expect((await koers.post(activities.message(shape(), 'help'))).status).toBe(200);
    expect(koers.connector.activities()).toHaveLength(1);
  });

  it('when a body is gzip-compressed, then 415 and it is never inflated', async () => {
    const response = await fetch(`${koers.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: Buffer.alloc(64),
    });
    expect(response.status).toBe(415);
  });

  it('when a client sends its headers a byte at a time, then it is cut off after the deadline', async () => {
    const socket = await rawClient(koers.url);
    const closed = readUntilClosed(socket);
    socket.write('POST /api/messages HTTP/1.1\r\nhost: koers\r\n');
    const trickle = setInterval(() => socket.writable && socket.write('x'), 100);
    const { text, ms } = await closed;
    clearInterval(trickle);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(3000);
  });

  it('when a client stops halfway through its body, then 408 and the connection is closed', async () => {
    const socket = await rawClient(koers.url);
    const closed = readUntilClosed(socket);
    socket.write(
      'POST /api/messages HTTP/1.1\r\nhost: koers\r\ncontent-type: application/json\r\n' +
        'content-length: 500\r\n\r\n{"type":"message",',
    );
    const { text, ms } = await closed;
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(3000);
  });

  it('when a client is quick, then a kept-alive connection serves one request after another', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await koers.post(activities.message(shape(), 'help'))).status).toBe(200);
      await sleep(250);
    }
    expect(koers.connector.activities()).toHaveLength(3);
  });
});
