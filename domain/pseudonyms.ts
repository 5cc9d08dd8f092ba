/** Research pseudonyms (C6): ORG-03 for an organisation, P-03-07 for a person in it. */
export type PseudonymKind = 'organisation' | 'member';

const two = (n: number) => String(n).padStart(2, '0');

export function organisationCode(orgNumber: number): string {
  return `ORG-${two(orgNumber)}`;
}

export function memberCode(orgNumber: number, memberNumber: number): string {
  return `P-${two(orgNumber)}-${two(memberNumber)}`;
}

const CODE = /^(?:ORG-(\d{2,})|P-(\d{2,})-(\d{2,}))$/;

export function isPseudonymCode(text: string): boolean {
  return CODE.test(text.trim().toUpperCase());
}
