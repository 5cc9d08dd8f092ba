import { databaseKinds } from '../support/test-database';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { activities, teamsUser } from '../support/teams-activities';

type Card = { contentType: string; content: { body: { text?: string; facts?: unknown[] }[] } };

function cardsIn(koers: KoersUnderTest, conversationId: string): Card['content'][] {
  return koers.connector
    .activitiesIn(conversationId)
    .flatMap((sent) => (sent.activity.attachments ?? []) as Card[])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

const texts = (card: Card['content']) => card.body.map((element) => element.text ?? '').join(' ');

describe.each(databaseKinds)('installing and asking for help (%s)', (kind) => {
  let koers: KoersUnderTest;
  const user = teamsUser(1);
  let shape: { serviceUrl: string; user: typeof user };
  const personalChat = `a:personal-${user.id}`;

  beforeEach(async () => {
    koers = await startKoers(kind);
    shape = { serviceUrl: koers.connector.url, user };
  });
  afterEach(() => koers.stop());

  it('when Teams installs the app, then the person and reference are stored and welcomed once', async () => {
    expect((await koers.post(activities.installed(shape))).status).toBe(200);
    expect((await koers.post(activities.botAdded(shape))).status).toBe(200);

    const cards = cardsIn(koers, personalChat);
    expect(cards).toHaveLength(1);
    expect(texts(cards[0]!)).toContain('Hoi Docent, ik ben Koers');
    const person = await koers.database.db
      .selectFrom('people')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      aad_object_id: 'aad-1',
      tenant_id: 'tenant-1',
      name: 'Docent 1',
    });
    const conversation = await koers.database.db
      .selectFrom('conversations')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(conversation).toMatchObject({
      id: personalChat,
      person_id: person.id,
      scope: 'personal',
    });
    expect(JSON.parse(conversation.reference)).toMatchObject({ serviceUrl: koers.connector.url });
  });

  it('when the Teams locale is English, then the welcome is in English', async () => {
    await koers.post(activities.installed({ ...shape, locale: 'en-US' }));
    expect(texts(cardsIn(koers, personalChat)[0]!)).toContain("Hi Docent, I'm Koers");
  });

  it('when someone types help, then the help card lists the commands', async () => {
    await koers.post(activities.message(shape, 'Help'));
    const [help] = cardsIn(koers, personalChat);
    expect(texts(help!)).toContain('Wat kan ik hier?');
    expect(JSON.stringify(help)).toContain('"title":"help"');
  });

  it('when the welcome card button is pressed, then the help card arrives', async () => {
    await koers.post(activities.submit(shape, { verb: 'help' }));
    expect(texts(cardsIn(koers, personalChat)[0]!)).toContain('Wat kan ik hier?');
  });

  it('when a card submit is malformed, then a friendly answer comes and nothing breaks', async () => {
    expect((await koers.post(activities.submit(shape, { verb: 42, __proto__: {} }))).status).toBe(
      200,
    );
    const [reply] = koers.connector.activitiesIn(personalChat);
    expect(reply?.activity.text).toBe(
      'Dat ging niet helemaal goed. Wil je het nog een keer proberen?',
    );
  });

  it('when unknown text comes twice, then a short hint comes first and the help card second', async () => {
    await koers.post(activities.message(shape, 'hallo daar'));
    await koers.post(activities.message(shape, 'nog iets'));
    const [hint, second] = koers.connector.activitiesIn(personalChat);
    expect(hint?.activity.text).toContain('Typ help');
    expect(second?.activity.attachments).toHaveLength(1);
  });

  it('when a command comes between two unknown texts, then the second gets the short hint again', async () => {
    await koers.post(activities.message(shape, 'hallo daar'));
    await koers.post(activities.submit(shape, { verb: 'help' }));
    await koers.post(activities.message(shape, 'nog iets'));
    const [hint, help, again] = koers.connector.activitiesIn(personalChat);
    expect(hint?.activity.text).toContain('Typ help');
    expect(help?.activity.attachments).toHaveLength(1);
    expect(again?.activity.text).toContain('Typ help');
    expect(again?.activity.attachments ?? []).toHaveLength(0);
  });

  it('when the body is not JSON or not an activity, then 400, and the server keeps serving', async () => {
    expect((await koers.post('{"type": "message", ')).status).toBe(400);
    expect((await koers.post({ hello: 'world' } as never)).status).toBe(400);
    expect((await koers.post(activities.message(shape, 'help'))).status).toBe(200);
    expect(cardsIn(koers, personalChat)).toHaveLength(1);
  });

  it('when an unknown activity type arrives, then it is ignored without error', async () => {
    expect((await koers.post(activities.ofType(shape, 'somethingNew'))).status).toBe(200);
    expect(koers.connector.activities()).toHaveLength(0);
  });

  it('when the app is uninstalled, then the person is unreachable and the reference is gone', async () => {
    await koers.post(activities.installed(shape));
    await koers.post(activities.uninstalled(shape));
    const person = await koers.database.db
      .selectFrom('people')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(person.unreachable_since).not.toBeNull();
    expect(await koers.database.db.selectFrom('conversations').selectAll().execute()).toEqual([]);
  });

  it('when installed in a team channel, then one short hello goes to the channel', async () => {
    const channel = { id: '19:team@thread.tacv2', conversationType: 'channel' as const };
    await koers.post(activities.botAdded({ ...shape, conversation: channel }));
    const sent = koers.connector.activitiesIn(channel.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.activity.text).toContain('Hoi allemaal');
  });

  it('when /healthz is asked, then it reports the mode and storage', async () => {
    const response = await fetch(`${koers.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', mode: 'local', storage: kind });
  });
});
