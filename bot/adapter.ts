import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError } from 'botframework-connector';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import type { Config } from '../infra/config';
import type { KoersBot } from './koers.bot';

// The Teams door: botbuilder's CloudAdapter as Koers sets it up (it also sends), and what
// POST /api/messages lets through to it.

/**
 * POST /api/messages: a token of another issuer is a 401 and a body that is no activity a 400,
 * before botbuilder checks the token and hands the turn to the bot.
 */
export function messagesEndpoint(
  config: Config,
  adapter: CloudAdapter,
  bot: Pick<KoersBot, 'run'>,
) {
  const fromTheChannel = channelIssuerGate(config);
  return async (req: Request, res: Response): Promise<void> => {
    if (fromTheChannel && !fromTheChannel(req.headers.authorization)) {
      res.send(401, { error: 'No valid identity: not a token of the Bot Framework channel' });
      return;
    }
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'not a Bot Framework activity', issues: parsed.error.issues.length });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  };
}

/**
 * In local mode botbuilder gets no settings at all: an empty app id switches authentication off,
 * which only the Agents Playground and the Emulator may rely on (config refuses it in production).
 */
export function createAdapter(config: Config): CloudAdapter {
  const { appId, appPassword, appType, tenantId, cloud } = config.bot;
  const settings =
    config.mode === 'local'
      ? {}
      : {
          MicrosoftAppId: appId,
          MicrosoftAppPassword: appPassword,
          MicrosoftAppType: appType,
          MicrosoftAppTenantId: tenantId,
          ...cloudSettings(cloud),
        };
  return new CloudAdapter(new ChannelAuthentication(settings));
}

/** What jsonwebtoken throws for a forged signature, a token not valid yet, or a malformed one. */
const tokenErrors = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * CloudAdapter answers 401 only to botbuilder's own AuthenticationError; a token signed with
 * another key (or not valid yet) reaches it as jsonwebtoken's error and would be answered 500.
 */
class ChannelAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string) {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && tokenErrors.has(error.name)) {
        throw new AuthenticationError(`Unauthorized. ${error.message}`, StatusCodes.UNAUTHORIZED);
      }
      throw error;
    }
  }
}

/**
 * Once any endpoint is set, botbuilder takes all of them as given and leaves the rest empty (a
 * reply would then have no authority to get its token from): the unset ones keep public Azure's.
 */
function cloudSettings(cloud: Config['bot']['cloud']): Record<string, string> {
  if (Object.keys(cloud).length === 0) return {};
  return {
    ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ...cloud,
  };
}

// Ids, names and the locale are stored as they come, and PostgreSQL text cannot hold U+0000.
const envelopeText = z.string().refine((text) => !text.includes('\u0000'), 'holds U+0000');
const required = envelopeText.min(1);
const optionalText = envelopeText.nullish();

/**
 * What /api/messages accepts before botbuilder sees it; anything else is a 400. Fields Koers
 * reads on every turn are checked for their type too: `text: 1.5` would fail the turn later.
 */
export const incomingActivitySchema = z.looseObject({
  type: required,
  serviceUrl: required,
  conversation: z.looseObject({
    id: required,
    conversationType: optionalText,
    tenantId: optionalText,
  }),
  from: z.looseObject({ id: required, name: optionalText, aadObjectId: optionalText }),
  name: optionalText,
  text: z.string().nullish(),
  locale: optionalText,
  channelData: z.looseObject({ tenant: z.looseObject({ id: optionalText }).nullish() }).nullish(),
});

const BEARER = /^Bearer [A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

/**
 * A cheap first look at who signed the token, before botbuilder checks it. Only the channel posts
 * to /api/messages, so only its issuer may go on: botbuilder's emulator path appends issuers for
 * every tenant a token names to a module-wide list that every request scans, so strangers with
 * made-up tenants would otherwise slow every later request down until a restart.
 * Undefined in local mode, where botbuilder checks nothing.
 */
function channelIssuerGate(config: Config): ((authorization?: string) => boolean) | undefined {
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
