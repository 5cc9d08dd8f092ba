import { randomUUID } from 'node:crypto';
import { ToBotFromBotOrEmulatorTokenValidationParameters } from 'botframework-connector/lib/auth/tokenValidationParameters';
import { activities, teamsUser } from './teams-activities';

/**
 * The issuers botbuilder's emulator check accepts: a module-wide list it appends four entries to
 * for every tenant it has not seen, and scans on every request.
 */
export function emulatorIssuerCount(): number {
  const issuers = ToBotFromBotOrEmulatorTokenValidationParameters.issuer;
  return Array.isArray(issuers) ? issuers.length : 1;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token shaped like an Entra one, naming a tenant nobody has seen. */
export function forgedToken(appId: string): string {
  const tid = randomUUID();
  const payload = { iss: `https://sts.windows.net/${tid}/`, tid, aud: appId, appid: appId };
  return `Bearer ${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(payload)}.c2lnbmF0dXJl`;
}

/**
 * Posts `count` activities with forged tokens, `lanes` at a time; returns the statuses seen and
 * the refusal rate (requests per second) of each `chunk` requests in order.
 */
export async function postForged(
  url: string,
  options: { appId: string; serviceUrl: string; count: number; lanes: number; chunk: number },
): Promise<{ statuses: Map<number, number>; rates: number[] }> {
  const body = JSON.stringify(
    activities.message({ serviceUrl: options.serviceUrl, user: teamsUser(1) }, 'hoi'),
  );
  const statuses = new Map<number, number>();
  const rates: number[] = [];
  let next = 0;
  let chunkStart = performance.now();
  let inChunk = 0;
  const lane = async () => {
    while (next < options.count) {
      next++;
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: forgedToken(options.appId) },
        body,
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (++inChunk === options.chunk) {
        const now = performance.now();
        rates.push(Math.round((options.chunk * 1000) / (now - chunkStart)));
        chunkStart = now;
        inChunk = 0;
      }
    }
  };
  await Promise.all(Array.from({ length: options.lanes }, lane));
  return { statuses, rates };
}
