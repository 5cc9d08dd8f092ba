import { OutboxStore } from '../../../infra/delivery/outbox.store';
import { markWeek } from '../../../infra/storage/contribution-writes';
import { logboekDue } from '../../../infra/storage/migrations/0019-logboek-due';
import { seedStudy, type SeededStudy } from '../../support/study';
import { teamsUser } from '../../support/teams-activities';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { consentDeclined, consentGiven, memberInTeams, personInTeams } from './store-fixtures';

const MONDAY = new Date('2026-11-23T08:00:00Z'); // 2026-W48
const FRIDAY_15 = '2026-11-27T14:00:00.000Z'; // the default moment that week
const SUNDAY_15 = new Date('2026-11-29T14:00:00Z');
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** Every change that moves someone's next prompt or reminder writes their logboek_due row. */
describe.each(databaseKinds)('the next-due index on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
  });
  afterEach(() => database.dispose());

  const dueOf = async (personId: string) => {
    const row = await database.db
      .selectFrom('logboek_due')
      .selectAll()
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row && { promptAt: iso(row.prompt_at), remindAt: iso(row.remind_at) };
  };
  /** An aanjager who said yes on Monday, with the week's prompt queued and its reminder on Sunday. */
  const prompted = async (n = 1) => {
    const { person, memberId } = await memberInTeams(seeded, n, 'aanjager', MONDAY);
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentGiven, MONDAY);
    const keeper = { personId: person.id, organisationId: seeded.organisationId };
    const card = {
      dedupeKey: `${person.id}:logboek-prompt:2026-W48`,
      purpose: 'logboek-prompt',
      target: { personId: person.id },
      activity: { type: 'message' as const },
      notBefore: new Date(FRIDAY_15),
    };
    await new OutboxStore(database.db, kind).enqueue([card], MONDAY);
    const times = { promptedAt: new Date(FRIDAY_15), remindAt: SUNDAY_15 };
    await seeded.stores.logboek.recordWeek(keeper, '2026-W48', 'prompted', times, MONDAY);
    return { person, memberId, keeper };
  };

  it('when someone in a logboek role says yes, then they are due at their moment; when they say no, not at all', async () => {
    const { person } = await memberInTeams(seeded, 1, 'aanjager', MONDAY);
    expect(await dueOf(person.id)).toBeUndefined();
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentGiven, MONDAY);
    expect(await dueOf(person.id)).toEqual({ promptAt: FRIDAY_15, remindAt: null });
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentDeclined, MONDAY);
    expect(await dueOf(person.id)).toBeUndefined();
  });

  it('when the aanjager role is granted or revoked, then the row comes and goes with it', async () => {
    const { person } = await memberInTeams(seeded, 1, 'docent', MONDAY);
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentGiven, MONDAY);
    expect(await dueOf(person.id)).toBeUndefined();
    const memberId = await seeded.onRoster(teamsUser(1), 'aanjager');
    expect(await dueOf(person.id)).toEqual({ promptAt: FRIDAY_15, remindAt: null });
    await seeded.stores.members.revokeRole(memberId, 'aanjager', 'test', MONDAY);
    expect(await dueOf(person.id)).toBeUndefined();
  });

  it('when a roster line by e-mail is linked to the person who installed Koers, then they become due', async () => {
    const person = await personInTeams(seeded, 1, MONDAY);
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentGiven, MONDAY);
    const line = { name: 'Docent 1', email: 'docent1@example.org', role: 'aanjager' as const };
    await seeded.stores.roster.importRoster(seeded.organisationId, [line], 'test', MONDAY);
    expect(await dueOf(person.id)).toBeUndefined();
    await seeded.stores.roster.recognise(person, 'docent1@example.org', MONDAY);
    expect(await dueOf(person.id)).toEqual({ promptAt: FRIDAY_15, remindAt: null });
  });

  it('when the moment moves to Tuesday 9:30, then so does the next prompt', async () => {
    const { person } = await memberInTeams(seeded, 1, 'aanjager', MONDAY);
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentGiven, MONDAY);
    const tuesday = { weekday: 2, hour: 9, minute: 30, pausedUntil: null } as const;
    await seeded.stores.logboek.saveSettings(person.id, tuesday, MONDAY);
    expect((await dueOf(person.id))?.promptAt).toBe('2026-11-24T08:30:00.000Z');
  });

  it('when the school is in Bonaire, then the prompt is due at Friday 15:00 on the clocks there', async () => {
    // A school's zone is set when it is made (`koers org create --time-zone`); nothing changes it
    // later, so the index must place each keeper by their own school's clocks from the start.
    const bonaire = await seeded.stores.organisations.createOrganisation(
      {
        studyId: seeded.studyId,
        name: 'Scholengemeenschap Bonaire',
        timeZone: 'America/Kralendijk',
        careerTerm: 'LOB',
      },
      MONDAY,
    );
    const person = await personInTeams(seeded, 1, MONDAY);
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentGiven, MONDAY);
    const line = { name: 'Docent 1', email: 'docent1@example.org', role: 'aanjager' as const };
    await seeded.stores.roster.importRoster(bonaire.id, [line], 'test', MONDAY);
    await seeded.stores.roster.recognise(person, 'docent1@example.org', MONDAY);
    expect(await dueOf(person.id)).toEqual({
      promptAt: '2026-11-27T19:00:00.000Z',
      remindAt: null,
    });
  });

  it('when a prompt goes out, then its reminder is due; a pause or a holiday over that day takes it away', async () => {
    const { person } = await prompted(1);
    expect(await dueOf(person.id)).toEqual({
      promptAt: '2026-12-04T14:00:00.000Z',
      remindAt: SUNDAY_15.toISOString(),
    });
    const paused = { weekday: 5, hour: 15, minute: 0, pausedUntil: '2026-11-30' } as const;
    await seeded.stores.logboek.saveSettings(person.id, paused, MONDAY);
    expect((await dueOf(person.id))?.remindAt).toBeNull();

    const other = await prompted(2);
    const holiday = { name: 'herfst', startsOn: '2026-11-29', endsOn: '2026-11-29' };
    await seeded.stores.organisations.addHoliday(seeded.organisationId, holiday, MONDAY);
    expect((await dueOf(other.person.id))?.remindAt).toBeNull();
  });

  it('when the week is written or skipped, then its reminder is no longer due', async () => {
    const anna = await prompted(1);
    await markWeek(database.db, anna.keeper, '2026-W48', 'written', MONDAY);
    expect((await dueOf(anna.person.id))?.remindAt).toBeNull();
    const bram = await prompted(2);
    await seeded.stores.logboek.skipWeek(bram.keeper, '2026-W48', MONDAY);
    expect((await dueOf(bram.person.id))?.remindAt).toBeNull();
  });

  it('when the prompts stop after silent weeks, then none is due, until a week is written again', async () => {
    const { person, keeper } = await prompted(1);
    for (const week of ['2026-W45', '2026-W46', '2026-W47'])
      await seeded.stores.logboek.recordWeek(keeper, week, 'prompted', {}, MONDAY);
    await seeded.stores.logboek.recordWeek(keeper, '2026-W49', 'stopped', {}, MONDAY);
    expect((await dueOf(person.id))?.promptAt).toBeNull();
    await markWeek(database.db, keeper, '2026-W49', 'written', SUNDAY_15);
    expect((await dueOf(person.id))?.promptAt).toBe(SUNDAY_15.toISOString());
  });

  it('when a pass handled someone after downtime, then their next prompt is the coming moment, not a missed one', async () => {
    const { person } = await memberInTeams(seeded, 1, 'aanjager', MONDAY);
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentGiven, MONDAY);
    const [due, at] = [seeded.stores.logboekDue, new Date('2026-12-16T10:00:00Z')];
    await due.passed([person.id], await due.inputsOf([person.id], at), at);
    expect((await dueOf(person.id))?.promptAt).toBe('2026-12-18T14:00:00.000Z');
  });

  it('when migration 0019 runs on a database with keepers, then it fills in their rows', async () => {
    const { person } = await prompted(1);
    await database.db.schema.dropTable('logboek_due').execute();
    // The migration itself, as it ran on a database that had keepers before it (later migrations
    // are applied already, so the migrator would refuse to run 0019 out of order).
    await logboekDue(database.kind).up(database.db as never);
    expect(await dueOf(person.id)).toEqual({
      promptAt: '2026-12-04T14:00:00.000Z',
      remindAt: SUNDAY_15.toISOString(),
    });
  });
});
