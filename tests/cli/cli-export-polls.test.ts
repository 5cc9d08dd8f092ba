import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PollQuestion } from '../../domain/polls';
import { OCTOBER_13, participants, seedResearchStudy } from '../support/research-study';
import { runKoersCli } from '../support/run-cli';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/test-database';

const questions: PollQuestion[] = [
  { kind: 'scale', text: 'hoe nuttig was het dagdeel?', choices: ['weinig', 'veel'] },
  { kind: 'open', text: 'wat neem je mee?', choices: [] },
];
const OCTOBER_14 = new Date('2026-10-14T10:00:00.000Z');
const OCTOBER_16 = new Date('2026-10-16T15:00:00.000Z');

describe.each(databaseKinds)('koers export with poll answers on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.dispose());

  it('when polls closed, then each open answer is a document: anonymous ones without author or date of their own, named ones under the pseudonym; open polls wait', async () => {
    const seeded = await seedResearchStudy(database, 'window');
    const { polls, pollAnswers, roster } = seeded.stores;
    // Polls are for docenten on the roster; these two also teach.
    const teachers = [participants.coach, participants.maatje].map((p) => ({
      name: p.name,
      aadObjectId: p.aadObjectId,
      role: 'docent' as const,
    }));
    await roster.importRoster(seeded.organisationId, teachers, 'test', OCTOBER_13);
    const poll = (anonymous: boolean, title: string, minute: number) =>
      polls.create(
        {
          organisationId: seeded.organisationId,
          ownerPersonId: seeded.ids.anna,
          title,
          anonymous,
          audience: 'people',
          conversationId: null,
          closesAt: new Date('2026-10-20T12:00:00.000Z'),
          questions,
        },
        new Date(OCTOBER_13.getTime() + minute * 60_000),
      );
    const anonymous = await poll(true, 'na het dagdeel', 1);
    await pollAnswers.answer(
      anonymous.id,
      seeded.ids.coach,
      { 0: 4, 1: 'de vragen van de mentor' },
      OCTOBER_14,
    );
    await pollAnswers.answer(anonymous.id, seeded.ids.maatje, { 0: 2, 1: '' }, OCTOBER_14);
    await polls.close(anonymous.id, OCTOBER_16);
    const named = await poll(false, 'je doet het al', 2);
    await pollAnswers.answer(
      named.id,
      seeded.ids.coach,
      { 1: 'een compliment gegeven' },
      OCTOBER_14,
    );
    await polls.close(named.id, OCTOBER_16);
    const stillOpen = await poll(true, 'nog open', 3);
    await pollAnswers.answer(stillOpen.id, seeded.ids.coach, { 1: 'nog niet klaar' }, OCTOBER_14);

    // Every answer's bedenktijd (from 14 October) has ended; the markers go.
    await polls.expireMarkers(new Date('2026-10-22T00:00:00.000Z'));
    const file = join(database.env.DATA_DIR!, 'e.csv');
    const args = ['export', '--study', seeded.studyId, '--format', 'csv', '--out', file];
    expect((await runKoersCli(args, database.env)).code).toBe(0);

    const text = readFileSync(file, 'utf8');
    const rows = text.split('\r\n').filter((row) => row.includes(';peiling;'));
    expect(rows).toEqual([
      'ORG-01;ORG-01 peiling 1 antwoord 1;;2026-W42;;2026-10-16;peiling;"wat neem je mee?\nde vragen van de mentor"',
      expect.stringMatching(
        /^ORG-01;P-01-\d\d peiling 2;teamcoach;2026-W42;;2026-10-16;peiling;"wat neem je mee\?\neen compliment gegeven"$/,
      ),
    ]);
    expect(text).not.toContain('nog niet klaar');
    for (const p of Object.values(participants)) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.aadObjectId);
    }
  });
});
