import {
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
} from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { ProactiveSender, Reference } from './proactive-sender';

interface PipelineOwner {
  client?: { pipeline?: { removePolicy(policy: { name: string }): unknown } };
}

/**
 * botbuilder's HTTP client retries 429 and 5xx by itself (up to 3 times, waiting Retry-After
 * without limit). The drainer owns retries and rate limits, so that policy is removed from the
 * client of each proactive turn (botbuilder builds a new client per turn).
 */
function connectorOf(context: TurnContext): ConnectorClient {
  const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
  (client as unknown as PipelineOwner).client?.pipeline?.removePolicy({
    name: 'defaultRetryPolicy',
  });
  return client;
}

export class BotFrameworkSender implements ProactiveSender {
  /** The adapter must have no onTurnError: that would swallow the failures we classify. */
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly timeoutMs: number,
  ) {}

  async send(reference: Reference, activity: Partial<Activity>): Promise<string> {
    const conversationId = reference.conversation?.id;
    if (!conversationId) throw new Error('conversation reference without a conversation id');
    let sentId = '';
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      const outgoing = TurnContext.applyConversationReference(
        { type: 'message', ...activity },
        reference,
      );
      const connector = connectorOf(context).conversations;
      const options = { timeout: this.timeoutMs };
      // An activity that names an id replaces that message for everyone (a closed poll's card).
      const result = activity.id
        ? await connector.updateActivity(conversationId, activity.id, outgoing, options)
        : await connector.sendToConversation(conversationId, outgoing, options);
      sentId = result.id ?? activity.id ?? '';
    });
    return sentId;
  }

  async createPersonalConversation(target: {
    serviceUrl: string;
    tenantId: string;
    teamsUserId: string;
  }): Promise<Reference> {
    let reference: Reference | undefined;
    const parameters = {
      isGroup: false,
      bot: { id: this.appId, name: 'koers' },
      members: [{ id: target.teamsUserId, name: '' }],
      tenantId: target.tenantId,
      channelData: { tenant: { id: target.tenantId } },
    } as ConversationParameters;
    await this.adapter.createConversationAsync(
      this.appId,
      'msteams',
      target.serviceUrl,
      '',
      parameters,
      (context) => {
        reference = TurnContext.getConversationReference(context.activity);
        return Promise.resolve();
      },
    );
    if (!reference?.conversation?.id) throw new Error('Teams created no conversation');
    return reference;
  }
}
