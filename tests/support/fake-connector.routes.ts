import type { ConversationParameters, TeamsChannelAccount } from 'botbuilder';
import { errorBody } from './fake-connector.failures';
import type { Answer, ConnectorRequest, Operation } from './fake-connector.types';

export interface Route {
  operation: Operation;
  conversationId?: string;
  activityId?: string;
  memberId?: string;
}

const PARAMS = { ':c': 'conversationId', ':a': 'activityId', ':m': 'memberId' } as const;
const ACTIVITY = 'v3/conversations/:c/activities/:a';
const ROUTES: Array<[method: string, pattern: string, operation: Operation]> = [
  ['POST', 'v3/conversations', 'createConversation'],
  ['POST', 'v3/conversations/:c/activities', 'send'],
  ['POST', ACTIVITY, 'reply'],
  ['PUT', ACTIVITY, 'update'],
  ['DELETE', ACTIVITY, 'delete'],
  ['GET', 'v3/conversations/:c/pagedmembers', 'getPagedMembers'],
  ['GET', 'v3/conversations/:c/members', 'getMembers'],
  ['GET', 'v3/conversations/:c/members/:m', 'getMember'],
];

/** Splits before decoding, so ids with an encoded `/` stay whole; empty segments from `//` drop out. */
export function routeOf(method: string, pathname: string): Route {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  for (const [routeMethod, pattern, operation] of ROUTES) {
    const parts = pattern.split('/');
    if (routeMethod !== method || parts.length !== segments.length) continue;
    const route: Route = { operation };
    const matches = parts.every((part, i) => {
      const segment = segments[i] ?? '';
      if (!(part in PARAMS)) return part === segment;
      route[PARAMS[part as keyof typeof PARAMS]] = safeDecode(segment);
      return true;
    });
    if (matches) return route;
  }
  return { operation: 'unknown' };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const DEFAULT_PAGE_SIZE = 200;

export class ConversationStore {
  private lastId = 0;
  private readonly oneOnOne = new Map<string, string>();
  private readonly members = new Map<string, TeamsChannelAccount[]>();

  constructor(private readonly serviceUrl: string) {}

  setMembers(conversationId: string, members: TeamsChannelAccount[]): void {
    this.members.set(conversationId, members);
  }

  reset(): void {
    this.oneOnOne.clear();
    this.members.clear();
  }

  answer(request: ConnectorRequest): Answer {
    const members = this.members.get(request.conversationId ?? '') ?? [];
    switch (request.operation) {
      case 'createConversation':
        return this.create(request.body);
      case 'send':
      case 'reply':
        return { status: 201, body: { id: this.nextId('activity-') } };
      case 'update':
        return { status: 200, body: { id: request.activityId } };
      case 'delete':
        return { status: 200 };
      case 'getMembers':
        return { status: 200, body: members };
      case 'getPagedMembers':
        return page(members, request.query);
      case 'getMember': {
        const id = request.memberId;
        const member = members.find((m) => m.id === id || m.aadObjectId === id);
        if (member) return { status: 200, body: member };
        return notFound('MemberNotFoundInConversation', 'The member is not in the conversation.');
      }
      case 'unknown':
        return notFound('NotFound', 'The fake connector has no such route.');
    }
  }

  private create(body: unknown): Answer {
    const params: Partial<ConversationParameters> = body ?? {};
    const tenantId = params.tenantId ?? (params.channelData?.tenant?.id as string | undefined);
    const first = params.members?.[0];
    if (!first?.id || !tenantId) {
      return { status: 400, body: errorBody('BadArgument', 'Members and tenant are required.') };
    }
    // Teams answers the existing 1:1 chat when asked to create it again.
    const key =
      params.isGroup || params.members?.length !== 1 ? undefined : `${tenantId}|${first.id}`;
    const id =
      (key && this.oneOnOne.get(key)) ??
      (params.isGroup ? `${this.nextId('19:fake-chat-')}@thread.v2` : this.nextId('a:fake-'));
    if (key) this.oneOnOne.set(key, id);
    if (!this.members.has(id)) this.members.set(id, params.members ?? []);
    const activityId = params.activity ? this.nextId('activity-') : undefined;
    return {
      status: 201,
      body: { id, activityId, serviceUrl: this.serviceUrl },
      conversationId: id,
    };
  }

  private nextId(prefix: string): string {
    this.lastId += 1;
    return `${prefix}${this.lastId}`;
  }
}

function page(members: TeamsChannelAccount[], query: Record<string, string>): Answer {
  const size = Number(query.pageSize ?? DEFAULT_PAGE_SIZE);
  const start = Number(query.continuationToken ?? 0);
  if (!Number.isInteger(size) || size < 1 || !Number.isInteger(start) || start < 0) {
    return {
      status: 400,
      body: errorBody('BadArgument', 'Invalid pageSize or continuationToken.'),
    };
  }
  const end = start + size;
  const continuationToken = end < members.length ? String(end) : undefined;
  return { status: 200, body: { members: members.slice(start, end), continuationToken } };
}

function notFound(code: string, message: string): Answer {
  return { status: 404, body: errorBody(code, message) };
}
