import { randomUUID } from 'node:crypto';
import type { CommitmentDraft } from '../../../domain/commitments';
import type { Person } from '../../../domain/people';
import { seedStudy, type SeededStudy } from '../../support/study';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { memberInTeams } from './store-fixtures';

const AT = new Date('2026-11-27T10:00:00.000Z');

describe.each(databaseKinds)('CommitmentsStore on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;
  let coach: Person;
  const draft = (fields: Partial<CommitmentDraft>): CommitmentDraft => ({
    id: randomUUID(),
    organisationId: seeded.organisationId,
    coachPersonId: coach.id,
    kind: 'hours',
    minutes: 90,
    heldOn: '2026-11-12',
    ...fields,
  });

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
    ({ person: coach } = await memberInTeams(seeded, 1, 'teamcoach', AT));
  });
  afterEach(() => database.dispose());

  it('when nothing is recorded, then the summary shows the default agreement of 40 hours and 5 dagdelen', async () => {
    expect(await seeded.stores.commitments.summary(seeded.organisationId)).toEqual({
      hoursUsed: 0,
      hoursAgreed: 40,
      dagdelenHeld: 0,
      dagdelenAgreed: 5,
    });
  });

  it('when hours and dagdelen are recorded, then the summary adds them up per organisation', async () => {
    const { commitments, organisations } = seeded.stores;
    const other = await organisations.createOrganisation(
      { studyId: seeded.studyId, name: 'De Rede', timeZone: 'Europe/Amsterdam', careerTerm: 'SLB' },
      AT,
    );
    await commitments.record(draft({ minutes: 90 }), AT);
    await commitments.record(draft({ minutes: 45 }), AT);
    await commitments.record(draft({ kind: 'dagdeel', minutes: null }), AT);
    await commitments.record(draft({ organisationId: other.id, minutes: 600 }), AT);
    expect(await commitments.summary(seeded.organisationId)).toMatchObject({
      hoursUsed: 2.25,
      dagdelenHeld: 1,
    });
    expect(await commitments.summary(other.id)).toMatchObject({ hoursUsed: 10, dagdelenHeld: 0 });
  });

  it('when the same id is recorded twice, then it counts once and the second says so', async () => {
    const once = draft({});
    expect(await seeded.stores.commitments.record(once, AT)).toBe(true);
    expect(await seeded.stores.commitments.record(once, AT)).toBe(false);
    expect(await seeded.stores.commitments.summary(seeded.organisationId)).toMatchObject({
      hoursUsed: 1.5,
    });
  });

  it('when a note is kept, then it is encrypted at rest and the coach reads it back', async () => {
    await seeded.stores.commitments.record(draft({ note: 'gesprek met directie' }), AT);
    await seeded.stores.commitments.record(draft({ kind: 'dagdeel', minutes: null }), AT);
    const [row] = await database.db.selectFrom('coaching_commitments').selectAll().execute();
    expect(row?.note).not.toContain('directie');
    expect(await seeded.stores.commitments.recordedBy(coach.id)).toEqual([
      expect.objectContaining({ kind: 'hours', minutes: 90, note: 'gesprek met directie' }),
      expect.objectContaining({ kind: 'dagdeel', minutes: null, note: null }),
    ]);
  });

  it('when the coach collects their data, then it holds what they recorded, the note decrypted', async () => {
    await seeded.stores.commitments.record(draft({ note: 'gesprek met directie' }), AT);
    const data = await seeded.stores.personalData.collect(coach.id, AT);
    expect(data.coachingCommitments).toEqual([
      {
        organisationId: seeded.organisationId,
        kind: 'hours',
        minutes: 90,
        heldOn: '2026-11-12',
        note: 'gesprek met directie',
        createdAt: AT.toISOString(),
      },
    ]);
  });

  it('when another agreement is set, then summary and the list of agreements show it', async () => {
    const { commitments } = seeded.stores;
    expect(await commitments.agree(seeded.organisationId, { hours: 60, dagdelen: 6 })).toBe(true);
    expect(await commitments.agree('no-such-organisation', { hours: 1, dagdelen: 1 })).toBe(false);
    expect(await commitments.summary(seeded.organisationId)).toMatchObject({
      hoursAgreed: 60,
      dagdelenAgreed: 6,
    });
    expect((await commitments.agreements()).get(seeded.organisationId)).toEqual({
      hours: 60,
      dagdelen: 6,
    });
  });
});
