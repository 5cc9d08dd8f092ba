import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationParameters,
  type ConversationReference,
  TeamsInfo,
} from 'botbuilder';
import { type FakeConnector, startFakeConnector } from './fake-connector';

// Local mode: no app id, so no token is fetched or sent. continueConversationAsync('', ...) works
// as is in 4.23 (an empty app id becomes a ClaimsIdentity with empty audience/appid claims); no
// hand-made ClaimsIdentity is needed.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterEach(() => connector.reset());
afterAll(() => connector.close());

function referenceTo(conversationId: string, serviceUrl = connector.url) {
  return {
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    bot: { id: '28:koers', name: 'Koers' },
    user: { id: '29:abc', name: 'Sanne' },
  } satisfies Partial<ConversationReference>;
}

const oneOnOne = {
  isGroup: false,
  members: [{ id: '29:abc' }],
  tenantId: 't1',
  channelData: { tenant: { id: 't1' } },
} as ConversationParameters;

describe('fake connector with the real botbuilder client', () => {
  it('when the bot sends proactively and updates the message, then both are recorded', async () => {
    let sentId: string | undefined;
    await adapter.continueConversationAsync('', referenceTo('a:1xyz'), async (ctx) => {
      sentId = (await ctx.sendActivity('Hallo'))?.id;
      await ctx.updateActivity({ id: sentId, type: 'message', text: 'Hallo, bijgewerkt' });
    });

    // botbuilder 4.23 posts a proactive message as a reply to the continuation activity's random
    // id (POST .../activities/:uuid); Teams takes that as a new message.
    expect(connector.activitiesIn('a:1xyz')).toEqual([
      expect.objectContaining({
        kind: 'reply',
        id: sentId,
        activity: expect.objectContaining({ text: 'Hallo' }),
      }),
      expect.objectContaining({
        kind: 'update',
        id: sentId,
        activity: expect.objectContaining({ text: 'Hallo, bijgewerkt' }),
      }),
    ]);
    expect(connector.sentCount('a:1xyz')).toBe(1);
    expect(connector.calls[0]?.path).toMatch(/^\/v3\/conversations\/a%3A1xyz\/activities\//);
  });

  it('when the serviceUrl has no trailing slash and the id is a channel thread, then it routes', async () => {
    const thread = '19:abc@thread.tacv2;messageid=17';
    await adapter.continueConversationAsync(
      '',
      referenceTo(thread, connector.url.replace(/\/$/, '')),
      async (ctx) => {
        await ctx.sendActivity('In de thread');
      },
    );

    expect(connector.sentCount(thread)).toBe(1);
  });

  it('when a 1:1 chat is created twice for one member and tenant, then Teams answers the same id', async () => {
    const created: string[] = [];
    for (const text of ['Welkom', 'Nog een keer']) {
      await adapter.createConversationAsync(
        '',
        'msteams',
        connector.url,
        '',
        oneOnOne,
        async (ctx) => {
          created.push(ctx.activity.conversation.id);
          await ctx.sendActivity(text);
        },
      );
    }

    expect(created[0]).toMatch(/^a:/);
    expect(created[1]).toBe(created[0]);
    expect(connector.calls[0]).toMatchObject({ operation: 'createConversation', body: oneOnOne });
    expect(connector.sentCount(created[0]!)).toBe(2);
  });

  it('when the roster has five members, then getPagedMembers pages through them by two', async () => {
    const team = '19:team@thread.tacv2';
    connector.setMembers(
      team,
      [1, 2, 3, 4, 5].map((n) => ({ id: `29:${n}`, name: `Lid ${n}`, aadObjectId: `aad-${n}` })),
    );
    const pages: string[][] = [];
    let byAadId: string | undefined;
    await adapter.continueConversationAsync('', referenceTo(team), async (ctx) => {
      let token: string | undefined;
      do {
        const page = await TeamsInfo.getPagedMembers(ctx, 2, token);
        pages.push(page.members.map((member) => member.id));
        token = page.continuationToken;
      } while (token);
      byAadId = (await TeamsInfo.getMember(ctx, 'aad-3')).name;
    });

    expect(pages).toEqual([['29:1', '29:2'], ['29:3', '29:4'], ['29:5']]);
    expect(byAadId).toBe('Lid 3');
  });

  it('when a member is not in the conversation, then getMember fails like Teams', async () => {
    const failure = adapter.continueConversationAsync('', referenceTo('a:1xyz'), async (ctx) => {
      await TeamsInfo.getMember(ctx, '29:nobody');
    });

    await expect(failure).rejects.toMatchObject({
      statusCode: 404,
      code: 'MemberNotFoundInConversation',
    });
  });

  it('when a call arrives later, then waitFor resolves with it', async () => {
    const sending = adapter.continueConversationAsync('', referenceTo('a:later'), async (ctx) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await ctx.sendActivity('Later');
    });

    const call = await connector.waitFor((c) => c.conversationId === 'a:later');
    await sending;
    expect(call).toMatchObject({ method: 'POST', status: 201, body: { text: 'Later' } });
  });

  it('when nothing matches in time, then waitFor rejects listing what was recorded', async () => {
    await adapter.continueConversationAsync('', referenceTo('a:1xyz'), (ctx) =>
      ctx.sendActivity('Hoi').then(() => undefined),
    );

    await expect(connector.waitFor(() => false, 50)).rejects.toThrow(
      /within 50 ms\. Recorded calls:\n {2}POST \/v3\/conversations\/a%3A1xyz\/activities\/\S+ -> 201 text="Hoi"/,
    );
  });
});
