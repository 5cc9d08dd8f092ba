import { sql } from 'kysely';
import type { Person } from '../../../domain/people';
import { seedStudy, type SeededStudy } from '../../support/study';
import { allTables } from '../../support/table-scan';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { leaveTraces, memberInTeams } from './store-fixtures';

const MONDAY = new Date('2026-03-02T08:00:00.000Z');
const TUESDAY = new Date('2026-03-03T09:00:00.000Z');
const FRIDAY = new Date('2026-03-06T12:00:00.000Z');

/**
 * The tables PersonalDataStore.collect reads. Keep in step with collect(): a table that holds
 * something about a person belongs in `mijn gegevens`.
 */
const coveredByCollect = [
  'people',
  'conversations',
  'members',
  'member_roles',
  'coach_assignments',
  'buddy_pairs',
  'consent_events',
  'contributions',
  'attachments',
  'outbox',
  'bot_state',
  'audit_log',
  'logboek_settings',
  'logboek_weeks',
  'logboek_due',
  'action_points',
  'contact_budget',
  'coaching_commitments',
  'coach_calls',
  'check_ins',
  'check_in_invitees',
  'recording_consents',
  'report_recipients',
  'report_answers',
  'polls',
  'poll_answers',
];

describe.each(databaseKinds)('PersonalDataStore on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;
  let anna: { person: Person; memberId: string };
  let bram: { person: Person; memberId: string };
  let annaChat: string;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
    anna = await memberInTeams(seeded, 1, 'aanjager', MONDAY);
    bram = await memberInTeams(seeded, 2, 'maatje', MONDAY);
    ({ chat: annaChat } = await leaveTraces(database, seeded, anna.person, TUESDAY));
    await leaveTraces(database, seeded, bram.person, TUESDAY);
  });
  afterEach(() => database.dispose());

  it('when someone collects their data, then it holds their notes decrypted, consent, roles, messages and bot state', async () => {
    const data = await seeded.stores.personalData.collect(anna.person.id, FRIDAY);
    expect(data).toMatchObject({
      exportedAt: FRIDAY.toISOString(),
      person: { id: anna.person.id, name: 'Docent 1' },
      memberships: [{ id: anna.memberId, name: 'Docent 1', organisation: 'Het Baken' }],
      roles: [expect.objectContaining({ member_id: anna.memberId, role: 'aanjager' })],
      consent: [expect.objectContaining({ study: 'LOB van iedereen', choice: 'given' })],
      contributions: [
        expect.objectContaining({
          text: 'notitie van Docent 1',
          attachments: [
            {
              fileName: 'memo van Docent 1.m4a',
              contentType: 'audio/mp4',
              base64: Buffer.from('audio van Docent 1').toString('base64'),
            },
          ],
        }),
      ],
      messages: [expect.objectContaining({ purpose: 'receipt', status: 'pending' })],
      conversations: [expect.objectContaining({ id: annaChat, scope: 'personal' })],
    });
    expect(JSON.stringify(data.messages)).toContain('ontvangen, Docent 1');
    const keys = (data.botState as { key: string }[]).map((row) => row.key).sort();
    expect(keys).toEqual([`msteams/conversations/${annaChat}/`, 'msteams/users/29:user-1/']);
    const audit = (data.audit as { action: string }[]).map((row) => row.action);
    expect(audit).toEqual(expect.arrayContaining(['role.granted', 'consent.given']));
  });

  it('when someone collects their data, then nothing of another person is in it', async () => {
    const text = JSON.stringify(await seeded.stores.personalData.collect(anna.person.id, FRIDAY));
    for (const trace of [
      'Docent 2',
      bram.person.id,
      bram.memberId,
      bram.person.teamsUserId,
      bram.person.aadObjectId,
    ]) {
      expect(text).not.toContain(trace);
    }
  });

  it('when an unknown person collects data, then it is empty', async () => {
    expect(await seeded.stores.personalData.collect('no-such-person', FRIDAY)).toEqual({});
  });
});

describe('mijn gegevens covers every table about people', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
  });
  afterEach(() => database.dispose());

  async function tablesAboutPeople(): Promise<string[]> {
    const found: string[] = [];
    for (const table of await allTables(database)) {
      const { rows } = await sql<{
        name: string;
      }>`select name from pragma_table_info(${table})`.execute(database.db);
      const columns = rows.map((row) => row.name);
      const personal = columns.some((c) => c.endsWith('person_id') || c.endsWith('member_id'));
      if (personal || table === 'bot_state' || table === 'audit_log') found.push(table);
    }
    return found;
  }

  it('when a table refers to a person or member, then PersonalDataStore.collect covers it (extend collect() and coveredByCollect in this test)', async () => {
    const missing = (await tablesAboutPeople())
      .filter((table) => !coveredByCollect.includes(table))
      .map((table) => `${table}: add it to PersonalDataStore.collect, then to coveredByCollect`);
    expect(missing).toEqual([]);
  });

  it('when coveredByCollect names a table, then the table exists (the scan still sees the schema)', async () => {
    const tables = await allTables(database);
    expect(coveredByCollect.filter((table) => !tables.includes(table))).toEqual([]);
    expect(await tablesAboutPeople()).toEqual(expect.arrayContaining(['members', 'outbox']));
  });
});
