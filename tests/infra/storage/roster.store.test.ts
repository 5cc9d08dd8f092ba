import type { RosterEntry } from '../../../infra/storage/roster.store';
import { seedStudy, type SeededStudy } from '../../support/study';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { personInTeams } from './store-fixtures';

const AT = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-09T09:00:00.000Z');

const annaByEmail: RosterEntry = {
  name: 'Docent 1',
  email: 'Docent.Een@Baken.nl',
  role: 'aanjager',
};
const annaByAad: RosterEntry = { name: 'Docent 1', aadObjectId: 'aad-1', role: 'teamcoach' };
const bram: RosterEntry = { name: 'Docent 2', email: 'docent.twee@baken.nl', role: 'docent' };

describe.each(databaseKinds)('RosterStore on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
  });
  afterEach(() => database.dispose());

  const importRoster = (entries: RosterEntry[], at = AT) =>
    seeded.stores.roster.importRoster(seeded.organisationId, entries, 'cli', at);
  const members = () => seeded.stores.members.list(seeded.organisationId);
  const roleRows = () => database.db.selectFrom('member_roles').selectAll().execute();
  const grants = () =>
    database.db.selectFrom('audit_log').selectAll().where('action', '=', 'role.granted').execute();

  it('when a later roster line fails in the database, then none of the lines is kept', async () => {
    // A line without a name gets past the types only by a cast, but the NOT NULL column stops it.
    const nameless = { ...bram, name: null as unknown as string };
    await expect(importRoster([annaByEmail, nameless])).rejects.toHaveProperty(
      'message',
      expect.stringMatching(/null/i),
    );
    expect(await members()).toEqual([]);
    expect(await roleRows()).toEqual([]);
    expect(await grants()).toEqual([]);
  });

  it('when the same roster is imported twice, then the members, roles and grants are the same', async () => {
    const first = await importRoster([annaByEmail, bram]);
    const before = { members: await members(), roles: await roleRows(), grants: await grants() };
    const second = await importRoster([annaByEmail, bram], LATER);
    expect(second).toEqual(first);
    expect(await members()).toEqual(before.members);
    expect(await roleRows()).toEqual(expect.arrayContaining(before.roles));
    expect(await roleRows()).toHaveLength(2);
    expect(await grants()).toHaveLength(2);
  });

  it('when a line names a person Koers already knows by AAD object id, then it is linked at import', async () => {
    const anna = await personInTeams(seeded, 1, AT);
    await importRoster([annaByAad]);
    expect(await members()).toEqual([expect.objectContaining({ personId: anna.id })]);
  });

  it('when an unlinked line has the AAD object id of a person who arrives, then recognise links it', async () => {
    await importRoster([annaByAad, bram]);
    const anna = await personInTeams(seeded, 1, LATER);
    expect(await seeded.stores.roster.recognise(anna, undefined, LATER)).toBe(1);
    const linked = await seeded.stores.members.find(seeded.organisationId, 'aad-1');
    expect(linked).toMatchObject({ personId: anna.id, roles: ['teamcoach'] });
    expect((await members()).filter((m) => m.personId === null)).toHaveLength(1);
  });

  it('when an unlinked line has the e-mail of a person who arrives, in another case, then recognise links it', async () => {
    await importRoster([annaByEmail]);
    const anna = await personInTeams(seeded, 1, LATER);
    expect(await seeded.stores.roster.recognise(anna, ' DOCENT.een@baken.NL ', LATER)).toBe(1);
    expect(await members()).toEqual([
      expect.objectContaining({ personId: anna.id, email: 'docent.een@baken.nl' }),
    ]);
  });

  it('when the person is already a member of that organisation, then the line merges into it with the roles combined', async () => {
    const anna = await personInTeams(seeded, 1, AT);
    await importRoster([annaByAad]);
    await importRoster([annaByEmail]);
    expect(await members()).toHaveLength(2);
    expect(await seeded.stores.roster.recognise(anna, 'docent.een@baken.nl', LATER)).toBe(1);
    expect(await members()).toEqual([
      expect.objectContaining({ personId: anna.id, roles: ['aanjager', 'teamcoach'] }),
    ]);
  });

  it('when a stranger arrives, then recognise returns 0 and links nobody', async () => {
    await importRoster([annaByEmail, bram]);
    const stranger = await personInTeams(seeded, 9, LATER);
    expect(await seeded.stores.roster.recognise(stranger, 'iemand@elders.nl', LATER)).toBe(0);
    expect((await members()).map((m) => m.personId)).toEqual([null, null]);
  });

  it('when a person is on the roster of two organisations, then recognise links both', async () => {
    const vuurtoren = await seeded.stores.organisations.createOrganisation(
      {
        studyId: seeded.studyId,
        name: 'De Vuurtoren',
        timeZone: 'Europe/Amsterdam',
        careerTerm: 'SB',
      },
      AT,
    );
    await importRoster([annaByAad]);
    await seeded.stores.roster.importRoster(vuurtoren.id, [annaByEmail], 'cli', AT);
    const anna = await personInTeams(seeded, 1, LATER);
    expect(await seeded.stores.roster.recognise(anna, 'docent.een@baken.nl', LATER)).toBe(2);
    const viewer = await seeded.stores.members.viewerOf(anna.id);
    expect(viewer.memberships.map((m) => m.organisationId).sort()).toEqual(
      [seeded.organisationId, vuurtoren.id].sort(),
    );
  });

  it('when a re-import adds the AAD object id of a person Koers already knows to an unlinked line, then it is linked', async () => {
    await importRoster([annaByEmail]);
    const anna = await personInTeams(seeded, 1, AT);
    await importRoster([{ ...annaByEmail, aadObjectId: 'aad-1' }], LATER);
    expect(await members()).toEqual([expect.objectContaining({ personId: anna.id })]);
  });
});
