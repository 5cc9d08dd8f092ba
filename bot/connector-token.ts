import type { TurnContext } from 'botbuilder';

interface TokenCredentials {
  appId?: string;
  getToken?: (forceRefresh?: boolean) => Promise<string>;
}

/**
 * The bot's own Bot Connector token, from the connector client CloudAdapter set up for this turn.
 * Local mode (no app id) has none, and then nothing is sent.
 */
export async function connectorToken(context: TurnContext): Promise<string | undefined> {
  const client: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
  const credentials = (client as { credentials?: TokenCredentials } | undefined)?.credentials;
  if (!credentials?.appId || !credentials.getToken) return undefined;
  return credentials.getToken();
}
