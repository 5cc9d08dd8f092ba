import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { TeamsIdentity } from '../domain/people';
import type { ConversationScope } from '../domain/people';

/** Who sent an activity and where: read from what Teams put on it. */
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
