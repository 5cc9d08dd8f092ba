import { logboekRoles, type Role } from './roles';

/** One organisation a person belongs to, with what they do there. */
export interface Membership {
  memberId: string;
  organisationId: string;
  studyId: string;
  roles: readonly Role[];
  /** Members this person coaches here, when they are the teamcoach. */
  caseload: readonly string[];
}

export interface Viewer {
  personId: string;
  memberships: readonly Membership[];
}

/** A piece of someone's content or progress, described by who wrote it and where. */
export interface Subject {
  personId: string;
  memberId: string;
  organisationId: string;
}

export type Request =
  | { action: 'contribute-logboek'; organisationId?: string }
  | { action: 'read-logboek'; author: Subject; authorRoles: readonly Role[] }
  | { action: 'read-progress'; subject: Subject }
  | { action: 'plan-check-in'; with: Subject }
  | { action: 'read-answer'; answererPersonId: string }
  | { action: 'read-poll-results'; ownerPersonId: string }
  | { action: 'research'; studyId?: string }
  | { action: 'manage-organisation'; organisationId?: string }
  | { action: 'record-coaching'; organisationId?: string };

/**
 * The role table of domain.md, in one place. Everything not granted here is refused, which is
 * how management ends up seeing nothing individual: no rule names it.
 */
export function allows(viewer: Viewer, request: Request): boolean {
  const inOrg = (organisationId?: string) =>
    viewer.memberships.filter((m) => !organisationId || m.organisationId === organisationId);
  const hasRole = (role: Role, organisationId?: string) =>
    inOrg(organisationId).some((m) => m.roles.includes(role));
  const coaches = (subject: Subject) =>
    inOrg(subject.organisationId).some(
      (m) => m.roles.includes('teamcoach') && m.caseload.includes(subject.memberId),
    );

  switch (request.action) {
    case 'contribute-logboek':
      return logboekRoles.some((role) => hasRole(role, request.organisationId));
    case 'read-logboek':
      // Buddies never read each other's logboek; a teamcoach reads only aanjagers they coach.
      return (
        request.author.personId === viewer.personId ||
        (request.authorRoles.includes('aanjager') && coaches(request.author))
      );
    case 'read-progress':
      return request.subject.personId === viewer.personId || coaches(request.subject);
    case 'plan-check-in':
      // Only with someone on the teamcoach's own caseload, in that organisation.
      return coaches(request.with);
    case 'read-answer':
      return request.answererPersonId === viewer.personId;
    case 'read-poll-results':
      return request.ownerPersonId === viewer.personId;
    case 'research':
      return viewer.memberships.some(
        (m) =>
          m.roles.includes('onderzoeker') && (!request.studyId || m.studyId === request.studyId),
      );
    case 'manage-organisation':
      return hasRole('beheerder', request.organisationId);
    case 'record-coaching':
      // Coach hours and dagdelen count against the organisation's agreement (domain.md, roles).
      return hasRole('teamcoach', request.organisationId);
  }
}
