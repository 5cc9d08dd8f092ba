import type { IsoWeekday } from '../../domain/local-date';
import { DEFAULT_MOMENT } from '../../domain/weekly-moment';
import { seedStudy } from '../../tests/support/study';
import type { TestDatabase } from '../../tests/support/test-database';
import { seedKeepers, type BenchKeeper, type ChosenMoment } from '../seed/keepers';
import { momentIn, ZONE } from '../seed/scenario';

const SLOTS_PER_DAY = 36; // 08:00 to 16:45 in quarters

/**
 * The moments people pick: three in ten keep the default (Friday 15:00); the others chose a
 * working day and a quarter hour between 08:00 and 16:45, spread evenly: about 390 a slot at
 * 100,000 people, so a pass at a slot's minute finds about that many prompts newly due.
 */
export function chosenMoment(i: number): ChosenMoment | null {
  if (i % 10 < 3) return null;
  const slot = (i * 7919) % (5 * SLOTS_PER_DAY);
  const minutes = 8 * 60 + 15 * (slot % SLOTS_PER_DAY);
  const weekday = (1 + Math.floor(slot / SLOTS_PER_DAY)) as IsoWeekday;
  return { weekday, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

const WEEK_MS = 7 * 86_400_000;
const prompts = new Map<string, Date>();

/** When the keeper's prompt of the week `weeksBack` before `at` was due (cached: 1M look-ups). */
export function promptAt(keeper: BenchKeeper, at: Date, weeksBack: number): Date {
  const moment = keeper.moment ?? DEFAULT_MOMENT;
  const key = `${moment.weekday}-${moment.hour}-${moment.minute}-${weeksBack}-${at.getTime()}`;
  let instant = prompts.get(key);
  if (!instant) {
    const inWeek = new Date(at.getTime() - weeksBack * WEEK_MS);
    instant = momentIn({ ...moment, timeZone: ZONE }, inWeek);
    prompts.set(key, instant);
  }
  return instant;
}

/** The study, `schools` organisations and `people` aanjagers spread over them. */
export async function seedPopulation(
  database: TestDatabase,
  options: { people: number; schools: number; serviceUrl: string; at: Date },
) {
  const seeded = await seedStudy(database);
  const organisationIds = [seeded.organisationId];
  for (let i = 1; i < options.schools; i += 1) {
    const school = await seeded.stores.organisations.createOrganisation(
      { studyId: seeded.studyId, name: `School ${i}`, timeZone: ZONE, careerTerm: 'LOB' },
      options.at,
    );
    organisationIds.push(school.id);
  }
  const keepers = await seedKeepers(database, {
    count: options.people,
    studyId: seeded.studyId,
    organisationIds,
    serviceUrl: options.serviceUrl,
    at: new Date(options.at.getTime() - 20 * WEEK_MS),
    momentOf: chosenMoment,
  });
  return { seeded, keepers };
}
