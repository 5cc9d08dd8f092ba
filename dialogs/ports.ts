import type { Viewer } from '../domain/access.rules';
import type { ConsentRegister, Contributions } from '../domain/contributions';
import type { Language } from '../domain/language';
import type { Organisation, Study } from '../domain/organisations';
import type { People, Person } from '../domain/people';
import type { Role } from '../domain/roles';

/** What the participation dialogs need from storage; infra's stores implement these. */
export interface Directory {
  findStudy(id: string): Promise<Study | undefined>;
  findOrganisation(id: string): Promise<Organisation | undefined>;
  consentText(
    studyId: string,
    language: Language,
    version?: number,
  ): Promise<{ version: number; body: string } | undefined>;
}

export interface Memberships {
  viewerOf(personId: string): Promise<Viewer>;
}

export interface Invites {
  redeem(
    code: string,
    person: Person,
    at: Date,
  ): Promise<
    | { joined: true; organisationId: string; role: Role }
    | { joined: false; reason: 'unknown' | 'expired' }
  >;
}

export interface PseudonymResolver {
  resolve(
    studyId: string,
    code: string,
    actor: string,
    at: Date,
  ): Promise<{ organisationId: string; name: string } | null>;
}

export interface ParticipationPorts {
  people: People;
  directory: Directory;
  members: Memberships;
  invites: Invites;
  consents: ConsentRegister;
  contributions: Contributions;
  pseudonyms: PseudonymResolver;
}

/** What taking part and stopping need: the consent register, the texts, what the person gave. */
export interface ConsentBook {
  consents: ConsentRegister;
  texts: Pick<Directory, 'consentText'>;
  contributions: Pick<Contributions, 'listByPerson'>;
}
