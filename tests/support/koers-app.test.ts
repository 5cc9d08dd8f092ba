import { startKoers, type KoersUnderTest } from './koers-app';

// Longer than the server's keep-alive timeout (Node's 5 s): making 10,000 fuzz requests, or
// checking every card they caused, can keep a loaded machine's test process this busy.
const BUSY_MS = 6_000;
// The server closing an idle connection races a request written on it: a few rounds.
const ROUNDS = 4;

describe('posting to the whole bot under test', () => {
  let koers: KoersUnderTest;

  beforeAll(async () => {
    koers = await startKoers('sqlite');
  });
  afterAll(() => koers.stop());

  it('when the test itself was busy for longer than a connection may idle, then the next post is still answered', async () => {
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await koers.post('{"type":"none"}');
      const until = Date.now() + BUSY_MS;
      while (Date.now() < until); // synchronous work: the event loop stands still
      statuses.push((await koers.post('{"type":"none"}')).status);
    }
    expect(statuses).toEqual(new Array(ROUNDS).fill(400));
  }, 60_000);
});
