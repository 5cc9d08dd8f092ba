import { allows, type Viewer } from '../../domain/access.rules';
import type { Role } from '../../domain/roles';

const viewer = (roles: Role[], organisationId = 'org-1'): Viewer => ({
  personId: 'p',
  memberships: [{ memberId: 'm', organisationId, studyId: 's', roles, caseload: [] }],
});

describe("allows 'record-coaching'", () => {
  it.each<[Role, boolean]>([
    ['teamcoach', true],
    ['aanjager', false],
    ['maatje', false],
    ['docent', false],
    ['management', false],
    ['beheerder', false],
    ['onderzoeker', false],
  ])(
    'when the viewer is %s in the organisation, then recording hours is allowed: %p',
    (role, ok) => {
      expect(allows(viewer([role]), { action: 'record-coaching', organisationId: 'org-1' })).toBe(
        ok,
      );
    },
  );

  it('when the teamcoach coaches in another organisation, then recording here is refused', () => {
    const elsewhere = viewer(['teamcoach'], 'org-2');
    expect(allows(elsewhere, { action: 'record-coaching', organisationId: 'org-1' })).toBe(false);
    expect(allows(elsewhere, { action: 'record-coaching' })).toBe(true);
  });
});
