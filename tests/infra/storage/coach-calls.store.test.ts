import type { Person } from '../../../domain/people';
import { seedStudy, type SeededStudy } from '../../support/study';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { memberInTeams } from './store-fixtures';

const MONDAY = new Date('2026-11-30T09:00:00.000Z');
const FRIDAY = new Date('2026-12-04T14:00:00.000Z');

describe.each(databaseKinds)('CoachCallsStore on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;
  let coach: Person;
  let anna: { person: Person; memberId: string };
  let bram: { person: Person; memberId: string };

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
    ({ person: coach } = await memberInTeams(seeded, 1, 'teamcoach', MONDAY));
    anna = await memberInTeams(seeded, 2, 'aanjager', MONDAY);
    bram = await memberInTeams(seeded, 3, 'aanjager', MONDAY);
  });
  afterEach(() => database.dispose());

  it('when a call is recorded twice for the same week, then it is kept once with its first time', async () => {
    const call = { coachPersonId: coach.id, personId: anna.person.id, week: '2026-W49' };
    expect(await seeded.stores.coachCalls.record(call, MONDAY)).toEqual({ recorded: true });
    expect(await seeded.stores.coachCalls.record(call, FRIDAY)).toEqual({
      recorded: false,
      calledAt: MONDAY,
    });
    expect(await database.db.selectFrom('coach_calls').selectAll().execute()).toHaveLength(1);
  });

  it('when people were called in several weeks, then lastCallTo gives each their latest call', async () => {
    const { coachCalls } = seeded.stores;
    const call = { coachPersonId: coach.id, personId: anna.person.id };
    await coachCalls.record({ ...call, week: '2026-W45' }, MONDAY);
    await coachCalls.record({ ...call, week: '2026-W49' }, FRIDAY);
    const last = await coachCalls.lastCallTo([anna.person.id, bram.person.id]);
    expect([...last]).toEqual([[anna.person.id, FRIDAY]]);
    expect(await coachCalls.lastCallTo([])).toEqual(new Map());
  });

  it('when coach and person collect their data, then the coach sees whom they called and the person only when', async () => {
    const call = { coachPersonId: coach.id, personId: anna.person.id, week: '2026-W49' };
    await seeded.stores.coachCalls.record(call, MONDAY);
    const made = await seeded.stores.personalData.collect(coach.id, FRIDAY);
    expect(made.coachCallsMade).toEqual([
      expect.objectContaining({ person: 'Docent 2', week: '2026-W49' }),
    ]);
    const received = await seeded.stores.personalData.collect(anna.person.id, FRIDAY);
    expect(received.coachCallsReceived).toEqual([expect.objectContaining({ week: '2026-W49' })]);
    expect(JSON.stringify(received)).not.toContain(coach.id);
  });

  it('when a member is looked up, then the subject names their person and organisation', async () => {
    expect(await seeded.stores.coachCalls.subjectOf(anna.memberId)).toEqual({
      memberId: anna.memberId,
      personId: anna.person.id,
      organisationId: seeded.organisationId,
      name: 'Docent 2',
    });
    expect(await seeded.stores.coachCalls.subjectOf('no-such-member')).toBeUndefined();
  });
});
