import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

export interface TokenOptions {
  /** Claims that replace or add to a valid token's. */
  claims?: JWTPayload & Record<string, unknown>;
  /** Sign with a key the tenant never published (same key id). */
  foreignKey?: boolean;
}

/** A stand-in for an Entra tenant: its own signing key, published as a JWKS over local HTTP. */
export interface TestTenant {
  tenantId: string;
  jwksUrl: string;
  token(aadObjectId: string, audience: string, options?: TokenOptions): Promise<string>;
  close(): Promise<void>;
}

const KEY_ID = 'koers-test-key';

export async function startTestTenant(tenantId: string): Promise<TestTenant> {
  const own = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(own.publicKey)), kid: KEY_ID, use: 'sig' }] };
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sign = (key: KeyLike, payload: JWTPayload) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' }).sign(key);
  return {
    tenantId,
    jwksUrl: `http://127.0.0.1:${port}/discovery/v2.0/keys`,
    token: (aadObjectId, audience, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        aud: audience,
        iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
        tid: tenantId,
        oid: aadObjectId,
        scp: 'access_as_user',
        iat: now,
        nbf: now,
        exp: now + 3600,
        ...options.claims,
      };
      return sign(options.foreignKey ? foreign.privateKey : own.privateKey, payload);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
