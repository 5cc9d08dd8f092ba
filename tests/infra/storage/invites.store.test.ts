import type { Person } from '../../../domain/people';
import { seedStudy, type SeededStudy } from '../../support/study';
import { tablesContaining } from '../../support/table-scan';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { personInTeams } from './store-fixtures';

const AT = new Date('2026-03-02T09:00:00.000Z');
const NEXT_DAY = new Date('2026-03-03T09:00:00.000Z');
const A_WEEK_LATER = new Date('2026-03-09T09:00:00.000Z');
const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}$/;

describe.each(databaseKinds)('InvitesStore on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;
  let anna: Person;
  let bram: Person;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
    anna = await personInTeams(seeded, 1, AT);
    bram = await personInTeams(seeded, 2, AT);
  });
  afterEach(() => database.dispose());

  const invite = (uses: number, validDays = 7) =>
    seeded.stores.invites.create(seeded.organisationId, 'docent', { validDays, uses }, AT);
  const memberOf = (person: Person) =>
    seeded.stores.members.find(seeded.organisationId, person.aadObjectId);
  const joined = () => ({ joined: true, organisationId: seeded.organisationId, role: 'docent' });
  const grants = () =>
    database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'role.granted')
      .execute();

  it('when a code is created, then it is two groups of four unambiguous characters, valid for the days given', async () => {
    const { code, expiresAt } = await invite(1, 7);
    expect(code).toMatch(CODE);
    expect(expiresAt).toEqual(A_WEEK_LATER);
  });

  it('when a created code is redeemed, then the person becomes a member in its role and the grant is audited', async () => {
    const { code } = await invite(1);
    expect(await seeded.stores.invites.redeem(code, anna, NEXT_DAY)).toEqual(joined());
    const member = await memberOf(anna);
    expect(member).toMatchObject({ personId: anna.id, name: 'Docent 1', roles: ['docent'] });
    const audit = await seeded.stores.audit.about(`member:${member?.id ?? ''}`);
    expect(audit).toEqual([
      expect.objectContaining({
        actor: `person:${anna.id}`,
        action: 'role.granted',
        details: { role: 'docent' },
      }),
    ]);
  });

  it('when a single-use code is redeemed a second time, then it is unknown and grants nothing', async () => {
    const { code } = await invite(1);
    await seeded.stores.invites.redeem(code, anna, NEXT_DAY);
    expect(await seeded.stores.invites.redeem(code, bram, NEXT_DAY)).toEqual({
      joined: false,
      reason: 'unknown',
    });
    expect(await memberOf(bram)).toBeUndefined();
    expect(await grants()).toHaveLength(1);
  });

  it('when a code may be used twice, then two people join with it and a third is refused', async () => {
    const { code } = await invite(2);
    const carla = await personInTeams(seeded, 3, AT);
    expect(await seeded.stores.invites.redeem(code, anna, NEXT_DAY)).toEqual(joined());
    expect(await seeded.stores.invites.redeem(code, bram, NEXT_DAY)).toEqual(joined());
    expect(await seeded.stores.invites.redeem(code, carla, NEXT_DAY)).toEqual({
      joined: false,
      reason: 'unknown',
    });
    expect((await memberOf(bram))?.roles).toEqual(['docent']);
    expect(await memberOf(carla)).toBeUndefined();
  });

  it('when six people redeem a two-use code at once, then exactly two join', async () => {
    const { code } = await invite(2);
    const people = [anna, bram];
    for (const n of [3, 4, 5, 6]) people.push(await personInTeams(seeded, n, AT));
    const results = await Promise.all(
      people.map((person) => seeded.stores.invites.redeem(code, person, NEXT_DAY)),
    );
    expect(results.filter((result) => result.joined)).toHaveLength(2);
    expect(await grants()).toHaveLength(2);
  });

  it.each([
    ['at the moment it expires', A_WEEK_LATER],
    ['a day after it expired', new Date('2026-03-10T09:00:00.000Z')],
  ])('when a code is redeemed %s, then it says expired and grants nothing', async (_when, at) => {
    const { code } = await invite(1, 7);
    expect(await seeded.stores.invites.redeem(code, anna, at)).toEqual({
      joined: false,
      reason: 'expired',
    });
    expect(await memberOf(anna)).toBeUndefined();
    expect(await grants()).toHaveLength(0);
  });

  it.each([
    ['in lower case', (code: string) => code.toLowerCase()],
    ['without the dash', (code: string) => code.replace('-', '')],
    ['with spaces around and inside', (code: string) => ` ${code.replace('-', ' ')} `],
  ])('when the code is typed %s, then it still works', async (_how, typed) => {
    const { code } = await invite(1);
    expect(await seeded.stores.invites.redeem(typed(code), anna, NEXT_DAY)).toEqual(joined());
  });

  it('when a code was never created, then it is unknown', async () => {
    await invite(1);
    expect(await seeded.stores.invites.redeem('ABCD-EFGH', anna, NEXT_DAY)).toEqual({
      joined: false,
      reason: 'unknown',
    });
  });

  it('when every table is read after creating a code, then none holds the code itself', async () => {
    const { code } = await invite(1);
    const rows = await database.db.selectFrom('invites').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(await tablesContaining(database, [code, code.replace('-', '')])).toEqual([]);
  });
});
