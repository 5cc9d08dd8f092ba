import { button, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

// What the fuzz test (fuzz.test.ts) found, one case each, so a regression names itself.
const THURSDAY = new Date('2026-10-01T10:00:00+02:00');
const CRASHED =
  'Oei, er ging bij mij iets mis. Het ligt niet aan jou, maar dit bericht heb ik niet kunnen bewaren. Stuur het zo nog eens?';
const REFUSED = 'Dat ging niet helemaal goed. Wil je het nog een keer proberen?';

describe.each(databaseKinds)('hostile input (%s)', (kind) => {
  let koers: KoersUnderTest;
  const aanjager = teamsUser(1);
  const chat = `a:personal-${aanjager.id}`;
  let shape: { serviceUrl: string; user: typeof aanjager };
  const invoke = (value: unknown) =>
    koers.post({ ...activities.ofType(shape, 'invoke'), name: 'adaptiveCard/action', value });
  const contributions = () => koers.database.db.selectFrom('contributions').selectAll().execute();

  beforeEach(async () => {
    koers = await startKoers(kind, { clock: () => THURSDAY });
    shape = { serviceUrl: koers.connector.url, user: aanjager };
    const seeded = await seedStudy(koers.database);
    await seeded.onRoster(aanjager, 'aanjager');
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
  });
  afterEach(() => koers.stop());

  it.each([[{}], [{ action: null }], ['Action.Execute']])(
    'when an Action.Execute invoke carries %j instead of an action, then the answer is 400 and the chat stays quiet',
    async (value) => {
      const before = said(koers, chat).length;
      const response = await invoke(value);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ type: 'application/vnd.microsoft.error' });
      expect(said(koers, chat).slice(before)).toEqual([]);
    },
  );

  it('when a logboek button names a week its year does not have, then a friendly word comes back', async () => {
    const later = { verb: 'logboek-later', week: '2025-W53' };
    const response = await koers.post(activities.execute(shape, later));
    expect(JSON.parse(response.body)).toMatchObject({ value: REFUSED });
    await koers.post(activities.submit(shape, { verb: 'my-logboek-week', week: '0000-W01' }));
    expect(said(koers, chat).at(-1)).toBe(REFUSED);
    expect(said(koers, chat)).not.toContain(CRASHED);
  });

  it('when a poll is set to close on a date that has the form of one but is none, then a friendly word comes back', async () => {
    const setup = { template: 'dagdeel', anonymous: 'true', closesAt: '17:00', people: '' };
    await koers.post(
      activities.submit(shape, { verb: 'poll-preview', ...setup, closesOn: '2026-13-01' }),
    );
    expect(said(koers, chat).at(-1)).toBe(REFUSED);
  });

  it('when a message is longer than one note may be, then they hear so and nothing is kept', async () => {
    await koers.post(activities.message(shape, 'x'.repeat(20_001)));
    expect(said(koers, chat).at(-1)).toBe(
      'Dat is meer dan ik in één notitie kan bewaren (20.000 tekens). Wil je het in een paar stukken sturen?',
    );
    await koers.post(activities.message(shape, `logboek ${'y'.repeat(20_001)}`));
    expect(said(koers, chat).at(-1)).toContain('meer dan ik in één notitie kan bewaren');
    expect(await contributions()).toEqual([]);
  });

  it('when a command is followed by a very long text, then the command answers as it always does', async () => {
    await koers.post(activities.message(shape, `koppel ${'K'.repeat(300)}`));
    expect(said(koers, chat).at(-1)).toBe(
      'Die code ken ik niet. Kijk je even of hij goed is overgetypt?',
    );
    await koers.post(activities.message(shape, `voortgang ${'x'.repeat(20_001)}`));
    await koers.post(activities.message(shape, `mijn check-ins ${'x'.repeat(20_001)}`));
    await koers.post(activities.message(shape, `uren 1,5 ${'x'.repeat(20_001)}`));
    expect(said(koers, chat)).not.toContain(CRASHED);
  });

  it('when a button carries a number beyond a database integer or an id holding U+0000, then a friendly word comes back', async () => {
    const cancel = { verb: 'check-in-cancel', checkInId: 'c1', sequence: 2_147_483_648 };
    await koers.post(activities.submit(shape, cancel));
    expect(said(koers, chat).at(-1)).toBe(REFUSED);
    await koers.post(activities.submit(shape, { verb: 'poll-view', pollId: 'poll\u0000' }));
    expect(said(koers, chat).at(-1)).toBe(REFUSED);
  });

  it('when a field Koers reads on every turn has the wrong type or holds U+0000, then the body is refused with 400 before any turn', async () => {
    const before = said(koers, chat).length;
    const message = activities.message(shape, 'help');
    expect((await koers.post({ ...message, text: 1.5 } as never)).status).toBe(400);
    expect((await koers.post({ ...message, locale: 5 } as never)).status).toBe(400);
    const nul = { ...message, from: { ...message.from, name: 'Docent\u00001' } };
    expect((await koers.post(nul as never)).status).toBe(400);
    expect(said(koers, chat).slice(before)).toEqual([]);
  });
});
