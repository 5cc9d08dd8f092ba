import { allows, type Membership, type Subject, type Viewer } from '../../domain/access.rules';
import type { Role } from '../../domain/roles';

const ORG = 'org-1';
const STUDY = 'study-1';

function person(id: string, roles: Role[], caseload: string[] = [], org = ORG): Viewer {
  const membership: Membership = {
    memberId: `m-${id}`,
    organisationId: org,
    studyId: STUDY,
    roles,
    caseload,
  };
  return { personId: id, memberships: [membership] };
}

const subjectOf = (viewer: Viewer): Subject => ({
  personId: viewer.personId,
  memberId: viewer.memberships[0]?.memberId ?? '',
  organisationId: viewer.memberships[0]?.organisationId ?? '',
});

const aanjager = person('a', ['aanjager']);
const maatje = person('b', ['maatje']);
const coach = person('c', ['teamcoach'], ['m-a', 'm-b']);
const otherCoach = person('d', ['teamcoach'], []);
const docent = person('e', ['docent']);
const otherDocent = person('f', ['docent']);
const manager = person('g', ['management']);
const researcher = person('h', ['onderzoeker']);
const admin = person('i', ['beheerder']);

const readLogboekOf = (author: Viewer, roles: Role[]) =>
  ({ action: 'read-logboek', author: subjectOf(author), authorRoles: roles }) as const;

describe('who may see what (domain.md role table)', () => {
  it('when an author reads their own logboek, then it is allowed', () => {
    expect(allows(aanjager, readLogboekOf(aanjager, ['aanjager']))).toBe(true);
    expect(allows(maatje, readLogboekOf(maatje, ['maatje']))).toBe(true);
  });

  it("when a maatje asks for the aanjager's logboek, then it is refused", () => {
    expect(allows(maatje, readLogboekOf(aanjager, ['aanjager']))).toBe(false);
    expect(allows(aanjager, readLogboekOf(maatje, ['maatje']))).toBe(false);
  });

  it('when a teamcoach reads an aanjager they coach, then it is allowed; a maatje they coach, not', () => {
    expect(allows(coach, readLogboekOf(aanjager, ['aanjager']))).toBe(true);
    expect(allows(coach, readLogboekOf(maatje, ['maatje']))).toBe(false);
    expect(allows(coach, { action: 'read-progress', subject: subjectOf(maatje) })).toBe(true);
  });

  it('when a teamcoach does not coach the aanjager, then neither entry nor progress is shown', () => {
    expect(allows(otherCoach, readLogboekOf(aanjager, ['aanjager']))).toBe(false);
    expect(allows(otherCoach, { action: 'read-progress', subject: subjectOf(aanjager) })).toBe(
      false,
    );
  });

  it("when a docent asks for another docent's answers, then it is refused", () => {
    expect(allows(docent, { action: 'read-answer', answererPersonId: 'e' })).toBe(true);
    expect(allows(docent, { action: 'read-answer', answererPersonId: otherDocent.personId })).toBe(
      false,
    );
  });

  it.each([manager, admin])(
    'when management or an admin asks for anything individual, then nothing is shown',
    (viewer) => {
      expect(allows(viewer, readLogboekOf(aanjager, ['aanjager']))).toBe(false);
      expect(allows(viewer, { action: 'read-progress', subject: subjectOf(aanjager) })).toBe(false);
      expect(allows(viewer, { action: 'read-answer', answererPersonId: docent.personId })).toBe(
        false,
      );
      expect(
        allows(viewer, { action: 'read-poll-results', ownerPersonId: aanjager.personId }),
      ).toBe(false);
      expect(allows(viewer, { action: 'research', studyId: STUDY })).toBe(false);
    },
  );

  it('when a researcher asks, then research is allowed in their study only, and no entry text', () => {
    expect(allows(researcher, { action: 'research', studyId: STUDY })).toBe(true);
    expect(allows(researcher, { action: 'research', studyId: 'another-study' })).toBe(false);
    expect(allows(researcher, readLogboekOf(aanjager, ['aanjager']))).toBe(false);
  });

  it('when someone keeps a logboek, then they may contribute; a docent or manager may not', () => {
    for (const viewer of [aanjager, maatje, coach]) {
      expect(allows(viewer, { action: 'contribute-logboek' })).toBe(true);
    }
    for (const viewer of [docent, manager, researcher, admin]) {
      expect(allows(viewer, { action: 'contribute-logboek' })).toBe(false);
    }
  });

  it('when an admin manages their own organisation, then it is allowed, another, not', () => {
    expect(allows(admin, { action: 'manage-organisation', organisationId: ORG })).toBe(true);
    expect(allows(admin, { action: 'manage-organisation', organisationId: 'org-2' })).toBe(false);
  });
});
