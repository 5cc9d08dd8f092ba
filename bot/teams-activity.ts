import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { TeamsIdentity } from '../domain/people';
import type { ConversationScope } from '../infra/delivery/conversations';

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

const channelDataSchema = z.looseObject({
  tenant: z.looseObject({ id: z.string().min(1) }).optional(),
});

export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = channelDataSchema.safeParse(activity.channelData ?? {});
  return (
    (channelData.success ? channelData.data.tenant?.id : undefined) ??
    activity.conversation?.tenantId
  );
}

export function scopeOf(activity: Partial<Activity>): ConversationScope {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

/** The sender's Teams identity; undefined outside Teams (no tenant or AAD object id). */
export function identityOf(activity: Partial<Activity>): TeamsIdentity | undefined {
  const tenantId = tenantOf(activity);
  const from = activity.from;
  if (!tenantId || !from?.aadObjectId) return undefined;
  return {
    tenantId,
    aadObjectId: from.aadObjectId,
    teamsUserId: from.id,
    name: from.name ?? '',
    locale: activity.locale ?? null,
  };
}
