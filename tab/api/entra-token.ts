import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

/** Who a tab request comes from, as Entra (or, in local mode, the developer) says. */
export interface TabCaller {
  tenantId: string;
  aadObjectId: string;
}

export interface TokenVerifier {
  /** The caller behind a valid token; undefined for anything else, whatever the reason. */
  verify(token: string): Promise<TabCaller | undefined>;
}

export interface EntraTokenOptions {
  jwksUrl: string;
  tenantId: string;
  /** `api://<host>/<app id>` and the app id: what Teams asks Entra for, v1 and v2 tokens. */
  audiences: readonly string[];
  /** Told why a token was refused (never the token itself). */
  onRefused(reason: string): void;
}

/** Teams asks for this scope when the app registration exposes it (README, tab SSO). */
export const TAB_SCOPE = 'access_as_user';

const claimsSchema = z.object({
  tid: z.string().min(1),
  oid: z.string().min(1),
  scp: z.string(),
});

/**
 * Checks a tab SSO token: signature against the tenant's published keys, audience, issuer (v1 or
 * v2) of the configured tenant, expiry and the `access_as_user` scope. Without a tenant or an app
 * id no token can be checked, so none is accepted.
 */
export function entraTokenVerifier(options: EntraTokenOptions): TokenVerifier {
  const { tenantId, audiences } = options;
  if (!tenantId || audiences.length === 0) return { verify: () => Promise.resolve(undefined) };
  // jose keeps the fetched key set and refetches it when a token names a key it has not seen.
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl));
  const issuers = [
    `https://login.microsoftonline.com/${tenantId}/v2.0`,
    `https://sts.windows.net/${tenantId}/`,
  ];
  return {
    verify: async (token) => {
      try {
        const { payload } = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          audience: [...audiences],
          issuer: issuers,
          requiredClaims: ['exp', 'tid', 'oid', 'scp'],
        });
        const claims = claimsSchema.safeParse(payload);
        if (!claims.success || claims.data.tid !== tenantId) {
          options.onRefused('claims: tid or oid missing, or another tenant');
          return undefined;
        }
        if (!claims.data.scp.split(' ').includes(TAB_SCOPE)) {
          options.onRefused(`scope: ${TAB_SCOPE} missing`);
          return undefined;
        }
        return { tenantId: claims.data.tid, aadObjectId: claims.data.oid };
      } catch (err) {
        options.onRefused(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
        return undefined;
      }
    },
  };
}
