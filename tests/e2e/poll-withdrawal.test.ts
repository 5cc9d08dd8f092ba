import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastCard, said } from '../support/cards-sent';
import { pollInChannel, type PollInChannel } from '../support/poll-channel';
import { runKoersCli } from '../support/run-cli';
import { activities, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const TUESDAY = new Date('2026-11-24T10:00:00+01:00');
// Answers of Monday 23 November are in their bedenktijd until the end of Monday 30 November.
const AFTER_WINDOW = new Date('2026-12-01T10:00:00+01:00');

describe.each(databaseKinds)('withdrawing with poll answers (%s)', (kind) => {
  let p: PollInChannel;
  let now: Date;
  const start = async (options: { anonymous: boolean; erasure?: 'window' | 'full' }) => {
    now = MONDAY;
    p = await pollInChannel(kind, { clock: () => now, ...options });
  };
  const answers = () => p.koers.database.db.selectFrom('poll_answers').selectAll().execute();
  const withdraw = async (user: TeamsUser) => {
    const shape = { serviceUrl: p.koers.connector.url, user };
    await p.koers.post(activities.installed(shape));
    await p.koers.post(activities.submit(shape, { verb: 'withdraw', studyId: p.seeded.studyId }));
    return said(p.koers, `a:personal-${user.id}`).at(-1) ?? '';
  };
  const closeOnTime = () =>
    runKoersCli(['jobs', 'run-due', '--at', '2026-11-30T17:00:00+01:00'], {
      ...p.koers.database.env,
      LOG_LEVEL: 'silent',
    });
  afterEach(() => p.koers.stop());

  it('when someone stops inside the bedenktijd of an open anonymous poll, then only their answer is gone', async () => {
    await start({ anonymous: true });
    const [anna, bram] = p.docenten as [TeamsUser, TeamsUser];
    await p.answer(anna, { a0: 'van anna' });
    await p.answer(bram, { a0: 'van bram' });
    now = TUESDAY;

    expect(await withdraw(anna)).toContain('Verwijderd: 1 antwoord op een peiling.');
    const left = await answers();
    expect(left).toHaveLength(1);
    expect(await p.seeded.stores.pollAnswers.answersTo(p.pollId)).toEqual([{ 0: 'van bram' }]);
    expect(await p.koers.database.db.selectFrom('poll_markers').selectAll().execute()).toHaveLength(
      1,
    );
  });

  it('when a docent on no roster said yes on the poll card, then toestemming in their own chat shows it and offers to stop', async () => {
    await start({ anonymous: true });
    const [anna] = p.docenten as [TeamsUser];
    await p.answer(anna, { a0: 'van anna' });
    const shape = { serviceUrl: p.koers.connector.url, user: anna };
    await p.koers.post(activities.installed(shape));
    await p.koers.post(activities.message(shape, 'toestemming'));
    const card = JSON.stringify(lastCard(p.koers, `a:personal-${anna.id}`));
    expect(card).toContain('Ik wil stoppen');
    expect(card).toContain(p.seeded.studyId);
  });

  it('when a docent stops the day after closing, inside their bedenktijd, then the anonymous answer goes and the export waits for every bedenktijd', async () => {
    await start({ anonymous: true });
    const [anna, bram] = p.docenten as [TeamsUser, TeamsUser];
    await p.answer(anna, { a0: 'van anna' });
    now = TUESDAY;
    await p.answer(bram, { a0: 'van bram' });
    await closeOnTime();
    const exported = async () => {
      const file = join(p.koers.database.env.DATA_DIR ?? '', `export-${Date.now()}.csv`);
      const args = ['export', '--study', p.seeded.studyId, '--format', 'csv', '--out', file];
      const env = { ...p.koers.database.env, LOG_LEVEL: 'silent' };
      expect((await runKoersCli(args, env)).code).toBe(0);
      return readFileSync(file, 'utf8');
    };

    // Anna's bedenktijd ended with Monday 30 November; Bram's runs until the end of 1 December.
    now = AFTER_WINDOW;
    expect(await withdraw(bram)).toContain('Verwijderd: 1 antwoord op een peiling.');
    expect(await withdraw(anna)).toContain('Er was niets om te verwijderen.');
    expect(await p.seeded.stores.pollAnswers.answersTo(p.pollId)).toEqual([{ 0: 'van anna' }]);
    expect(await exported()).not.toContain('van anna');

    await runKoersCli(['jobs', 'run-due', '--at', '2026-12-02T00:00:00+01:00'], {
      ...p.koers.database.env,
      LOG_LEVEL: 'silent',
    });
    expect(await p.koers.database.db.selectFrom('poll_markers').selectAll().execute()).toEqual([]);
    const later = await exported();
    expect(later).toContain('van anna');
    expect(later).toContain('2026-11-30;peiling');
  });

  it('when a named answer is inside its bedenktijd, then it is deleted even after closing; outside it, it stays', async () => {
    await start({ anonymous: false });
    const [anna, bram] = p.docenten as [TeamsUser, TeamsUser];
    await p.answer(anna, { a0: 'van anna' });
    await p.answer(bram, { a0: 'van bram' });
    const [row] = await answers();
    expect(new Date(row?.window_ends_at ?? 0).toISOString()).toBe('2026-11-30T23:00:00.000Z');
    await closeOnTime();

    now = new Date('2026-11-30T18:00:00+01:00');
    expect(await withdraw(anna)).toContain('Verwijderd: 1 antwoord op een peiling.');
    now = AFTER_WINDOW;
    expect(await withdraw(bram)).toContain(
      'Onder een pseudoniem blijft in het onderzoek, omdat de bedenktijd voorbij was: 1 antwoord op een peiling.',
    );
    const left = await answers();
    expect(left).toHaveLength(1);
    expect(left[0]?.person_id).not.toBeNull();
  });

  it('when the study erases fully, then every findable answer goes, also after the bedenktijd', async () => {
    await start({ anonymous: false, erasure: 'full' });
    const [anna] = p.docenten as [TeamsUser];
    await p.answer(anna, { a0: 'van anna' });
    now = AFTER_WINDOW;

    expect(await withdraw(anna)).toContain('Verwijderd: 1 antwoord op een peiling.');
    expect(await answers()).toEqual([]);
  });

  it('when an open anonymous poll is answered and the bedenktijd passed, then the answer stays', async () => {
    await start({ anonymous: true });
    const [anna] = p.docenten as [TeamsUser];
    await p.answer(anna, { a0: 'van anna' });
    now = AFTER_WINDOW;
    // Still open at this moment only if nothing closed it: the pass has not run.
    expect(await withdraw(anna)).toContain('Er was niets om te verwijderen.');
    expect(await answers()).toHaveLength(1);
  });
});
