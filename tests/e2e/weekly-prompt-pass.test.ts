import { personalChat, startDelivery, type DeliveryUnderTest } from '../support/delivery-harness';
import { addKeeper } from '../support/logboek-keeper';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { databaseKinds } from '../support/test-database';

/** The planning pass reads only who may be due: these are the edges of that narrowing. */
describe.each(databaseKinds)('the weekly prompt pass, narrowed (%s)', (kind) => {
  let koers: DeliveryUnderTest;
  let seeded: SeededStudy;
  const runAt = (iso: string) =>
    runKoersCli(['jobs', 'run-due', '--at', iso], { ...koers.database.env, LOG_LEVEL: 'silent' });
  const cards = (n: number) =>
    koers.connector
      .activitiesIn(personalChat(n))
      .map(({ activity }) => JSON.stringify(activity.attachments));

  beforeEach(async () => {
    koers = await startDelivery(kind);
    seeded = await seedStudy(koers.database);
  });
  afterEach(() => koers.stop());

  it('when it is already Monday 00:30 in Kiritimati (UTC+14) on Sunday, then that keeper, done with the old week, gets the new one', async () => {
    const { person } = await addKeeper(koers, seeded, 1);
    await koers.database.db
      .updateTable('people')
      .set({ time_zone: 'Pacific/Kiritimati' })
      .where('id', '=', person.id)
      .execute();
    const monday = { weekday: 1, hour: 0, minute: 30, pausedUntil: null } as const;
    await seeded.stores.logboek.saveSettings(person.id, monday, new Date());
    const keeper = { personId: person.id, organisationId: seeded.organisationId };
    await seeded.stores.logboek.recordWeek(keeper, '2026-W48', 'written', {}, new Date());

    await runAt('2026-11-29T10:29:00Z');
    expect(cards(1)).toHaveLength(0);
    await runAt('2026-11-29T10:31:00Z');
    expect(cards(1)).toHaveLength(1);
    expect(cards(1)[0]).toContain('Je logboek, week 49');
  });

  it('when a week was marked prompted but its card never queued (a crash), then the next pass sends it, once', async () => {
    const { person } = await addKeeper(koers, seeded, 1);
    const keeper = { personId: person.id, organisationId: seeded.organisationId };
    const promptedAt = new Date('2026-11-27T14:00:00Z');
    await seeded.stores.logboek.recordWeek(
      keeper,
      '2026-W48',
      'prompted',
      { promptedAt },
      promptedAt,
    );

    await runAt('2026-11-27T15:01:00+01:00');
    await runAt('2026-11-27T15:02:00+01:00');
    expect(cards(1)).toHaveLength(1);
    expect(cards(1)[0]).toContain('Je logboek, week 48');
  });

  it('when the scheduler was down for three weeks and starts again on Saturday, then one card comes, for this week only', async () => {
    await addKeeper(koers, seeded, 1);
    await runAt('2026-11-06T15:00:00+01:00'); // week 45, the last pass before the downtime
    await runAt('2026-11-28T10:00:00+01:00'); // Saturday of week 48: the first pass after it
    await runAt('2026-11-28T10:01:00+01:00');
    await runAt('2026-11-28T10:15:00+01:00');

    const sent = cards(1);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('Je logboek, week 45');
    expect(sent[1]).toContain('Je logboek, week 48');
  });

  it('when a pass sends the card, then the index moves to next Friday and the reminder; once that went, no reminder is due', async () => {
    const { person } = await addKeeper(koers, seeded, 1);
    const due = () =>
      koers.database.db
        .selectFrom('logboek_due')
        .select(['prompt_at', 'remind_at'])
        .where('person_id', '=', person.id)
        .executeTakeFirstOrThrow()
        .then((row) => [row.prompt_at, row.remind_at].map((t) => t && new Date(t).toISOString()));

    await runAt('2026-11-27T15:01:00+01:00');
    expect(await due()).toEqual(['2026-12-04T14:00:00.000Z', '2026-11-29T14:00:00.000Z']);
    await runAt('2026-11-29T15:01:00+01:00');
    expect(cards(1)).toHaveLength(2);
    expect(await due()).toEqual(['2026-12-04T14:00:00.000Z', null]);
  });
});
