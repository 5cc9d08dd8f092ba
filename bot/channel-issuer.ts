import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../infra/config';

const BEARER = /^Bearer [A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

/**
 * A cheap first look at who signed the token, before botbuilder checks it. Only the channel posts
 * to /api/messages, so only its issuer may go on: botbuilder's emulator path appends issuers for
 * every tenant a token names to a module-wide list that every request scans, so strangers with
 * made-up tenants would otherwise slow every later request down until a restart.
 * Undefined in local mode, where botbuilder checks nothing.
 */
export function channelIssuerGate(
  config: Config,
): ((authorization?: string) => boolean) | undefined {
  if (!config.bot.appId) return undefined;
  const issuer =
    config.bot.cloud.ToBotFromChannelTokenIssuer ??
    AuthenticationConstants.ToBotFromChannelTokenIssuer;
  return (authorization) => issuerOf(authorization) === issuer;
}

function issuerOf(authorization: string | undefined): unknown {
  const payload = BEARER.exec(authorization ?? '')?.[1];
  if (!payload) return undefined;
  try {
    return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown })
      ?.iss;
  } catch {
    return undefined;
  }
}
