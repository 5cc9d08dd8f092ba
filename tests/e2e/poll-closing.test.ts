import { said } from '../support/cards-sent';
import { pollInChannel, CHANNEL, type PollInChannel } from '../support/poll-channel';
import { runKoersCli } from '../support/run-cli';
import { activities, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const CLOSES = '2026-11-30T17:00:00+01:00';

describe.each(databaseKinds)('peilingen closing on time (%s)', (kind) => {
  let p: PollInChannel;
  let now: Date;
  const runDue = (at: string) =>
    runKoersCli(['jobs', 'run-due', '--at', at], { ...p.koers.database.env, LOG_LEVEL: 'silent' });
  const updates = () =>
    p.koers.connector.activitiesIn(CHANNEL.id).filter((a) => a.kind === 'update');

  beforeEach(async () => {
    now = MONDAY;
    p = await pollInChannel(kind, { clock: () => now });
  });
  afterEach(() => p.koers.stop());

  it('when the closing time passes, then one pass closes the poll, updates the card and tells the owner once', async () => {
    for (const docent of p.docenten.slice(0, 5)) await p.answer(docent, { a0: 'rust' });

    await runDue('2026-11-30T16:59:00+01:00');
    expect(updates()).toHaveLength(0);

    await runDue(CLOSES);
    const poll = await p.koers.database.db
      .selectFrom('polls')
      .select('closed_at')
      .executeTakeFirstOrThrow();
    expect(new Date(poll.closed_at ?? 0).toISOString()).toBe(new Date(CLOSES).toISOString());
    expect(updates()).toHaveLength(1);
    expect(JSON.stringify(updates()[0]?.activity)).toContain('is gesloten');
    const told = said(p.koers, p.personal).filter((s) => s.includes('is gesloten met'));
    expect(told).toEqual([
      'Je peiling "Wat neem je mee uit het dagdeel?" is gesloten met 5 antwoorden. De uitkomst staat klaar: typ peiling resultaten.',
    ]);

    await runDue('2026-11-30T18:00:00+01:00');
    expect(updates()).toHaveLength(1);
    expect(said(p.koers, p.personal).filter((s) => s.includes('is gesloten met'))).toHaveLength(1);
    now = new Date('2026-11-30T18:00:00+01:00');
    expect(await p.outcome()).toContain('Chart.HorizontalBar');
  });

  it('when fewer than k answered, then the owner hears the count without a pointer to results', async () => {
    await p.answer(p.docenten[0] as TeamsUser, { a0: 'iets' });
    await runDue(CLOSES);
    const told = said(p.koers, p.personal).find((s) => s.includes('is gesloten met')) ?? '';
    expect(told).toContain('is gesloten met 1 antwoord.');
    expect(told).toContain('te weinig');
    expect(told).not.toContain('peiling resultaten');
  });

  it('when the owner closed it by hand first, then the closing time sends nothing more', async () => {
    const close = { verb: 'poll-close', pollId: p.pollId };
    await p.koers.post(activities.submit(p.shape(p.aanjager, false), close));
    const result = await runDue(CLOSES);
    expect(result.out).toContain('queued 0');
    expect(updates()).toHaveLength(1);
    expect(said(p.koers, p.personal).filter((s) => s.includes('is gesloten met'))).toHaveLength(1);
  });
});
