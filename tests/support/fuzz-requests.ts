import type { Activity } from 'botbuilder';
import { hostileText, setOwn, wrongType } from './hostile-values';
import type { Prng } from './prng';
import { activities, type TeamsUser } from './teams-activities';

export type FuzzKind =
  | 'submit'
  | 'execute'
  | 'message'
  | 'odd-envelope'
  | 'malformed-execute'
  | 'other-invoke'
  | 'not-an-activity';

export interface FuzzRequest {
  kind: FuzzKind;
  /** What is posted to /api/messages: an activity, or raw text. */
  body: Partial<Activity> | string;
  /**
   * Statuses Koers may answer. 400: the body is no activity (bot/server.ts) or an
   * `adaptiveCard/action` without an Action.Execute in it; 501: an invoke Koers does not
   * implement, as botbuilder answers it. Everything else must be 200.
   */
  expect: number[];
}

type Shape = Parameters<typeof activities.message>[0];

// Invokes Teams may send that Koers does not implement: botbuilder answers 501 Not Implemented.
const UNIMPLEMENTED_INVOKES = ['composeExtension/query', 'task/fetch', 'config/fetch', 'tab/fetch'];

/** One request: mostly card submits and Action.Execute invokes around `data`, some far worse. */
export function fuzzRequest(prng: Prng, shape: Shape, data: unknown): FuzzRequest {
  const roll = prng.next();
  if (roll < 0.44) return { kind: 'submit', body: activities.submit(shape, data), expect: [200] };
  if (roll < 0.88) return { kind: 'execute', body: execute(shape, data), expect: [200] };
  if (roll < 0.95)
    return { kind: 'message', body: activities.message(shape, said(prng)), expect: [200] };
  if (roll < 0.96) return oddEnvelope(prng, shape, data);
  if (roll < 0.97) return malformedExecute(prng, shape, data);
  if (roll < 0.98) return otherInvoke(prng, shape, data);
  return notAnActivity(prng, shape);
}

// Commands whose cards show what people stored: names, entries, action points, poll texts.
const COMMANDS = ['voortgang', 'mijn logboek', 'mijn check-ins', 'toestemming', 'logboek'];
const COMMANDS_WITH_TEXT = ['logboek', 'uren 1,5', 'dagdeel', 'peiling resultaten', 'my logbook'];

/** A typed message: a command, a command with hostile text after it, or only hostile text. */
function said(prng: Prng): string {
  const roll = prng.next();
  if (roll < 0.4) return prng.pick(COMMANDS);
  if (roll < 0.7) return `${prng.pick(COMMANDS_WITH_TEXT)} ${hostileText(prng)}`;
  return hostileText(prng);
}

function execute(shape: Shape, data: unknown): Partial<Activity> {
  const verb = (data as { verb?: unknown } | null)?.verb;
  const action = { type: 'Action.Execute', verb, data };
  return invoke(shape, 'adaptiveCard/action', { action, trigger: 'manual' });
}

function invoke(shape: Shape, name: string | undefined, value: unknown): Partial<Activity> {
  return { ...activities.ofType(shape, 'invoke'), name, value };
}

/** Fields Koers reads from every activity, of the wrong type or marked up. */
function oddEnvelope(prng: Prng, shape: Shape, data: unknown): FuzzRequest {
  const activity = activities.submit(shape, data) as Record<string, unknown>;
  const path = prng.pick(['text', 'locale', 'from.name', 'conversation.tenantId', 'channelData']);
  const [head, tail] = path.split('.') as [string, string | undefined];
  const value = prng.chance(0.5) ? wrongType(prng) : hostileText(prng);
  if (tail) setOwn(activity[head] as Record<string, unknown>, tail, value);
  else setOwn(activity, head, value);
  return { kind: 'odd-envelope', body: activity, expect: [200, 400] };
}

function malformedExecute(prng: Prng, shape: Shape, data: unknown): FuzzRequest {
  const value = prng.pick<unknown>([
    undefined,
    null,
    'Action.Execute',
    {},
    { action: null },
    { action: 'Action.Execute' },
    { action: { type: 'Action.Submit', data } },
    { action: { type: prng.pick([null, 5, '', 'action.execute']), data } },
  ]);
  return {
    kind: 'malformed-execute',
    body: invoke(shape, 'adaptiveCard/action', value),
    expect: [400],
  };
}

function otherInvoke(prng: Prng, shape: Shape, data: unknown): FuzzRequest {
  if (prng.chance(0.5)) {
    const value = prng.pick([data, { action: 'accept', context: data }, { action: 'decline' }]);
    return {
      kind: 'other-invoke',
      body: invoke(shape, 'fileConsent/invoke', value),
      expect: [200],
    };
  }
  const name = prng.pick(UNIMPLEMENTED_INVOKES);
  return { kind: 'other-invoke', body: invoke(shape, name, data), expect: [501] };
}

function notAnActivity(prng: Prng, shape: Shape): FuzzRequest {
  const activity = activities.submit(shape, { verb: 'help' }) as Record<string, unknown>;
  const body = prng.pick<Partial<Activity> | string>([
    '',
    '[]',
    'null',
    '"help"',
    '{"type":',
    JSON.stringify({ ...activity, type: 5 }),
    JSON.stringify({ ...activity, conversation: undefined }),
    JSON.stringify({ ...activity, from: 'Docent 1' }),
    JSON.stringify({ ...activity, serviceUrl: '' }),
  ]);
  return { kind: 'not-an-activity', body, expect: [400] };
}

/** Where a person may press a card: their personal chat, or the team channel. */
export function shapeFor(
  prng: Prng,
  serviceUrl: string,
  user: TeamsUser,
  channel: Shape['conversation'],
): Shape {
  const locale = prng.pick(['nl-NL', 'nl-NL', 'nl-NL', 'en-US', 'en-GB', 'EN', '', 'xx-ZZ']);
  return {
    serviceUrl,
    user,
    locale,
    ...(prng.chance(0.15) ? { conversation: channel } : {}),
  };
}
