import { button } from './cards-sent';
import type { KoersUnderTest } from './koers-app';
import { seedStudy, type SeededStudy } from './study';
import { activities, teamsUser, type TeamsUser } from './teams-activities';

/** The people of the tab tests: a teamcoach with two aanjagers, and an onderzoeker. */
export const tabPeople = {
  coach: teamsUser(10),
  anna: teamsUser(1),
  bram: teamsUser(2),
  researcher: teamsUser(20),
  docenten: [31, 32, 33, 34, 35].map((n) => teamsUser(n)),
};

/**
 * Anna wrote weeks 45-47 (entry text the coach must never see), Bram wrote week 44 and skipped
 * week 47; both are on the coach's caseload; everyone said "ik doe mee" except the onderzoeker,
 * who contributes nothing and is not asked.
 */
export async function seedTabStudy(koers: KoersUnderTest, at: Date): Promise<SeededStudy> {
  const seeded = await seedStudy(koers.database);
  const join = async (user: TeamsUser, role: 'aanjager' | 'teamcoach' | 'docent') => {
    const shape = { serviceUrl: koers.connector.url, user };
    const memberId = await seeded.onRoster(user, role);
    await koers.post(activities.installed(shape));
    await koers.post(
      activities.submit(shape, button(koers, `a:personal-${user.id}`, 'Ik doe mee')),
    );
    const person = await seeded.stores.people.findByAadObjectId(user.tenantId, user.aadObjectId);
    if (!person) throw new Error(`${user.name} was not stored`);
    return { memberId, keeper: { personId: person.id, organisationId: seeded.organisationId } };
  };
  const week = async (
    keeper: Awaited<ReturnType<typeof join>>['keeper'],
    id: string,
    q1: string,
    on: string,
  ) => {
    const text = JSON.stringify({ q1 });
    const draft = { ...keeper, kind: 'logboek-entry' as const, period: id, text, tags: [1, 3] };
    await seeded.stores.contributions.saveWeekly(draft, new Date(on), 0);
    await seeded.stores.logboek.recordWeek(keeper, id, 'written', {}, at);
  };

  const coach = await join(tabPeople.coach, 'teamcoach');
  const anna = await join(tabPeople.anna, 'aanjager');
  const bram = await join(tabPeople.bram, 'aanjager');
  for (const member of [anna, bram])
    await seeded.stores.members.assignCoach(coach.memberId, member.memberId);
  await week(
    anna.keeper,
    '2026-W45',
    'gesprek met de mentoren over de visie',
    '2026-11-06T14:00:00Z',
  );
  await week(anna.keeper, '2026-W46', 'geheim: twee collega’s twijfelen', '2026-11-13T14:00:00Z');
  await week(anna.keeper, '2026-W47', 'dagdeel voorbereid met mijn maatje', '2026-11-20T14:00:00Z');
  await week(bram.keeper, '2026-W44', 'een stil gesprek met de decaan', '2026-10-30T14:00:00Z');
  await seeded.stores.logboek.recordWeek(bram.keeper, '2026-W47', 'skipped', {}, at);
  await seeded.onRoster(tabPeople.researcher, 'onderzoeker');
  await koers.post(
    activities.installed({ serviceUrl: koers.connector.url, user: tabPeople.researcher }),
  );
  const poll = (title: string) =>
    seeded.stores.polls.create(
      {
        organisationId: seeded.organisationId,
        ownerPersonId: anna.keeper.personId,
        title,
        anonymous: true,
        audience: 'people',
        conversationId: null,
        closesAt: new Date(at.getTime() + 7 * 86_400_000),
        questions: [
          { kind: 'scale', text: 'hoe ging het dagdeel?', choices: ['stroef', 'top'] },
          { kind: 'open', text: 'een klein moment met een leerling', choices: [] },
        ],
      },
      at,
    );
  const answered = await poll('na het dagdeel');
  const early = await poll('nog maar net verstuurd');
  const docenten = [];
  for (const docent of tabPeople.docenten) docenten.push((await join(docent, 'docent')).keeper);
  for (const [index, { personId }] of docenten.entries()) {
    const answer = { 0: index < 3 ? 5 : 4, 1: `moment ${index + 1} met een leerling` };
    expect(await seeded.stores.pollAnswers.answer(answered.id, personId, answer, at)).toBe('saved');
  }
  // Results show only once a poll has closed.
  await seeded.stores.polls.close(answered.id, at);
  const [first] = docenten;
  if (first) await seeded.stores.pollAnswers.answer(early.id, first.personId, { 0: 2 }, at);
  return seeded;
}
