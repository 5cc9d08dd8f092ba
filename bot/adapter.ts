import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError } from 'botframework-connector';
import type { Config } from '../infra/config';

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
