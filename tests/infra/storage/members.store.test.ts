import { seedStudy, type SeededStudy } from '../../support/study';
import { teamsUser } from '../../support/teams-activities';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database';
import { memberInTeams, personInTeams } from './store-fixtures';

const AT = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-09T09:00:00.000Z');

describe.each(databaseKinds)('MembersStore on %s', (kind) => {
  let database: TestDatabase;
  let seeded: SeededStudy;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    seeded = await seedStudy(database);
  });
  afterEach(() => database.dispose());

  const revocations = () =>
    database.db.selectFrom('audit_log').selectAll().where('action', '=', 'role.revoked').execute();

  it('when a teamcoach with two roles coaches two aanjagers, then viewerOf gives both roles, the study and the caseload once each', async () => {
    const coach = await memberInTeams(seeded, 1, 'teamcoach', AT);
    await seeded.onRoster(teamsUser(1), 'maatje');
    const anna = await memberInTeams(seeded, 2, 'aanjager', AT);
    const bram = await memberInTeams(seeded, 3, 'aanjager', AT);
    await seeded.stores.members.assignCoach(coach.memberId, anna.memberId);
    await seeded.stores.members.assignCoach(coach.memberId, bram.memberId);
    await seeded.stores.members.assignCoach(coach.memberId, bram.memberId);

    const viewer = await seeded.stores.members.viewerOf(coach.person.id);
    expect(viewer.personId).toBe(coach.person.id);
    expect(viewer.memberships).toHaveLength(1);
    const [membership] = viewer.memberships;
    expect(membership).toMatchObject({
      memberId: coach.memberId,
      organisationId: seeded.organisationId,
      studyId: seeded.studyId,
    });
    expect([...(membership?.roles ?? [])].sort()).toEqual(['maatje', 'teamcoach']);
    expect([...(membership?.caseload ?? [])].sort()).toEqual([anna.memberId, bram.memberId].sort());
  });

  it('when an aanjager is coached, then their own viewer has an empty caseload', async () => {
    const coach = await memberInTeams(seeded, 1, 'teamcoach', AT);
    const anna = await memberInTeams(seeded, 2, 'aanjager', AT);
    await seeded.stores.members.assignCoach(coach.memberId, anna.memberId);
    expect((await seeded.stores.members.viewerOf(anna.person.id)).memberships).toEqual([
      {
        memberId: anna.memberId,
        organisationId: seeded.organisationId,
        studyId: seeded.studyId,
        roles: ['aanjager'],
        caseload: [],
      },
    ]);
  });

  it('when a person belongs to no organisation, then viewerOf gives no memberships', async () => {
    const stranger = await personInTeams(seeded, 9, AT);
    expect(await seeded.stores.members.viewerOf(stranger.id)).toEqual({
      personId: stranger.id,
      memberships: [],
    });
  });

  it.each([
    ['member id', (id: string) => id],
    ['e-mail in another case with spaces', () => ' Docent.Een@Baken.NL '],
    ['AAD object id', () => 'aad-1'],
  ])('when a member is looked up by %s, then they are found with their roles', async (_by, ref) => {
    const [memberId = ''] = await seeded.stores.roster.importRoster(
      seeded.organisationId,
      [{ name: 'Docent 1', email: 'docent.een@baken.nl', aadObjectId: 'aad-1', role: 'docent' }],
      'cli',
      AT,
    );
    expect(await seeded.stores.members.find(seeded.organisationId, ref(memberId))).toEqual({
      id: memberId,
      organisationId: seeded.organisationId,
      personId: null,
      name: 'Docent 1',
      email: 'docent.een@baken.nl',
      roles: ['docent'],
    });
  });

  it('when a member is looked up in another organisation, then they are not found', async () => {
    const { memberId } = await memberInTeams(seeded, 1, 'docent', AT);
    const other = await seeded.stores.organisations.createOrganisation(
      {
        studyId: seeded.studyId,
        name: 'De Vuurtoren',
        timeZone: 'Europe/Amsterdam',
        careerTerm: 'LB',
      },
      AT,
    );
    expect(await seeded.stores.members.find(other.id, memberId)).toBeUndefined();
    expect(await seeded.stores.members.find(other.id, 'aad-1')).toBeUndefined();
  });

  it('when a role is revoked, then it is gone and audited, and revoking it again says false', async () => {
    const { memberId } = await memberInTeams(seeded, 1, 'aanjager', AT);
    await seeded.onRoster(teamsUser(1), 'docent');

    expect(await seeded.stores.members.revokeRole(memberId, 'aanjager', 'cli', LATER)).toBe(true);
    expect(await seeded.stores.members.revokeRole(memberId, 'aanjager', 'cli', LATER)).toBe(false);

    expect((await seeded.stores.members.find(seeded.organisationId, memberId))?.roles).toEqual([
      'docent',
    ]);
    const audit = await seeded.stores.audit.about(`member:${memberId}`);
    expect(audit.filter((row) => row.action === 'role.revoked')).toEqual([
      expect.objectContaining({ actor: 'cli', at: LATER, details: { role: 'aanjager' } }),
    ]);
    expect(await revocations()).toHaveLength(1);
  });

  it('when a role the member never had is revoked, then it says false and audits nothing', async () => {
    const { memberId } = await memberInTeams(seeded, 1, 'docent', AT);
    expect(await seeded.stores.members.revokeRole(memberId, 'beheerder', 'cli', LATER)).toBe(false);
    expect(await revocations()).toEqual([]);
  });
});
