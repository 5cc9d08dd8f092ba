import type { Study } from '../../../domain/organisations';
import type { Person } from '../../../domain/people';
import { seedStudy, type SeededStudy } from '../../support/study';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { leaveTraces, memberInTeams } from './store-fixtures';

const MONDAY = new Date('2026-03-02T08:00:00.000Z');
const TUESDAY = new Date('2026-03-03T09:00:00.000Z');
const WEDNESDAY = new Date('2026-03-04T15:00:00.000Z');
const MONDAY_AFTER_NEXT = new Date('2026-03-16T08:00:00.000Z');

describe.each(databaseKinds)('ConsentStore.withdraw on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;
  let anna: { person: Person; memberId: string };
  let bram: { person: Person; memberId: string };
  const noteOf = new Map<string, string>();

  async function setUp(erasure: Study['erasure']) {
    seeded = await seedStudy(database, { erasure });
    anna = await memberInTeams(seeded, 1, 'aanjager', MONDAY);
    bram = await memberInTeams(seeded, 2, 'maatje', MONDAY);
    for (const { person } of [anna, bram]) {
      const { contributionId } = await leaveTraces(database, seeded, person, TUESDAY);
      noteOf.set(person.id, contributionId);
    }
  }

  /** What is left of each table's rows, per person. */
  async function tracesOf(person: Person) {
    const { db } = database;
    const notes = await db
      .selectFrom('contributions')
      .select('id')
      .where('person_id', '=', person.id)
      .execute();
    const attachments = await db
      .selectFrom('attachments')
      .select('id')
      .where('contribution_id', '=', noteOf.get(person.id) ?? '')
      .execute();
    const messages = await db
      .selectFrom('outbox')
      .select('id')
      .where('person_id', '=', person.id)
      .execute();
    const state = await db
      .selectFrom('bot_state')
      .select('key')
      .where('key', 'like', `%${person.teamsUserId}/`)
      .execute();
    return {
      notes: notes.length,
      attachments: attachments.length,
      messages: messages.length,
      botState: state.length,
    };
  }

  const NOTE = expect.objectContaining({ kind: 'logboek-note', submittedAt: TUESDAY }) as unknown;
  const everything = { notes: 1, attachments: 1, messages: 1, botState: 2 };
  const nothing = { notes: 0, attachments: 0, messages: 0, botState: 0 };

  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.dispose());

  it('when someone withdraws inside the window, then their notes, attachments, messages and bot state go and the other person keeps theirs', async () => {
    await setUp('window');
    expect(await tracesOf(anna.person)).toEqual(everything);
    const outcome = await seeded.stores.consents.withdraw(
      anna.person.id,
      seeded.studyId,
      WEDNESDAY,
    );
    expect(outcome).toEqual({
      erasure: 'window',
      erased: { contributions: [NOTE], files: 1, pollAnswers: 0, reportAnswers: 0 },
      kept: { contributions: [], pollAnswers: 0, reportAnswers: 0 },
    });
    expect(await tracesOf(anna.person)).toEqual(nothing);
    expect(await tracesOf(bram.person)).toEqual(everything);
    expect(await seeded.stores.contributions.listByPerson(bram.person.id)).toEqual([
      expect.objectContaining({ text: 'notitie van Docent 2' }),
    ]);
  });

  it('when someone withdraws after the window, then their notes stay and queued messages and bot state go', async () => {
    await setUp('window');
    const outcome = await seeded.stores.consents.withdraw(
      anna.person.id,
      seeded.studyId,
      MONDAY_AFTER_NEXT,
    );
    expect(outcome).toEqual({
      erasure: 'window',
      erased: { contributions: [], files: 0, pollAnswers: 0, reportAnswers: 0 },
      kept: { contributions: [NOTE], pollAnswers: 0, reportAnswers: 0 },
    });
    expect(await tracesOf(anna.person)).toEqual({ ...nothing, notes: 1, attachments: 1 });
  });

  it("when the study erases in full, then withdrawing removes all notes and the member pseudonym, and no one else's", async () => {
    await setUp('full');
    const { pseudonyms } = seeded.stores;
    const { studyId, organisationId } = seeded;
    expect(await pseudonyms.forMember(studyId, organisationId, anna.memberId, MONDAY)).toBe(
      'P-01-01',
    );
    expect(await pseudonyms.forMember(studyId, organisationId, bram.memberId, MONDAY)).toBe(
      'P-01-02',
    );

    const outcome = await seeded.stores.consents.withdraw(
      anna.person.id,
      studyId,
      MONDAY_AFTER_NEXT,
    );

    expect(outcome).toEqual({
      erasure: 'full',
      erased: { contributions: [NOTE], files: 1, pollAnswers: 0, reportAnswers: 0 },
      kept: { contributions: [], pollAnswers: 0, reportAnswers: 0 },
    });
    expect(await tracesOf(anna.person)).toEqual(nothing);
    const codes = await database.db
      .selectFrom('pseudonyms')
      .select('code')
      .orderBy('code')
      .execute();
    expect(codes.map((row) => row.code)).toEqual(['ORG-01', 'P-01-02']);
  });

  it('when the study erases by window, then withdrawing keeps the member pseudonym', async () => {
    await setUp('window');
    const { studyId, organisationId } = seeded;
    await seeded.stores.pseudonyms.forMember(studyId, organisationId, anna.memberId, MONDAY);
    await seeded.stores.consents.withdraw(anna.person.id, studyId, MONDAY_AFTER_NEXT);
    const codes = await database.db
      .selectFrom('pseudonyms')
      .select('code')
      .orderBy('code')
      .execute();
    expect(codes.map((row) => row.code)).toEqual(['ORG-01', 'P-01-01']);
  });
});
