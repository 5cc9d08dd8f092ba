import { loadKeys } from '../../../infra/crypto/keys';
import { PseudonymHasher } from '../../../infra/crypto/pseudonym-hasher';
import { PseudonymsStore } from '../../../infra/storage/pseudonyms.store';
import { seedStudy, type SeededStudy } from '../../support/study';
import { teamsUser } from '../../support/teams-activities';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';

const AT = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-09T09:00:00.000Z');
const LATER_STILL = new Date('2026-03-09T09:05:00.000Z');

describe.each(databaseKinds)('PseudonymsStore on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;
  let pseudonyms: PseudonymsStore;
  let studyId: string;
  let baken: string;
  let vuurtoren: string;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
    ({ studyId, organisationId: baken } = seeded);
    pseudonyms = seeded.stores.pseudonyms;
    const second = await seeded.stores.organisations.createOrganisation(
      { studyId, name: 'De Vuurtoren', timeZone: 'Europe/Amsterdam', careerTerm: 'SLB' },
      AT,
    );
    vuurtoren = second.id;
  });
  afterEach(() => database.dispose());

  /** Puts Teams user n on an organisation's roster; their member id. */
  async function onRoster(organisationId: string, n: number): Promise<string> {
    const { name, aadObjectId } = teamsUser(n);
    const [memberId] = await seeded.stores.roster.importRoster(
      organisationId,
      [{ name, aadObjectId, role: 'aanjager' }],
      'cli',
      AT,
    );
    return memberId ?? '';
  }

  const resolvedAudit = async () =>
    (await seeded.stores.audit.about(`study:${studyId}`))
      .filter((row) => row.action === 'pseudonym.resolved')
      .map((row) => ({ actor: row.actor, details: row.details }));

  it('when two organisations ask for a pseudonym, then they get ORG-01 and ORG-02 and keep them', async () => {
    expect(await pseudonyms.forOrganisation(studyId, baken, AT)).toBe('ORG-01');
    expect(await pseudonyms.forOrganisation(studyId, vuurtoren, AT)).toBe('ORG-02');
    expect(await pseudonyms.forOrganisation(studyId, baken, LATER)).toBe('ORG-01');
  });

  it('when members ask for a pseudonym, then they are numbered within their organisation', async () => {
    const [anna, bram, chris] = [
      await onRoster(baken, 1),
      await onRoster(baken, 2),
      await onRoster(vuurtoren, 3),
    ];
    expect(await pseudonyms.forMember(studyId, baken, anna, AT)).toBe('P-01-01');
    expect(await pseudonyms.forMember(studyId, baken, bram, AT)).toBe('P-01-02');
    expect(await pseudonyms.forMember(studyId, vuurtoren, chris, AT)).toBe('P-02-01');
    expect(await pseudonyms.forMember(studyId, baken, anna, LATER)).toBe('P-01-01');
  });

  it('when a new store is built on the same key file, then every subject keeps its code', async () => {
    const anna = await onRoster(baken, 1);
    await pseudonyms.forOrganisation(studyId, vuurtoren, AT);
    await pseudonyms.forMember(studyId, baken, anna, AT);
    const keys = loadKeys({
      dataDir: database.env.DATA_DIR ?? '',
      keys: { encryption: undefined, pseudonym: undefined },
    });
    const again = new PseudonymsStore(database.db, database.kind, keys.pseudonyms);
    expect(await again.forOrganisation(studyId, vuurtoren, LATER)).toBe('ORG-01');
    expect(await again.forMember(studyId, baken, anna, LATER)).toBe('P-02-01');
  });

  it('when 20 members are numbered at once, then each gets its own code', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `member-${i}`);
    const codes = await Promise.all(ids.map((id) => pseudonyms.forMember(studyId, baken, id, AT)));
    expect(new Set(codes).size).toBe(20);
  });

  it('when the pseudonyms table is read, then it holds hashes and codes but no organisation or member id', async () => {
    const anna = await onRoster(baken, 1);
    const chris = await onRoster(vuurtoren, 3);
    await pseudonyms.forMember(studyId, baken, anna, AT);
    await pseudonyms.forMember(studyId, vuurtoren, chris, AT);
    const rows = await database.db.selectFrom('pseudonyms').selectAll().execute();
    expect(rows.map((row) => row.code).sort()).toEqual(['ORG-01', 'ORG-02', 'P-01-01', 'P-02-01']);
    for (const row of rows) expect(row.subject_hash).toMatch(/^[0-9a-f]{64}$/);
    const text = JSON.stringify(rows);
    for (const id of [baken, vuurtoren, anna, chris]) expect(text).not.toContain(id);
  });

  it('when a member code is resolved with the pseudonym key, then their name is found and the look-up audited', async () => {
    const bram = await onRoster(baken, 2);
    await pseudonyms.forMember(studyId, baken, bram, AT);
    expect(await pseudonyms.resolve(studyId, ' p-01-01 ', 'cli', LATER)).toEqual({
      kind: 'member',
      organisationId: baken,
      memberId: bram,
      name: 'Docent 2',
    });
    expect(await resolvedAudit()).toEqual([
      { actor: 'cli', details: { code: 'P-01-01', found: true } },
    ]);
  });

  it('when an organisation code is resolved, then the organisation name is found', async () => {
    await onRoster(vuurtoren, 3);
    await pseudonyms.forOrganisation(studyId, baken, AT);
    await pseudonyms.forOrganisation(studyId, vuurtoren, AT);
    expect(await pseudonyms.resolve(studyId, 'ORG-02', 'cli', LATER)).toEqual({
      kind: 'organisation',
      organisationId: vuurtoren,
      memberId: null,
      name: 'De Vuurtoren',
    });
  });

  it('when an unknown code is resolved, then nothing is found and the look-up is audited as not found', async () => {
    expect(await pseudonyms.resolve(studyId, 'P-09-09', 'cli', LATER)).toBeNull();
    expect(await resolvedAudit()).toEqual([
      { actor: 'cli', details: { code: 'P-09-09', found: false } },
    ]);
  });

  it('when a code is resolved with another pseudonym key, then nobody is found', async () => {
    const anna = await onRoster(baken, 1);
    await pseudonyms.forMember(studyId, baken, anna, AT);
    const otherKey = new PseudonymsStore(
      database.db,
      database.kind,
      new PseudonymHasher(Buffer.alloc(32, 7)),
    );
    expect(await otherKey.resolve(studyId, 'P-01-01', 'cli', LATER)).toBeNull();
    expect(await otherKey.resolve(studyId, 'ORG-01', 'cli', LATER_STILL)).toBeNull();
    expect(await resolvedAudit()).toEqual([
      { actor: 'cli', details: { code: 'P-01-01', found: false } },
      { actor: 'cli', details: { code: 'ORG-01', found: false } },
    ]);
  });
});
