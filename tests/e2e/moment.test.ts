import { button, lastCard, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

describe.each(databaseKinds)('choosing the weekly moment (%s)', (kind) => {
  let koers: KoersUnderTest;
  const user = teamsUser(1);
  const chat = `a:personal-${user.id}`;
  let shape: { serviceUrl: string; user: typeof user };
  const runAt = (iso: string) =>
    runKoersCli(['jobs', 'run-due', '--at', iso], { ...koers.database.env, LOG_LEVEL: 'silent' });
  const prompts = () => said(koers, chat).filter((line) => line.includes('Je logboek, week'));

  beforeEach(async () => {
    koers = await startKoers(kind, { clock: () => new Date('2026-11-27T10:00:00+01:00') });
    shape = { serviceUrl: koers.connector.url, user };
    const seeded = await seedStudy(koers.database);
    await seeded.onRoster(user, 'aanjager');
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
  });
  afterEach(() => koers.stop());

  it("when someone picks Monday 09:30 on a Friday, then this week's prompt still comes once and next week's on Monday at 09:30", async () => {
    await koers.post(activities.message(shape, 'moment'));
    const card = JSON.stringify(lastCard(koers, chat));
    expect(card).toContain('"value":"5"');
    expect(card).toContain('"value":"15:00"');

    await koers.post(
      activities.submit(shape, {
        verb: 'moment-save',
        weekday: '1',
        time: '09:30',
        pausedUntil: '',
      }),
    );
    expect(said(koers, chat).at(-1)).toBe('Goed, je logboek komt voortaan op maandag om 09:30.');

    await runAt('2026-11-27T15:00:00+01:00');
    await runAt('2026-11-30T09:29:00+01:00');
    expect(prompts()).toEqual([expect.stringContaining('Je logboek, week 48')]);
    await runAt('2026-11-30T09:30:00+01:00');
    expect(prompts()).toEqual([
      expect.stringContaining('Je logboek, week 48'),
      expect.stringContaining('Je logboek, week 49'),
    ]);
  });

  it('when someone pauses until a date, then no prompt comes before it and one comes after', async () => {
    await koers.post(
      activities.submit(shape, {
        verb: 'moment-save',
        weekday: '5',
        time: '15:00',
        pausedUntil: '2026-12-04',
      }),
    );
    expect(said(koers, chat).at(-1)).toContain(
      'Tot en met 4 december 2026 stuur ik je even niets.',
    );
    await runAt('2026-12-04T15:00:00+01:00');
    expect(prompts()).toHaveLength(0);
    await runAt('2026-12-11T15:00:00+01:00');
    expect(prompts()).toEqual([expect.stringContaining('Je logboek, week 50')]);
  });

  it('when the time is not a time, then a friendly word comes and nothing changes', async () => {
    await koers.post(
      activities.submit(shape, { verb: 'moment-save', weekday: '1', time: '25:00' }),
    );
    expect(said(koers, chat).at(-1)).toBe(
      'Dat ging niet helemaal goed. Wil je het nog een keer proberen?',
    );
    expect(
      await koers.database.db.selectFrom('logboek_settings').selectAll().execute(),
    ).toHaveLength(0);
  });
});
