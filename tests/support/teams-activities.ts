import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
  tenantId: string;
}

export const BOT = { id: '28:koers-bot', name: 'koers' };

export function teamsUser(n = 1, tenantId = 'tenant-1'): TeamsUser {
  return { id: `29:user-${n}`, aadObjectId: `aad-${n}`, name: `Docent ${n}`, tenantId };
}

interface Shape {
  serviceUrl: string;
  user: TeamsUser;
  locale?: string;
  /** Defaults to the user's personal chat with the bot. */
  conversation?: { id: string; conversationType: 'personal' | 'channel' | 'groupChat' };
}

/** An activity as Teams posts it to /api/messages, in the user's personal chat unless told. */
function teamsActivity(shape: Shape, fields: Partial<Activity>): Partial<Activity> {
  const conversation = shape.conversation ?? {
    id: `a:personal-${shape.user.id}`,
    conversationType: 'personal' as const,
  };
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: shape.serviceUrl,
    timestamp: new Date(),
    locale: shape.locale ?? 'nl-NL',
    from: { id: shape.user.id, name: shape.user.name, aadObjectId: shape.user.aadObjectId },
    recipient: BOT,
    conversation: {
      ...conversation,
      tenantId: shape.user.tenantId,
      isGroup: conversation.conversationType !== 'personal',
      name: '',
    },
    channelData: { tenant: { id: shape.user.tenantId } },
    ...fields,
  };
}

export const activities = {
  installed: (shape: Shape, action: 'add' | 'add-upgrade' = 'add') =>
    teamsActivity(shape, { type: 'installationUpdate', action }),
  uninstalled: (shape: Shape) =>
    teamsActivity(shape, { type: 'installationUpdate', action: 'remove' }),
  botAdded: (shape: Shape) =>
    teamsActivity(shape, {
      type: 'conversationUpdate',
      membersAdded: [BOT, { id: shape.user.id, name: shape.user.name }],
    }),
  message: (shape: Shape, text: string) => teamsActivity(shape, { type: 'message', text }),
  submit: (shape: Shape, value: unknown) => teamsActivity(shape, { type: 'message', value }),
  /** A Universal Action button: Teams sends its data merged with the card's inputs. */
  execute: (shape: Shape, data: Record<string, unknown>) =>
    teamsActivity(shape, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
    }),
  ofType: (shape: Shape, type: string) => teamsActivity(shape, { type }),
};
