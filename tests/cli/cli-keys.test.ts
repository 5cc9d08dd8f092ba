import { existsSync, readFileSync } from 'node:fs';
import { addKeyToFile, formatKeyring, newKey, parseKeyring } from '../../infra/crypto/keyring';
import { keyFiles, loadKeys, type Keys } from '../../infra/crypto/keys';
import type { Database } from '../../infra/storage/database';
import { createStores } from '../../infra/storage/stores';
import { runKoersCli } from '../support/run-cli';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/test-database';

const at = new Date('2026-11-23T10:00:00Z');
const voice = Buffer.from([0x4f, 0x67, 0x67, 0x53, 0x00, 0xff, 0x10]);

/** A person with consent, `notes` logboek notes and a voice message on each of the first `voices`. */
async function seed(database: Database, keys: Keys, notes = 1, voices = 1) {
  const { organisations, people, consents, contributions } = createStores(database, keys);
  const study = await organisations.createStudy(
    {
      name: 'Pilot',
      contact: { name: 'A', email: 'a@hva.nl' },
      erasure: 'window',
      withdrawalWorkingDays: 5,
      extraNonWorkingDays: [],
    },
    { nl: 'tekst', en: 'text' },
    at,
  );
  const org = await organisations.createOrganisation(
    { studyId: study.id, name: 'School', timeZone: 'Europe/Amsterdam', careerTerm: 'LOB' },
    at,
  );
  const person = await people.upsertFromTeams(
    { tenantId: 't', aadObjectId: 'aad-1', teamsUserId: '29:1', name: 'Piet', locale: 'nl-NL' },
    at,
  );
  const given = { choice: 'given', textVersion: 1, textHash: 'x', language: 'nl' } as const;
  await consents.decide(person.id, study.id, given, at);
  for (let i = 0; i < notes; i++) {
    const text = `een klein gesprek met een leerling (${i})`;
    const added = await contributions.add(
      {
        personId: person.id,
        organisationId: org.id,
        kind: 'logboek-note',
        period: '2026-W48',
        text,
      },
      at,
    );
    if (!added.stored) throw new Error('the consent gate refused the test note');
    if (i < voices) {
      const file = { fileName: `spraakbericht-${i}.ogg`, contentType: 'audio/ogg', bytes: voice };
      await contributions.attach(added.contribution.id, file, at);
    }
  }
  return person.id;
}

async function keyIds(database: Database) {
  const { db } = database;
  const ids = async (table: 'contributions' | 'attachments') => [
    ...new Set((await db.selectFrom(table).select('key_id').execute()).map((r) => r.key_id)),
  ];
  return { contributions: await ids('contributions'), attachments: await ids('attachments') };
}

/** What a restarted Koers would read back with these keys. */
async function readBack(database: Database, keys: Keys, personId: string) {
  const { contributions, attachments } = createStores(database, keys);
  const notes = await contributions.listByPerson(personId);
  const files = await Promise.all(notes.map((n) => attachments.attachmentsOf(n.id)));
  return { texts: notes.map((n) => n.text), files: files.flat() };
}

describe('koers doctor checks the keys', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
  });
  afterEach(() => database.dispose());

  it('when no key exists yet, then doctor says the first start makes them and creates nothing', async () => {
    const result = await runKoersCli(['doctor'], database.env);
    expect(result.code).toBe(0);
    expect(result.out).toContain('keys        none yet');
    expect(existsSync(keyFiles({ dataDir: database.env.DATA_DIR! }).encryption)).toBe(false);
  });

  it('when rows are sealed with a key the keyring lacks, then doctor names it and fails', async () => {
    const keys = loadKeys({
      dataDir: database.env.DATA_DIR!,
      keys: { encryption: undefined, pseudonym: undefined },
    });
    await seed(database, keys);
    const other = formatKeyring([newKey('other')]);

    const result = await runKoersCli(['doctor'], { ...database.env, KOERS_ENCRYPTION_KEY: other });

    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `rows are sealed with key ${keys.cipher.currentKeyId}, not in the keyring`,
    );
    expect((await runKoersCli(['doctor'], database.env)).out).toMatch(/keys {8}ok, current/);
  });
});

describe('koers keys rotate with key files (local mode)', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const fileKeys = () =>
    loadKeys({ dataDir: env.DATA_DIR!, keys: { encryption: undefined, pseudonym: undefined } });
  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
    env = database.env;
  });
  afterEach(() => database.dispose());

  it('when keys are rotated, then the key file holds a new current key and every row is resealed with it and still opens', async () => {
    const personId = await seed(database, fileKeys());
    const { organisationId } = await database.db
      .selectFrom('contributions')
      .select('organisation_id as organisationId')
      .executeTakeFirstOrThrow();
    const agreed = { organisationId, checkInId: null, dueOn: null };
    await createStores(database, fileKeys()).actionPoints.add(
      { ...agreed, ownerPersonId: personId, what: 'rooster bespreken', createdBy: 'coach' },
      at,
    );
    const [oldKey] = parseKeyring(
      readFileSync(keyFiles({ dataDir: env.DATA_DIR! }).encryption, 'utf8'),
    );
    const before = await database.db.selectFrom('contributions').select('content').execute();

    const result = await runKoersCli(['keys', 'rotate'], env);
    expect(result).toMatchObject({ code: 0, err: '' });

    const keyring = parseKeyring(
      readFileSync(keyFiles({ dataDir: env.DATA_DIR! }).encryption, 'utf8'),
    );
    expect(keyring.map((k) => k.id)).toEqual([expect.any(String), oldKey.id]);
    const newId = keyring[0].id;
    expect(result.out.split('\n')).toEqual([
      `new key ${newId} is current in ${keyFiles({ dataDir: env.DATA_DIR! }).encryption} (2 keys kept)`,
      'contributions        1 resealed',
      'action_points        1 resealed',
      'coaching_commitments 0 resealed',
      'check_ins            0 resealed',
      'poll_answers         0 resealed',
      'polls                0 resealed',
      'poll_questions       0 resealed',
      'reports              0 resealed',
      'report_versions      0 resealed',
      'report_answers       0 resealed',
      'attachments          1 resealed',
    ]);
    expect(await keyIds(database)).toEqual({ contributions: [newId], attachments: [newId] });
    const after = await database.db.selectFrom('contributions').select('content').execute();
    expect(after).not.toEqual(before);
    const actions = await createStores(database, fileKeys()).actionPoints.openFor([personId]);
    expect(actions.map((a) => a.what)).toEqual(['rooster bespreken']);
    expect(await readBack(database, fileKeys(), personId)).toEqual({
      texts: ['een klein gesprek met een leerling (0)'],
      files: [
        {
          id: expect.any(String),
          fileName: 'spraakbericht-0.ogg',
          contentType: 'audio/ogg',
          bytes: voice,
        },
      ],
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'keys.rotated')
      .execute();
    expect(
      audit.map((a) => ({ actor: a.actor, details: JSON.parse(a.details) as unknown })),
    ).toEqual([
      {
        actor: 'cli',
        details: {
          keyId: newId,
          contributions: 1,
          action_points: 1,
          coaching_commitments: 0,
          check_ins: 0,
          poll_answers: 0,
          polls: 0,
          poll_questions: 0,
          reports: 0,
          report_versions: 0,
          report_answers: 0,
          attachments: 1,
        },
      },
    ]);
  });

  it('when an earlier rotation stopped after adding its key, then the next run finishes it without another key', async () => {
    const personId = await seed(database, fileKeys());
    const [added] = addKeyToFile(keyFiles({ dataDir: env.DATA_DIR! }).encryption);

    const result = await runKoersCli(['keys', 'rotate'], env);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      `current key ${added.id}; 2 rows sealed with older keys`,
      'contributions        1 resealed',
      'action_points        0 resealed',
      'coaching_commitments 0 resealed',
      'check_ins            0 resealed',
      'poll_answers         0 resealed',
      'polls                0 resealed',
      'poll_questions       0 resealed',
      'reports              0 resealed',
      'report_versions      0 resealed',
      'report_answers       0 resealed',
      'attachments          1 resealed',
    ]);
    expect(fileKeys().cipher.currentKeyId).toBe(added.id);
    expect(
      readFileSync(keyFiles({ dataDir: env.DATA_DIR! }).encryption, 'utf8').split(','),
    ).toHaveLength(2);
    expect(await keyIds(database)).toEqual({ contributions: [added.id], attachments: [added.id] });
    expect((await readBack(database, fileKeys(), personId)).files).toHaveLength(1);
  });
});

describe.each(databaseKinds)('koers keys rotate with KOERS_ENCRYPTION_KEY on %s', (kind) => {
  let database: TestDatabase;
  let dataDir: string;
  const pseudonym = formatKeyring([newKey('p1')]);
  const oldRing = formatKeyring([newKey('k1')]);
  const settingsKeys = (encryption: string) =>
    loadKeys({ dataDir, keys: { encryption, pseudonym } });
  const env = (encryption: string) => ({
    ...database.env,
    DATA_DIR: dataDir,
    KOERS_ENCRYPTION_KEY: encryption,
    KOERS_PSEUDONYM_KEY: pseudonym,
  });
  beforeEach(async () => {
    database = await openTestDatabase(kind);
    dataDir = database.env.DATA_DIR!;
  });
  afterEach(() => database.dispose());

  it('when the setting lists a new key first, then rotate reseals every batch with it and a second run reseals nothing', async () => {
    const personId = await seed(database, settingsKeys(oldRing), 205, 23);
    const newRing = `${formatKeyring([newKey('k2')])},${oldRing}`;

    const first = await runKoersCli(['keys', 'rotate'], env(newRing));
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out.split('\n')).toEqual([
      'current key k2, the first in KOERS_ENCRYPTION_KEY',
      'contributions        205 resealed',
      'action_points        0 resealed',
      'coaching_commitments 0 resealed',
      'check_ins            0 resealed',
      'poll_answers         0 resealed',
      'polls                0 resealed',
      'poll_questions       0 resealed',
      'reports              0 resealed',
      'report_versions      0 resealed',
      'report_answers       0 resealed',
      'attachments          23 resealed',
    ]);
    expect(await keyIds(database)).toEqual({ contributions: ['k2'], attachments: ['k2'] });

    const second = await runKoersCli(['keys', 'rotate'], env(newRing));
    expect(second.out).toContain(
      'contributions        0 resealed\naction_points        0 resealed',
    );
    expect(second.out).toContain('attachments          0 resealed');
    expect(existsSync(keyFiles({ dataDir }).encryption)).toBe(false);

    const onlyNew = formatKeyring([parseKeyring(newRing)[0]]);
    const { texts, files } = await readBack(database, settingsKeys(onlyNew), personId);
    expect(texts).toHaveLength(205);
    expect(texts).toContain('een klein gesprek met een leerling (204)');
    expect(files.map((f) => f.bytes)).toEqual(Array(23).fill(voice));
  });

  it('when a row is sealed with a key the setting no longer holds, then rotate stops, says which, and exits 1', async () => {
    await seed(database, settingsKeys(oldRing));

    const result = await runKoersCli(['keys', 'rotate'], env(formatKeyring([newKey('k2')])));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^rotation stopped: Cannot decrypt contributions\.content:\S+ \(key k1\): the key is not in the keyring\./,
    );
    expect(result.err).toContain('resealed before that: nothing');
    expect(await keyIds(database)).toEqual({ contributions: ['k1'], attachments: ['k1'] });
  });
});
