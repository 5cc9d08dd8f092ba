import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

export interface ChannelTokenOptions {
  /** Claims that replace or add to a valid token's. */
  claims?: JWTPayload & Record<string, unknown>;
  /** Sign with a key the channel never published, under the published key's id. */
  foreignKey?: boolean;
  /** Sign with a published key that channels other than Teams endorse. */
  otherChannelsKey?: boolean;
}

/**
 * A stand-in for the Bot Framework channel service: an OpenID metadata document and its keys over
 * local HTTP, and channel tokens signed with that key, shaped like the ones Teams sends.
 */
export interface TestBotFramework {
  issuer: string;
  openIdMetadataUrl: string;
  /** A token Teams would send with an activity for `appId` coming from `serviceUrl`. */
  token(appId: string, serviceUrl: string, options?: ChannelTokenOptions): Promise<string>;
  close(): Promise<void>;
}

const TEAMS_KEY = 'koers-test-channel-key';
const OTHER_CHANNELS_KEY = 'koers-test-webchat-key';

export async function startTestBotFramework(
  issuer = 'https://api.botframework.test',
): Promise<TestBotFramework> {
  const [own, other, foreign] = await Promise.all([1, 2, 3].map(() => generateKeyPair('RS256')));
  // The real keys carry the channels that endorse them; botbuilder refuses a key that the
  // activity's channel does not endorse.
  const published = async (key: KeyLike, kid: string, endorsements: string[]) => ({
    ...(await exportJWK(key)),
    kid,
    use: 'sig',
    endorsements,
  });
  const jwks = {
    keys: [
      await published(own!.publicKey, TEAMS_KEY, ['msteams']),
      await published(other!.publicKey, OTHER_CHANNELS_KEY, ['webchat', 'directline']),
    ],
  };
  const server: Server = createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    const documents: Record<string, unknown> = {
      '/v1/.well-known/openidconfiguration': {
        issuer,
        jwks_uri: `http://127.0.0.1:${port}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      },
      '/v1/.well-known/keys': jwks,
    };
    const document = documents[req.url ?? ''];
    res.writeHead(document ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(document ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sign = (payload: JWTPayload, { foreignKey, otherChannelsKey }: ChannelTokenOptions) =>
    new SignJWT(payload)
      .setProtectedHeader({
        alg: 'RS256',
        kid: otherChannelsKey ? OTHER_CHANNELS_KEY : TEAMS_KEY,
        typ: 'JWT',
      })
      .sign((foreignKey ? foreign : otherChannelsKey ? other : own)!.privateKey);
  return {
    issuer,
    openIdMetadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    token: (appId, serviceUrl, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        serviceurl: serviceUrl,
        iss: issuer,
        aud: appId,
        nbf: now - 60,
        exp: now + 3600,
        ...options.claims,
      };
      return sign(payload, options);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
