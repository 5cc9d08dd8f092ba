import type { Role } from '../../domain/roles';
import type { DeliveryUnderTest } from './delivery-harness';
import { seedStudy, type SeededStudy } from './study';

/** Person n with a personal chat, on the roster in a logboek role, who said "ik doe mee". */
export async function addKeeper(
  koers: DeliveryUnderTest,
  seeded: SeededStudy,
  n: number,
  role: Role = 'aanjager',
) {
  const person = await koers.addPerson(n);
  const [memberId] = await seeded.stores.roster.importRoster(
    seeded.organisationId,
    [{ name: person.name, aadObjectId: person.aadObjectId, role }],
    'test',
    new Date(),
  );
  const given = { choice: 'given', textVersion: 1, textHash: 'h', language: 'nl' } as const;
  // Long before the moments the tests run: a pass never asks anything for a moment before the yes.
  await seeded.stores.consents.decide(person.id, seeded.studyId, given, new Date('2026-01-01'));
  return { person, memberId: memberId ?? '' };
}

export async function seedKeeperStudy(koers: DeliveryUnderTest) {
  return seedStudy(koers.database);
}
