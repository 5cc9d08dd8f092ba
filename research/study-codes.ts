import type { PseudonymsStore } from '../infra/storage/pseudonyms.store';

/** The study's pseudonyms, each looked up (or numbered) once per export. */
export class StudyCodes {
  private readonly members = new Map<string, { organisation: string; member: string }>();

  constructor(
    private readonly pseudonyms: PseudonymsStore,
    readonly studyId: string,
    private readonly at: Date,
  ) {}

  organisation(organisationId: string): Promise<string> {
    return this.pseudonyms.forOrganisation(this.studyId, organisationId, this.at);
  }

  async of(organisationId: string, memberId: string) {
    const known = this.members.get(memberId);
    if (known) return known;
    const codes = {
      organisation: await this.pseudonyms.forOrganisation(this.studyId, organisationId, this.at),
      member: await this.pseudonyms.forMember(this.studyId, organisationId, memberId, this.at),
    };
    this.members.set(memberId, codes);
    return codes;
  }
}
