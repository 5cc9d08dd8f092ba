import type { Person } from '../../../domain/people';
import { seedStudy, type SeededStudy } from '../../support/study';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { consentDeclined, consentGiven, logboekNote, memberInTeams } from './store-fixtures';

const MONDAY = new Date('2026-03-30T08:00:00.000Z');
const TUESDAY = new Date('2026-03-31T08:00:00.000Z');
/** Thursday before Easter 2026, 10:00 in Amsterdam (summer time, UTC+2). */
const MAUNDY_THURSDAY = new Date('2026-04-02T10:00:00+02:00');
const NOTE = 'vandaag met de mentoren over stages gepraat';

describe.each(databaseKinds)('ConsentStore and the consent gate on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;
  let anna: Person;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
    ({ person: anna } = await memberInTeams(seeded, 1, 'aanjager', MONDAY));
  });
  afterEach(() => database.dispose());

  const consents = () => seeded.stores.consents;
  const contributionRows = () => database.db.selectFrom('contributions').selectAll().execute();
  const latestChoice = async () => (await consents().latest(anna.id, seeded.studyId))?.choice;

  it('when consent is given and withdrawn in the same millisecond, then the latest choice is withdrawn', async () => {
    await consents().decide(anna.id, seeded.studyId, consentGiven, TUESDAY);
    await consents().withdraw(anna.id, seeded.studyId, TUESDAY);
    expect(await latestChoice()).toBe('withdrawn');
  });

  it('when consent is declined and then given in the same millisecond, then the latest choice is given', async () => {
    await consents().decide(anna.id, seeded.studyId, consentDeclined, TUESDAY);
    await consents().decide(anna.id, seeded.studyId, consentGiven, TUESDAY);
    expect(await consents().latest(anna.id, seeded.studyId)).toEqual({
      seq: 2,
      choice: 'given',
      at: TUESDAY,
      textVersion: 1,
      textHash: consentGiven.textHash,
    });
  });

  it('when consent is given, then the register keeps the text version and the audit log says so', async () => {
    await consents().decide(anna.id, seeded.studyId, consentGiven, TUESDAY);
    const events = await database.db.selectFrom('consent_events').selectAll().execute();
    expect(events).toEqual([
      expect.objectContaining({ choice: 'given', text_version: 1, language: 'nl', seq: 1 }),
    ]);
    expect(await seeded.stores.audit.about(`person:${anna.id}`)).toEqual([
      expect.objectContaining({ action: 'consent.given', details: { version: 1 } }),
    ]);
  });

  it('when someone unknown decides, then nothing is recorded', async () => {
    await expect(
      consents().decide('no-such-person', seeded.studyId, consentGiven, TUESDAY),
    ).rejects.toHaveProperty('message', 'Unknown person.');
    expect(await database.db.selectFrom('consent_events').selectAll().execute()).toEqual([]);
    expect(
      await database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', 'like', 'consent.%')
        .execute(),
    ).toEqual([]);
  });

  it.each([
    ['before any consent', async () => {}],
    [
      'after declining',
      async () => consents().decide(anna.id, seeded.studyId, consentDeclined, MONDAY),
    ],
    [
      'after withdrawing',
      async () => {
        await consents().decide(anna.id, seeded.studyId, consentGiven, MONDAY);
        await consents().withdraw(anna.id, seeded.studyId, MONDAY);
      },
    ],
  ])(
    'when a note is added %s, then it is refused for lack of consent and nothing is written',
    async (_when, before) => {
      await before();
      expect(
        await seeded.stores.contributions.add(logboekNote(seeded, anna, NOTE), TUESDAY),
      ).toEqual({
        stored: false,
        reason: 'no-consent',
        studyId: seeded.studyId,
      });
      expect(await contributionRows()).toEqual([]);
    },
  );

  it('when a note is added with consent, then it is stored encrypted and reads back as written', async () => {
    await consents().decide(anna.id, seeded.studyId, consentGiven, MONDAY);
    const added = await seeded.stores.contributions.add(logboekNote(seeded, anna, NOTE), TUESDAY);
    expect(added.stored).toBe(true);
    expect(JSON.stringify(await contributionRows())).not.toContain('stages');
    expect(await seeded.stores.contributions.listByPerson(anna.id)).toEqual([
      expect.objectContaining({ text: NOTE, submittedAt: TUESDAY }),
    ]);
  });

  it('when a note is submitted on the Thursday before Easter, then its window ends at the end of Friday 10 April in Amsterdam', async () => {
    await consents().decide(anna.id, seeded.studyId, consentGiven, MONDAY);
    const added = await seeded.stores.contributions.add(
      logboekNote(seeded, anna, NOTE),
      MAUNDY_THURSDAY,
    );
    // Fri 3, (Easter Monday 6 off), Tue 7, Wed 8, Thu 9, Fri 10: open until Saturday 00:00 CEST.
    const [row] = await contributionRows();
    expect(new Date(row?.window_ends_at ?? 0).toISOString()).toBe('2026-04-10T22:00:00.000Z');
    expect(added.stored && added.contribution.windowEndsAt.toISOString()).toBe(
      '2026-04-10T22:00:00.000Z',
    );
  });
});
