import type { ConsentDecision, ContributionDraft } from '../../../domain/contributions';
import type { Person } from '../../../domain/people';
import type { Role } from '../../../domain/roles';
import { OutboxStore } from '../../../infra/delivery/outbox.store';
import type { SeededStudy } from '../../support/study';
import { teamsUser } from '../../support/teams-activities';
import type { TestDatabase } from '../../support/test-database';

/** Shared by the store tests in this folder: people, consent and notes on a seeded study. */

export const consentGiven: ConsentDecision = {
  choice: 'given',
  textVersion: 1,
  textHash: 'sha256-of-consent-text-v1',
  language: 'nl',
};

export const consentDeclined: ConsentDecision = { ...consentGiven, choice: 'declined' };

/** Person n as Teams knows them: aad-n, 29:user-n, "Docent n". */
export function personInTeams(seeded: SeededStudy, n: number, at: Date): Promise<Person> {
  const user = teamsUser(n);
  return seeded.stores.people.upsertFromTeams(
    {
      tenantId: user.tenantId,
      aadObjectId: user.aadObjectId,
      teamsUserId: user.id,
      name: user.name,
      locale: 'nl-NL',
    },
    at,
  );
}

/** Person n, seen in Teams and then put on the seeded organisation's roster in a role. */
export async function memberInTeams(
  seeded: SeededStudy,
  n: number,
  role: Role,
  at: Date,
): Promise<{ person: Person; memberId: string }> {
  const person = await personInTeams(seeded, n, at);
  const memberId = await seeded.onRoster(teamsUser(n), role);
  return { person, memberId };
}

export function logboekNote(seeded: SeededStudy, person: Person, text: string): ContributionDraft {
  return {
    personId: person.id,
    organisationId: seeded.organisationId,
    kind: 'logboek-note',
    period: '2026-W14',
    text,
  };
}

/** The person's personal chat with Koers, as saved on install; its conversation id. */
export async function savePersonalChat(
  seeded: SeededStudy,
  person: Person,
  at: Date,
): Promise<string> {
  const id = `a:personal-${person.teamsUserId}`;
  await seeded.stores.conversations.save({
    reference: {
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: {
        id,
        conversationType: 'personal',
        isGroup: false,
        tenantId: person.tenantId,
        name: '',
      },
      user: { id: person.teamsUserId, name: person.name, aadObjectId: person.aadObjectId },
      bot: { id: '28:koers', name: 'Koers' },
    },
    scope: 'personal',
    tenantId: person.tenantId,
    personId: person.id,
    at,
  });
  return id;
}

/** A message queued for the person, as the bot queues a receipt. */
export async function queueMessage(
  database: TestDatabase,
  person: Person,
  text: string,
  at: Date,
): Promise<void> {
  await new OutboxStore(database.db, database.kind).enqueue(
    [
      {
        dedupeKey: `${person.id}:receipt:${text}`,
        purpose: 'receipt',
        target: { personId: person.id },
        activity: { type: 'message', text },
        notBefore: at,
      },
    ],
    at,
  );
}

/** A bot_state row under a botbuilder storage key. */
export async function saveBotState(
  database: TestDatabase,
  key: string,
  document: unknown,
  at: Date,
): Promise<void> {
  await database.db
    .insertInto('bot_state')
    .values({ key, etag: '1', document: JSON.stringify(document), updated_at: at.toISOString() })
    .execute();
}

/**
 * Everything a person leaves behind once they take part: consent, a personal chat, a note named
 * after them with an attachment, a queued message, and bot state for them and their chat.
 */
export async function leaveTraces(
  database: TestDatabase,
  seeded: SeededStudy,
  person: Person,
  at: Date,
): Promise<{ chat: string; contributionId: string }> {
  const { stores } = seeded;
  await stores.consents.decide(person.id, seeded.studyId, consentGiven, at);
  const chat = await savePersonalChat(seeded, person, at);
  const added = await stores.contributions.add(
    logboekNote(seeded, person, `notitie van ${person.name}`),
    at,
  );
  if (!added.stored) throw new Error('the note was refused');
  const file = {
    fileName: `memo van ${person.name}.m4a`,
    contentType: 'audio/mp4',
    bytes: Buffer.from(`audio van ${person.name}`),
  };
  await stores.contributions.attach(added.contribution.id, file, at);
  await queueMessage(database, person, `ontvangen, ${person.name}`, at);
  // as botbuilder's UserState and ConversationState key them: with a closing slash
  await saveBotState(database, `msteams/users/${person.teamsUserId}/`, { step: 2 }, at);
  await saveBotState(database, `msteams/conversations/${chat}/`, { dialog: 'logboek' }, at);
  return { chat, contributionId: added.contribution.id };
}
