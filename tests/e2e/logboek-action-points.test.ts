import { personalChat, startDelivery, type DeliveryUnderTest } from '../support/delivery-harness';
import { addKeeper } from '../support/logboek-keeper';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { databaseKinds } from '../support/test-database';

const cardsIn = (koers: DeliveryUnderTest, chat: string) =>
  koers.connector
    .activitiesIn(chat)
    .map(({ activity }) => JSON.stringify(activity.attachments ?? activity.text));

describe.each(databaseKinds)('agreed action points in the weekly logboek (%s)', (kind) => {
  let koers: DeliveryUnderTest;
  let seeded: SeededStudy;
  const runAt = (iso: string) =>
    runKoersCli(['jobs', 'run-due', '--at', iso], { ...koers.database.env, LOG_LEVEL: 'silent' });
  const agree = (ownerPersonId: string, what: string, dueOn: string | null, createdBy: string) =>
    seeded.stores.actionPoints.add(
      {
        organisationId: seeded.organisationId,
        checkInId: null,
        ownerPersonId,
        what,
        dueOn,
        createdBy,
      },
      new Date('2026-11-20T10:00:00Z'),
    );

  beforeEach(async () => {
    koers = await startDelivery(kind);
    seeded = await seedStudy(koers.database);
  });
  afterEach(() => koers.stop());

  it('when an aanjager has open action points, then the weekly card lists them to tick off, and none of anyone else', async () => {
    const anna = await addKeeper(koers, seeded, 1);
    const bram = await addKeeper(koers, seeded, 2);
    const coach = await addKeeper(koers, seeded, 3, 'teamcoach');
    const first = await agree(
      anna.person.id,
      'visie op papier met de directie',
      '2026-12-04',
      coach.person.id,
    );
    await agree(anna.person.id, 'mentoren uitnodigen', null, coach.person.id);
    await agree(bram.person.id, 'iets van bram', null, coach.person.id);

    await runAt('2026-11-27T15:00:00+01:00');

    const [prompt] = cardsIn(koers, personalChat(1));
    expect(prompt).toContain('Je had afgesproken');
    expect(prompt).toContain('visie op papier met de directie, uiterlijk 4 december');
    expect(prompt).toContain('mentoren uitnodigen');
    expect(prompt).toContain(`done-${first.id}`);
    expect(prompt).not.toContain('iets van bram');
  });

  it('when a coach already nudged someone this week, then the logboek reminder stays away', async () => {
    const anna = await addKeeper(koers, seeded, 1);
    await runAt('2026-11-20T15:00:00+01:00'); // Friday prompt, week 47
    await seeded.stores.contactBudget.claim(anna.person.id, '2026-W47', 'nudge', null, new Date());
    await runAt('2026-11-22T15:00:00+01:00'); // Sunday: the reminder would be due
    expect(cardsIn(koers, personalChat(1))).toHaveLength(1);
  });

  it('when the reminder went out, then the week’s contact budget is spent', async () => {
    const anna = await addKeeper(koers, seeded, 1);
    await runAt('2026-11-20T15:00:00+01:00');
    await runAt('2026-11-22T15:00:00+01:00');
    expect(cardsIn(koers, personalChat(1))).toHaveLength(2);
    const nudged = await seeded.stores.contactBudget.claim(
      anna.person.id,
      '2026-W47',
      'nudge',
      null,
      new Date(),
    );
    expect(nudged).toBe(false);
  });
});
