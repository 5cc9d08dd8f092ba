import { pollInChannel, type PollInChannel } from '../support/poll-channel';
import { runKoersCli } from '../support/run-cli';
import { databaseKinds } from '../support/test-database';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');

describe.each(databaseKinds)('k per organisation (%s)', (kind) => {
  let p: PollInChannel;
  const outputs: Record<string, { code: number; out: string; err: string }> = {};
  beforeEach(async () => {
    p = await pollInChannel(kind, {
      clock: () => MONDAY,
      beforeSend: async (koers, seeded) => {
        const env = { ...koers.database.env, LOG_LEVEL: 'silent' };
        const org = ['org', 'poll-k', '--org', seeded.organisationId, '--k'];
        outputs.two = await runKoersCli([...org, '2'], env);
        outputs.three = await runKoersCli([...org, '3'], env);
        outputs.list = await runKoersCli(['org', 'list'], env);
        outputs.unknown = await runKoersCli(['org', 'poll-k', '--org', 'nope', '--k', '5'], env);
      },
    });
  });
  afterEach(() => p.koers.stop());

  it('when the beheerder asks for k below 3, then it is refused with the reason and k stays', () => {
    expect(outputs.two).toMatchObject({
      code: 2,
      err: expect.stringContaining(
        '--k must be at least 3: with fewer answers a small team could tell who said what',
      ),
    });
    expect(outputs.unknown).toMatchObject({ code: 1, err: expect.stringContaining('nope') });
  });

  it('when k is set to 3, then org list shows it and three answers show the results once closed', async () => {
    expect(outputs.three).toMatchObject({
      code: 0,
      out: 'Het Baken: new polls show results from 3 answers',
    });
    expect(outputs.list?.out).toContain('40 h, 5 dagdelen  poll k 3');
    const [anna, bram, cas] = p.docenten;
    if (!anna || !bram || !cas) throw new Error('three docenten expected');
    await p.answer(anna, { a0: 'rust' });
    await p.answer(bram, { a0: 'ruimte' });
    await p.answer(cas, { a0: 'contact' });
    expect(await p.close()).toContain('Chart.HorizontalBar');
  });
});
