/**
 * Who the Microsoft 365 Agents Playground says you are: its default user (Alex Wilber) in its
 * default tenant, as set in the Playground's own default configuration.
 */
export const playgroundUser = {
  name: 'Alex Wilber',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
  tenantId: '00000000-0000-0000-0000-0000000000001',
};

/** The dashboard tab in a browser as the Playground user (local mode only accepts this). */
export function playgroundTabUrl(baseUrl: string): string {
  const query = new URLSearchParams({
    'dev-user': playgroundUser.aadObjectId,
    'dev-tenant': playgroundUser.tenantId,
  });
  return `${baseUrl}/tab?${query.toString()}`;
}
