import { button, lastCard, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const NOTE = 'vandaag met drie mentoren over stages gesproken, dat ging verrassend goed';

describe.each(databaseKinds)('consent first (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  const aanjager = teamsUser(1);
  const chat = `a:personal-${aanjager.id}`;
  let shape: { serviceUrl: string; user: typeof aanjager };
  const contributions = () => koers.database.db.selectFrom('contributions').selectAll().execute();

  beforeEach(async () => {
    koers = await startKoers(kind);
    shape = { serviceUrl: koers.connector.url, user: aanjager };
    seeded = await seedStudy(koers.database);
    await seeded.onRoster(aanjager, 'aanjager');
  });
  afterEach(() => koers.stop());

  it('when someone on the roster installs Koers, then the consent card follows the welcome', async () => {
    await koers.post(activities.installed(shape));
    const card = lastCard(koers, chat);
    const text = (card.body ?? []).map((b) => b.text).join(' ');
    expect(text).toContain('Meedoen aan LOB van iedereen?');
    expect(text).toContain('Bedenktijd: 5 werkdagen na elke bijdrage');
    expect(text).toContain('Onderzoeker Een');
    expect(card.actions?.map((a) => a.title)).toEqual(['Ik doe mee', 'Ik doe niet mee']);
  });

  it('when a person without consent sends a logboek text, then they get the consent card and nothing is stored', async () => {
    await koers.post(activities.installed(shape));
    await koers.post(activities.message(shape, `logboek ${NOTE}`));
    expect(lastCard(koers, chat).actions?.[0]?.title).toBe('Ik doe mee');
    await koers.post(activities.message(shape, NOTE));
    await koers.post(activities.submit(shape, button(koers, chat, 'Bewaren')));
    expect(said(koers, chat).at(-1)).toContain('Meedoen aan LOB van iedereen?');
    expect(await contributions()).toHaveLength(0);
  });

  it('when a forged submit claims consent with another text, then it is not recorded', async () => {
    await koers.post(activities.installed(shape));
    const data = { ...button(koers, chat, 'Ik doe mee'), hash: 'a'.repeat(64) };
    await koers.post(activities.submit(shape, data));
    expect(said(koers, chat).join(' ')).toContain('De tekst is intussen bijgewerkt');
    const events = await koers.database.db.selectFrom('consent_events').selectAll().execute();
    expect(events).toHaveLength(0);
  });

  it('when consent is given with a note riding along, then the note is kept, encrypted, with its version and hash', async () => {
    await koers.post(activities.installed(shape));
    await koers.post(activities.message(shape, `logboek ${NOTE}`));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));

    expect(said(koers, chat).at(-1)).toMatch(/^Bewaard bij week \d+\. Tot en met .+ kun je het/);
    const [row] = await contributions();
    expect(row?.content).not.toContain('mentoren');
    const [notes] = await seeded.stores.contributions
      .listByPerson(row?.person_id ?? '')
      .then((all) => all.map((c) => c.text));
    expect(notes).toBe(NOTE);
    const event = await koers.database.db
      .selectFrom('consent_events')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ choice: 'given', text_version: 1 });
    expect(event.text_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('when the standard text is published as a new version, then a newcomer agrees to it and whoever agreed before keeps their version on record', async () => {
    const docent = teamsUser(2);
    const docentShape = { serviceUrl: koers.connector.url, user: docent };
    await seeded.onRoster(docent, 'docent');
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));

    const env = { ...koers.database.env, LOG_LEVEL: 'silent' };
    const published = await runKoersCli(
      ['study', 'consent-text', '--study', seeded.studyId, '--default'],
      env,
    );
    expect(published).toMatchObject({ code: 0, out: 'consent text version 2 published' });
    await koers.post(activities.installed(docentShape));
    const docentChat = `a:personal-${docent.id}`;
    const card = JSON.stringify(lastCard(koers, docentChat));
    expect(card).toContain('ook een antwoord op een anonieme peiling die al gesloten is');
    expect(card).toContain('uit de back-ups verdwijnt het uiterlijk 7 dagen later');
    await koers.post(activities.submit(docentShape, button(koers, docentChat, 'Ik doe mee')));

    const events = await koers.database.db
      .selectFrom('consent_events')
      .innerJoin('people', 'people.id', 'consent_events.person_id')
      .select(['people.teams_user_id', 'text_version', 'choice'])
      .orderBy('consent_events.at')
      .execute();
    expect(events).toEqual([
      { teams_user_id: aanjager.id, text_version: 1, choice: 'given' },
      { teams_user_id: docent.id, text_version: 2, choice: 'given' },
    ]);
    await koers.post(activities.message(shape, `logboek ${NOTE}`));
    expect(await contributions()).toHaveLength(1);
  });

  it('when someone declines, then a later logboek text is still refused and nothing is stored', async () => {
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe niet mee')));
    expect(said(koers, chat).at(-1)).toContain('ik bewaar niets van je');
    await koers.post(activities.message(shape, `logboek ${NOTE}`));
    expect(lastCard(koers, chat).actions?.[0]?.title).toBe('Ik doe mee');
    expect(await contributions()).toHaveLength(0);
  });

  it('when someone taking part presses "Ik doe niet mee" on their old consent card, then they are asked to confirm stopping, and confirming deletes what is inside the bedenktijd', async () => {
    await koers.post(activities.installed(shape));
    const decline = button(koers, chat, 'Ik doe niet mee');
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
    await koers.post(activities.message(shape, `logboek ${NOTE}`));
    expect(await contributions()).toHaveLength(1);

    await koers.post(activities.submit(shape, decline));
    expect(said(koers, chat).at(-1)).toContain('Stoppen met LOB van iedereen?');
    expect(said(koers, chat).at(-1)).toContain('1 bijdrage is nog binnen de bedenktijd');
    const events = () => koers.database.db.selectFrom('consent_events').select('choice').execute();
    expect((await events()).map((e) => e.choice)).toEqual(['given']);
    expect(await contributions()).toHaveLength(1);

    await koers.post(activities.submit(shape, button(koers, chat, 'Ja, ik stop')));
    expect((await events()).map((e) => e.choice)).toEqual(['given', 'withdrawn']);
    expect(await contributions()).toHaveLength(0);
  });

  it('when the consent card is asked for a study that does not exist, then a friendly word comes back', async () => {
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, { verb: 'consent-show', studyId: 'no-such-study' }));
    expect(said(koers, chat).at(-1)).toBe(
      'Dat ging niet helemaal goed. Wil je het nog een keer proberen?',
    );
  });

  it('when someone with no logboek role types text, then it is not offered as a note', async () => {
    const docent = teamsUser(2);
    await seeded.onRoster(docent, 'docent');
    const docentShape = { serviceUrl: koers.connector.url, user: docent };
    await koers.post(activities.installed(docentShape));
    await koers.post(activities.message(docentShape, 'hoi'));
    await koers.post(activities.message(docentShape, `logboek ${NOTE}`));
    const replies = said(koers, `a:personal-${docent.id}`);
    expect(replies.at(-2)).toContain('Dat snap ik nog niet');
    expect(replies.at(-1)).toContain('Dat is voor aanjager, maatje, teamcoach');
  });
});
