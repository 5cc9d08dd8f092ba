import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https, { type RequestOptions } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One client-credentials grant the local Entra answered. */
export interface TokenGrant {
  clientId: string;
  clientSecret: string;
  scope: string;
  accessToken: string;
}

/**
 * A stand-in for Entra's token service, for the token Koers sends with its replies. MSAL only takes
 * an https authority, so it serves TLS with a certificate made for this run. Before using an
 * authority it does not know, MSAL asks login.microsoftonline.com whether it belongs to a cloud
 * (a fixed URL, not a setting): `trustInThisProcess` sends that question here too, so nothing
 * leaves the machine, and makes the process trust the certificate.
 */
export interface TestEntraLogin {
  /** The authority, tenant included: ToChannelFromBotLoginUrl. */
  authority: string;
  grants: TokenGrant[];
  /** Until the returned undo: trust the certificate, and route the cloud check here. */
  trustInThisProcess(): () => void;
  close(): Promise<void>;
}

const INSTANCE_DISCOVERY_HOST = 'login.microsoftonline.com';

export async function startTestEntraLogin(tenantId: string): Promise<TestEntraLogin> {
  const { cert, key } = selfSignedCertificate();
  const grants: TokenGrant[] = [];
  const server = https.createServer({ cert, key }, (req, res) => {
    void answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  const authority = `https://${host}/${tenantId}`;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path === '/common/discovery/instance') {
      return send(200, {
        tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      });
    }
    if (path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      return send(200, {
        issuer: `${authority}/v2.0`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
      });
    }
    if (path === `/${tenantId}/oauth2/v2.0/token` && req.method === 'POST') {
      const form = new URLSearchParams(await readText(req));
      if (form.get('grant_type') !== 'client_credentials') return send(400, { error: 'grant' });
      const grant = {
        clientId: form.get('client_id') ?? '',
        clientSecret: form.get('client_secret') ?? '',
        scope: form.get('scope') ?? '',
        accessToken: `koers-test-access-token-${grants.length + 1}`,
      };
      grants.push(grant);
      return send(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: grant.accessToken,
      });
    }
    send(404, { error: 'not_found', path });
  }

  return {
    authority,
    grants,
    trustInThisProcess: () => {
      const original = https.request;
      const reroute = (options: RequestOptions): RequestOptions | undefined => {
        if (options.hostname === INSTANCE_DISCOVERY_HOST) {
          return { ...options, hostname: '127.0.0.1', port, ca: cert };
        }
        if (options.hostname === '127.0.0.1' && Number(options.port) === port) {
          return { ...options, ca: cert };
        }
        return undefined;
      };
      // MSAL calls https.request(options) with plain options; anything else passes untouched. A
      // plain swap rather than jest.spyOn, so restoreAllMocks in a test cannot undo it midway.
      const call = original as (...args: unknown[]) => ReturnType<typeof https.request>;
      const httpsModule = https as { request: typeof https.request };
      httpsModule.request = (...args: unknown[]) => {
        const [first, ...rest] = args;
        const rerouted =
          typeof first === 'object' && !(first instanceof URL)
            ? reroute(first as RequestOptions)
            : undefined;
        return rerouted ? call(rerouted, ...rest) : call(...args);
      };
      return () => {
        httpsModule.request = original;
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A throwaway certificate for 127.0.0.1, made with openssl for this run only. */
function selfSignedCertificate(): { cert: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'koers-entra-'));
  try {
    const [certFile, keyFile] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    const subject = '-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1';
    const ecKey = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1';
    execFileSync(
      'openssl',
      [...`req -x509 ${ecKey} ${subject}`.split(' '), ...['-keyout', keyFile, '-out', certFile]],
      { stdio: 'ignore' },
    );
    return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
