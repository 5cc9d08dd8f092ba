import type { StorageKind } from '../../infra/storage/database';
import { button, type SentCard } from './cards-sent';
import { startCheckInCircle, type CheckInCircle } from './check-in-circle';
import { CHANNEL } from './poll-channel';
import type { Prng } from './prng';
import { activities, teamsUser, type TeamsUser } from './teams-activities';

type Data = Record<string, unknown>;

/** Someone the fuzz speaks as, with what Koers knows of them. */
export interface Actor {
  user: TeamsUser;
  /** False for people who never said yes: nothing of theirs may be stored. */
  consented: boolean;
}

export interface FuzzWorld {
  circle: CheckInCircle;
  actors: Actor[];
  /** Who would press a button with this verb in real life: the coach plans, docenten answer. */
  natural: Record<'coach' | 'keeper' | 'docent', Actor[]>;
  /** Every button's data on every card Koers sent while the world was set up. */
  buttons: Data[];
  ids: { memberIds: string[]; personIds: string[]; checkInIds: string[]; pollIds: string[] };
}

// Markup in a display name: Teams lets people choose their name, and cards show names.
const HOSTILE_NAME = '<at>Docent 1</at> **fuzzvet** [fuzzlink](javascript:alert(1))';

/**
 * A school in the middle of things: a teamcoach with two aanjagers on the caseload (one with a
 * marked-up name) and a maatje, a planned check-in with invitations out, a logboek entry, a poll
 * in the team channel, a docent who declined and someone on no roster at all.
 */
export async function startFuzzWorld(kind: StorageKind, start: string): Promise<FuzzWorld> {
  const circle = await startCheckInCircle(kind, start);
  const { koers, seeded, coach, aanjager, maatje, outsider } = circle;
  const shape = (user: TeamsUser, channel = false) => ({
    serviceUrl: koers.connector.url,
    user,
    ...(channel ? { conversation: CHANNEL } : {}),
  });
  const marked = { ...teamsUser(7), name: HOSTILE_NAME };
  const markedMember = await seeded.onRoster(marked, 'aanjager');
  await koers.post(activities.installed(shape(marked)));
  await koers.post(activities.submit(shape(marked), button(koers, chatOf(marked), 'Ik doe mee')));
  await seeded.stores.members.assignCoach(coach.memberId, markedMember);
  const declining = teamsUser(5);
  await seeded.onRoster(declining, 'docent');
  await koers.post(activities.installed(shape(declining)));
  const noThanks = button(koers, chatOf(declining), 'Ik doe niet mee');
  await koers.post(activities.submit(shape(declining), noThanks));
  const stranger = teamsUser(6);
  await koers.post(activities.installed(shape(stranger)));

  await coach.submit(checkInPlan(aanjager.memberId));
  await circle.runAt(new Date(new Date(start).getTime() + 60_000).toISOString());
  await aanjager.submit({
    verb: 'logboek-save',
    week: '2026-W40',
    q1: 'met de mentoren gesproken',
    goals: '2',
  });

  await koers.post(activities.installed(shape(aanjager.user, true)));
  koers.connector.setMembers(
    CHANNEL.id,
    [aanjager.user, maatje.user, declining, stranger].map(({ id, name, aadObjectId }) => ({
      id,
      name,
      aadObjectId,
    })),
  );
  const setup = {
    template: 'dagdeel',
    anonymous: 'true',
    closesOn: '2026-11-30',
    closesAt: '17:00',
  };
  await koers.post(
    activities.submit(shape(aanjager.user, true), { verb: 'poll-preview', ...setup }),
  );
  await koers.post(
    activities.submit(shape(aanjager.user, true), button(koers, CHANNEL.id, 'Versturen')),
  );

  const rows = await koers.database.db.selectFrom('check_ins').select('id').execute();
  const polls = await koers.database.db.selectFrom('polls').select('id').execute();
  const people = await koers.database.db.selectFrom('people').select('id').execute();
  const [coachActor, ...keepers] = [coach, aanjager, maatje, outsider, { user: marked }].map(
    (m): Actor => ({ user: m.user, consented: true }),
  );
  const docenten = [declining, stranger].map((user): Actor => ({ user, consented: false }));
  return {
    circle,
    actors: [coachActor as Actor, ...keepers, ...docenten],
    natural: { coach: [coachActor as Actor], keeper: keepers, docent: docenten },
    buttons: allButtons(koers.connector.activities().map((a) => a.activity)),
    ids: {
      memberIds: [coach, aanjager, maatje, outsider].map((m) => m.memberId).concat(markedMember),
      personIds: people.map((p) => p.id),
      checkInIds: rows.map((r) => r.id),
      pollIds: polls.map((p) => p.id),
    },
  };
}

/** The actor for a request: mostly whoever would really press it, now and then anyone. */
export function actorFor(world: FuzzWorld, data: unknown, prng: Prng): Actor {
  const given = (data as { verb?: unknown } | null)?.verb;
  const verb = typeof given === 'string' ? given : '';
  const role = /^(nudge|check-in-(plan|confirm|agreements|cancel)|coach|commitment)/.test(verb)
    ? 'coach'
    : /^poll-(answer|view)/.test(verb)
      ? 'docent'
      : 'keeper';
  return prng.chance(0.6) ? prng.pick(world.natural[role]) : prng.pick(world.actors);
}

export const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;

export const checkInPlan = (aanjager: string): Data => ({
  verb: 'check-in-plan',
  aanjager,
  withMaatje: 'true',
  date: '2026-10-20',
  time: '10:00',
  duration: '60',
  mode: 'on-site',
  place: 'lokaal 2',
  every: '0',
  until: '',
});

type Action = { data?: Data; fallback?: { data?: Data }; actions?: Action[] };

/** The data of every Action.Submit and Action.Execute (and its fallback) on these activities. */
function allButtons(sent: { attachments?: { content?: unknown }[] }[]): Data[] {
  const found: Data[] = [];
  const visit = (actions: Action[] | undefined) => {
    for (const action of actions ?? []) {
      if (action.data) found.push(action.data);
      if (action.fallback?.data) found.push(action.fallback.data);
    }
  };
  for (const activity of sent) {
    for (const attachment of activity.attachments ?? []) {
      const card = attachment.content as (SentCard & { refresh?: { action: Action } }) | undefined;
      visit(card?.actions);
      for (const element of card?.body ?? []) visit(element.actions);
      if (card?.refresh) visit([card.refresh.action]);
    }
  }
  return found.filter((data) => typeof data.verb === 'string');
}
