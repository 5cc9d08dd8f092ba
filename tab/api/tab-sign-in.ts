import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import type { TabCaller, TokenVerifier } from './entra-token';

/** Local mode only: `/tab?dev-user=<aad object id>&dev-tenant=<tenant id>` sends these. */
export const DEV_USER_HEADER = 'x-koers-dev-user';
export const DEV_TENANT_HEADER = 'x-koers-dev-tenant';

const id = z.string().trim().min(1).max(200);
const bearerSchema = z
  .string()
  .regex(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
  .transform((header) => header.slice('Bearer '.length));
const devSchema = z.object({ [DEV_USER_HEADER]: id, [DEV_TENANT_HEADER]: id });

export interface TabSignInOptions {
  verifier: TokenVerifier;
  /** True in local mode only: then the development headers stand in for a token. */
  devSignIn: boolean;
}

/**
 * Who is asking: the Entra SSO token's person, or in local mode the developer's chosen person.
 * Outside local mode a request that carries the development headers is refused outright.
 */
export async function tabCallerOf(
  headers: IncomingHttpHeaders,
  options: TabSignInOptions,
): Promise<TabCaller | undefined> {
  if (headers[DEV_USER_HEADER] !== undefined || headers[DEV_TENANT_HEADER] !== undefined) {
    if (!options.devSignIn) return undefined;
    const dev = devSchema.safeParse(headers);
    return dev.success
      ? { aadObjectId: dev.data[DEV_USER_HEADER], tenantId: dev.data[DEV_TENANT_HEADER] }
      : undefined;
  }
  const bearer = bearerSchema.safeParse(headers.authorization);
  return bearer.success ? options.verifier.verify(bearer.data) : undefined;
}
