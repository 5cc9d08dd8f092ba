import { button, lastCard } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy } from '../support/study';
import { activities, teamsUser, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');
type Data = Record<string, unknown>;
type CardAnswer = { value: { actions?: { title: string; data: Data }[] } };

describe.each(databaseKinds)('a peiling to a list of people (%s)', (kind) => {
  let koers: KoersUnderTest;
  const aanjager = teamsUser(1);
  const docenten = [2, 3, 4, 5, 6].map((n) => teamsUser(n));
  const english = docenten[4] as TeamsUser;
  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  const shapeOf = (user: TeamsUser) => ({
    serviceUrl: koers.connector.url,
    user,
    locale: user === english ? 'en-GB' : 'nl-NL',
  });
  const execute = async (user: TeamsUser, data: Data) => {
    const response = await koers.post(activities.execute(shapeOf(user), data));
    return JSON.parse(response.body) as CardAnswer;
  };
  const cardIn = (user: TeamsUser) => JSON.stringify(lastCard(koers, chatOf(user)));
  const outcome = async () => {
    await koers.post(activities.message(shapeOf(aanjager), 'peiling resultaten'));
    return cardIn(aanjager);
  };

  beforeEach(async () => {
    koers = await startKoers(kind, { clock: () => MONDAY });
    const seeded = await seedStudy(koers.database);
    await seeded.onRoster(aanjager, 'aanjager');
    for (const user of [aanjager, ...docenten]) {
      if (user !== aanjager) await seeded.onRoster(user, 'docent');
      await koers.post(activities.installed(shapeOf(user)));
    }
  });
  afterEach(() => koers.stop());

  it('when the aanjager sends to five people, then each gets their own card and the owner sees results at k', async () => {
    await koers.post(activities.message(shapeOf(aanjager), 'peiling'));
    const setup = lastCard(koers, chatOf(aanjager)).body as { id?: string; value?: string }[];
    const ids = setup.find((element) => element.id === 'people')?.value ?? '';
    expect(ids.split(',')).toHaveLength(5);
    await koers.post(
      activities.submit(shapeOf(aanjager), {
        verb: 'poll-preview',
        template: 'je-doet-het-al',
        anonymous: 'true',
        closesOn: '2026-11-30',
        closesAt: '17:00',
        people: ids,
      }),
    );
    await koers.post(
      activities.submit(shapeOf(aanjager), button(koers, chatOf(aanjager), 'Versturen')),
    );
    await runKoersCli(['jobs', 'run-due', '--at', '2026-11-23T10:01:00+01:00'], {
      ...koers.database.env,
      LOG_LEVEL: 'silent',
    });

    for (const docent of docenten.slice(0, 4)) {
      expect(cardIn(docent)).toContain('Een moment deze week waarop je een student bereikte?');
    }
    // The frame speaks the docent's language; the questions stay as their author wrote them.
    expect(cardIn(english)).toContain('Anonymous: your answer is not stored under your name.');
    expect(cardIn(english)).toContain('Closes Monday 30 November at 17:00');
    expect(cardIn(english)).toContain('Een moment deze week waarop je een student bereikte?');

    for (const docent of docenten) {
      const data = button(koers, chatOf(docent), docent === english ? 'Send' : 'Versturen');
      const first = await execute(docent, { ...data, a0: `moment van ${docent.name}` });
      const consent = first.value.actions?.find((a) => /verstuur|send/.test(a.title));
      if (!consent) throw new Error('the first answer should ask for consent');
      await execute(docent, { ...consent.data, a0: `moment van ${docent.name}` });
      if (docent === docenten[3]) expect(await outcome()).toContain('4 antwoorden');
    }
    expect(await outcome()).not.toContain('moment van Docent 6');
    const pollId = String(button(koers, chatOf(docenten[0] as TeamsUser), 'versturen').pollId);
    await koers.post(activities.submit(shapeOf(aanjager), { verb: 'poll-close', pollId }));
    const five = cardIn(aanjager);
    expect(five).toContain('5 antwoorden');
    expect(five).toContain('moment van Docent 6');
  });
});
