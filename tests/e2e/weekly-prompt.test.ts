import { strings } from '../../cards/strings';
import { personalChat, startDelivery, type DeliveryUnderTest } from '../support/delivery-harness';
import { addKeeper } from '../support/logboek-keeper';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { databaseKinds } from '../support/test-database';

const cardsIn = (koers: DeliveryUnderTest, chat: string) =>
  koers.connector
    .activitiesIn(chat)
    .map(({ activity }) => JSON.stringify(activity.attachments ?? activity.text));

describe.each(databaseKinds)('the weekly logboek prompt, time driven (%s)', (kind) => {
  let koers: DeliveryUnderTest;
  let seeded: SeededStudy;
  const runAt = (iso: string) =>
    runKoersCli(['jobs', 'run-due', '--at', iso], { ...koers.database.env, LOG_LEVEL: 'silent' });

  beforeEach(async () => {
    koers = await startDelivery(kind);
    seeded = await seedStudy(koers.database);
  });
  afterEach(() => koers.stop());

  it.each([
    ['the March change (week 13)', '2026-03-27', '+01:00', 13],
    ['the October change (week 43)', '2026-10-23', '+02:00', 43],
    ['the first week after it (week 44)', '2026-10-30', '+01:00', 44],
    ['week 53 of 2026', '2027-01-01', '+01:00', 53],
  ])(
    'when Friday 15:00 comes in %s, then exactly one prompt arrives at 15:00 local time',
    async (_label, friday, offset, week) => {
      await addKeeper(koers, seeded, 1);
      await runAt(`${friday}T14:59:00${offset}`);
      expect(cardsIn(koers, personalChat(1))).toHaveLength(0);

      await runAt(`${friday}T15:00:00${offset}`);
      await runAt(`${friday}T15:05:00${offset}`);
      await runAt(`${friday}T18:00:00${offset}`);

      const sent = cardsIn(koers, personalChat(1));
      expect(sent).toHaveLength(1);
      expect(sent[0]).toContain(`Je logboek, week ${week}`);
    },
  );

  it('when someone declined consent or is not a logboek keeper, then no prompt is sent', async () => {
    const { person } = await addKeeper(koers, seeded, 1);
    const declined = { choice: 'declined', textVersion: 1, textHash: 'h', language: 'nl' } as const;
    await seeded.stores.consents.decide(person.id, seeded.studyId, declined, new Date());
    await addKeeper(koers, seeded, 2, 'docent');
    await runAt('2026-11-27T15:00:00+01:00');
    expect(cardsIn(koers, personalChat(1))).toHaveLength(0);
    expect(cardsIn(koers, personalChat(2))).toHaveLength(0);
  });

  it('when the Friday falls in a holiday, then nothing is sent that week and the week is quiet', async () => {
    const { person } = await addKeeper(koers, seeded, 1);
    await seeded.stores.organisations.addHoliday(
      seeded.organisationId,
      {
        name: 'kerstvakantie',
        startsOn: '2026-12-19',
        endsOn: '2027-01-03',
      },
      new Date(),
    );
    await runAt('2026-12-25T15:00:00+01:00');
    await runAt('2026-12-28T15:00:00+01:00');
    expect(cardsIn(koers, personalChat(1))).toHaveLength(0);
    expect(await seeded.stores.logboek.recentWeeks(person.id)).toEqual([
      { week: '2026-W52', status: 'quiet' },
    ]);
  });

  it('when nothing came, then one reminder follows two days later, and never a second', async () => {
    await addKeeper(koers, seeded, 1);
    await runAt('2026-11-20T15:00:00+01:00'); // Friday: the prompt
    await runAt('2026-11-21T15:00:00+01:00');
    expect(cardsIn(koers, personalChat(1))).toHaveLength(1);
    await runAt('2026-11-22T15:00:00+01:00'); // Sunday: the reminder
    await runAt('2026-11-22T16:00:00+01:00');
    const sent = cardsIn(koers, personalChat(1));
    expect(sent).toHaveLength(2);
    expect(sent[1]).toContain(strings('nl').logboekFlow.reminderLine(47));
  });

  it('when three weeks stay silent, then the teamcoach is told once and no fourth prompt comes', async () => {
    const { memberId } = await addKeeper(koers, seeded, 1);
    const coach = await addKeeper(koers, seeded, 2, 'teamcoach');
    await seeded.stores.members.assignCoach(coach.memberId, memberId);
    for (const friday of ['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27', '2026-12-04']) {
      await runAt(`${friday}T15:00:00+01:00`);
    }
    const prompts = cardsIn(koers, personalChat(1)).filter((c) => c.includes('Je logboek, week'));
    expect(prompts.map((c) => /week (\d+)/.exec(c)?.[1])).toEqual(['45', '46', '47']);
    const coachTold = cardsIn(koers, personalChat(2)).filter((c) =>
      c.includes('schreef drie weken niets'),
    );
    expect(coachTold).toHaveLength(1);
    expect(coachTold[0]).toContain('P 1');
  });
});
