import type { Study } from '../../domain/organisations';
import type { StorageKind } from '../../infra/storage/database';
import { button, lastCard } from './cards-sent';
import { startKoers, type KoersUnderTest } from './koers-app';
import { seedStudy, type SeededStudy } from './study';
import { activities, teamsUser, type TeamsUser } from './teams-activities';

export const CHANNEL = { id: '19:team-baken@thread.tacv2', conversationType: 'channel' as const };
type InvokeAnswer = { statusCode: number; type: string; value: unknown };
type Data = Record<string, unknown>;
type Shape = Parameters<typeof activities.message>[0];

export interface PollInChannel {
  koers: KoersUnderTest;
  seeded: SeededStudy;
  pollId: string;
  aanjager: TeamsUser;
  docenten: TeamsUser[];
  /** The aanjager's personal chat with Koers. */
  personal: string;
  shape(user: TeamsUser, inChannel?: boolean): Shape;
  /** An Action.Execute on the channel card, as Teams sends it; returns the invoke answer. */
  execute(user: TeamsUser, data: Data): Promise<InvokeAnswer>;
  /** A docent's first answer: the card offers consent in one step, and then it is stored. */
  answer(user: TeamsUser, answers: Data): Promise<InvokeAnswer>;
  /** What the aanjager sees after typing `peiling resultaten`. */
  outcome(): Promise<string>;
  /** The aanjager presses `nu sluiten`; returns what the owner then sees. */
  close(): Promise<string>;
}

/** Koers running, an aanjager who sent the dagdeel poll (closing 30 November 17:00) in a channel. */
export async function pollInChannel(
  kind: StorageKind,
  options: {
    clock: () => Date;
    erasure?: Study['erasure'];
    anonymous?: boolean;
    /** Question texts as the aanjager edited them on the preview (`q0`..`q4`). */
    questions?: Record<string, string>;
    /** Runs once the study exists, before the poll is made (e.g. `koers org poll-k`). */
    beforeSend?: (koers: KoersUnderTest, seeded: SeededStudy) => Promise<void>;
  },
): Promise<PollInChannel> {
  const koers = await startKoers(kind, { clock: options.clock });
  const seeded = await seedStudy(koers.database, { erasure: options.erasure ?? 'window' });
  const aanjager = teamsUser(1);
  const docenten = [2, 3, 4, 5, 6, 7].map((n) => teamsUser(n));
  const personal = `a:personal-${aanjager.id}`;
  const shape = (user: TeamsUser, inChannel = true): Shape => ({
    serviceUrl: koers.connector.url,
    user,
    ...(inChannel ? { conversation: CHANNEL } : {}),
  });
  let pollId = '';
  const execute = async (user: TeamsUser, data: Data) => {
    const response = await koers.post(activities.execute(shape(user), data));
    if (response.status !== 200) throw new Error(`invoke answered ${response.status}`);
    return JSON.parse(response.body) as InvokeAnswer;
  };
  const answer = async (user: TeamsUser, answers: Data) => {
    const first = await execute(user, { verb: 'poll-answer', pollId, ...answers });
    const card = first.value as { actions?: { title: string; data: Data }[] };
    const consent = card.actions?.find((a) => a.title === 'Ik doe mee en verstuur');
    if (!consent) return first; // consent was given before
    return execute(user, { ...consent.data, ...answers });
  };
  const outcome = async () => {
    await koers.post(activities.message(shape(aanjager, false), 'peiling resultaten'));
    return JSON.stringify(lastCard(koers, personal));
  };
  const close = async () => {
    await koers.post(activities.submit(shape(aanjager, false), { verb: 'poll-close', pollId }));
    return JSON.stringify(lastCard(koers, personal));
  };

  await seeded.onRoster(aanjager, 'aanjager');
  for (const docent of docenten) await seeded.onRoster(docent, 'docent');
  await koers.post(activities.installed(shape(aanjager, false)));
  await koers.post(activities.installed(shape(aanjager)));
  koers.connector.setMembers(
    CHANNEL.id,
    [aanjager, ...docenten].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
  );
  await options.beforeSend?.(koers, seeded);
  await koers.post(activities.message(shape(aanjager), 'peiling'));
  const setup = {
    template: 'dagdeel',
    anonymous: String(options.anonymous ?? true),
    closesOn: '2026-11-30',
    closesAt: '17:00',
  };
  await koers.post(activities.submit(shape(aanjager), { verb: 'poll-preview', ...setup }));
  const send = { ...button(koers, CHANNEL.id, 'Versturen'), ...options.questions };
  await koers.post(activities.submit(shape(aanjager), send));
  pollId = String(button(koers, CHANNEL.id, 'Versturen').pollId);
  return {
    koers,
    seeded,
    pollId,
    aanjager,
    docenten,
    personal,
    shape,
    execute,
    answer,
    outcome,
    close,
  };
}
