/** Roles per organisation (domain.md, "Roles, and what each may see"). */
export const roles = [
  'aanjager',
  'maatje',
  'teamcoach',
  'onderzoeker',
  'docent',
  'management',
  'beheerder',
] as const;
export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** The roles that keep a weekly logboek. */
export const logboekRoles: readonly Role[] = ['aanjager', 'maatje', 'teamcoach'];
