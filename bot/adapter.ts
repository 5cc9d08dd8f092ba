import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../infra/config';

/**
 * In local mode botbuilder gets no settings at all: an empty app id switches authentication off,
 * which only the Agents Playground and the Emulator may rely on (config refuses it in production).
 */
export function createAdapter(config: Config): CloudAdapter {
  const { appId, appPassword, appType, tenantId } = config.bot;
  const settings =
    config.mode === 'local'
      ? {}
      : {
          MicrosoftAppId: appId,
          MicrosoftAppPassword: appPassword,
          MicrosoftAppType: appType,
          MicrosoftAppTenantId: tenantId,
        };
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
}
