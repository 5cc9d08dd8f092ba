import type { Study } from '../../domain/organisations';
import type { Role } from '../../domain/roles';
import { consentGiven } from '../infra/storage/store-fixtures';
import { seedStudy, type SeededStudy } from './study';
import type { TestDatabase } from './test-database';

/** People whose names, addresses and ids are unlike anything else, so a scan can find them. */
export const participants = {
  anna: identity('Wilhelmina Zonnebloem', 'zonnebloem', 'aanjager'),
  coach: identity('Bartholomeus Klaproos', 'klaproos', 'teamcoach'),
  maatje: identity('Cornelia Madeliefje', 'madeliefje', 'maatje'),
};
type Who = keyof typeof participants;

function identity(name: string, key: string, role: Role) {
  return {
    name,
    email: `${key}.prive@hetbaken-school.example`,
    aadObjectId: `aad-7f3e-${key}-91c2`,
    teamsUserId: `29:1teams-${key}-x8Zq`,
    role,
  };
}

export const OCTOBER_6 = new Date('2026-10-06T08:00:00.000Z');
export const OCTOBER_7 = new Date('2026-10-07T09:30:00.000Z');
export const OCTOBER_8 = new Date('2026-10-08T12:00:00.000Z');
export const OCTOBER_13 = new Date('2026-10-13T10:00:00.000Z');

/** A study whose three participants said yes, with entries, a note and a voice message. */
export async function seedResearchStudy(database: TestDatabase, erasure: Study['erasure']) {
  const seeded = await seedStudy(database, { erasure });
  const { stores } = seeded;
  const ids = {} as Record<Who, string>;
  for (const [who, p] of Object.entries(participants) as [Who, (typeof participants)[Who]][]) {
    const person = await stores.people.upsertFromTeams(
      {
        tenantId: 't-1',
        aadObjectId: p.aadObjectId,
        teamsUserId: p.teamsUserId,
        name: p.name,
        locale: 'nl-NL',
      },
      OCTOBER_6,
    );
    await stores.roster.importRoster(seeded.organisationId, [p], 'test', OCTOBER_6);
    await stores.consents.decide(person.id, seeded.studyId, consentGiven, OCTOBER_6);
    ids[who] = person.id;
  }
  const entry = (who: Who, period: string, answers: object, tags: number[], at: Date) =>
    write(seeded, { personId: ids[who], period, text: JSON.stringify(answers), tags }, at);
  const annaEntry = await entry(
    'anna',
    '2026-W41',
    { q1: 'gesprek met de mentoren', q3: 'de koffie; "echt"' },
    [1, 3],
    OCTOBER_6,
  );
  await stores.contributions.attach(
    annaEntry,
    {
      fileName: `memo van ${participants.anna.name}.m4a`,
      contentType: 'audio/mp4',
      bytes: Buffer.from('audio'),
    },
    OCTOBER_6,
  );
  await entry('coach', '2026-W41', { q2: 'twee scholen gebeld', q5: '' }, [], OCTOBER_7);
  await write(
    seeded,
    { personId: ids.anna, period: '2026-W41', text: '=1+1 was een grapje' },
    OCTOBER_8,
    'logboek-note',
  );
  await entry('maatje', '2026-W42', { q4: 'te weinig tijd\nen roosters' }, [4], OCTOBER_13);
  // Still inside its bedenktijd: may yet be withdrawn, so not for researchers yet.
  await entry('maatje', '2026-W48', { q1: 'nog te vers' }, [2], new Date(Date.now() - 3_600_000));
  return { ...seeded, ids };
}

async function write(
  seeded: SeededStudy,
  draft: { personId: string; period: string; text: string; tags?: number[] },
  at: Date,
  kind: 'logboek-entry' | 'logboek-note' = 'logboek-entry',
): Promise<string> {
  const saved = await seeded.stores.contributions.add(
    { ...draft, organisationId: seeded.organisationId, kind },
    at,
  );
  if (!saved.stored) throw new Error('refused');
  return saved.contribution.id;
}
