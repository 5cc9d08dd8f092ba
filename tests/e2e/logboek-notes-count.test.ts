import { strings } from '../../cards/strings';
import type { TabDashboard } from '../../tab/dashboard.model';
import { button, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const nl = strings('nl');
const FRIDAY = new Date('2026-11-27T15:00:00+01:00');
const DAY = 86_400_000;
const later = (days: number) => new Date(FRIDAY.getTime() + days * DAY);

describe.each(databaseKinds)('a note in the chat counts as writing (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  let now: Date;
  const aanjager = teamsUser(1);
  const coach = teamsUser(2);
  const chat = `a:personal-${aanjager.id}`;
  const coachChat = `a:personal-${coach.id}`;
  const shapeOf = (user: typeof aanjager) => ({ serviceUrl: koers.connector.url, user });
  const runAt = (at: Date) =>
    runKoersCli(['jobs', 'run-due', '--at', at.toISOString()], {
      ...koers.database.env,
      LOG_LEVEL: 'silent',
    });
  const say = (text: string, at: Date) => {
    now = at;
    return koers.post(activities.message(shapeOf(aanjager), text));
  };
  const prompts = () => said(koers, chat).filter((t) => /je logboek, week \d+/i.test(t));

  beforeEach(async () => {
    now = new Date('2026-11-01T10:00:00+01:00');
    koers = await startKoers(kind, { clock: () => now });
    seeded = await seedStudy(koers.database);
    const memberId = await seeded.onRoster(aanjager, 'aanjager');
    const coachId = await seeded.onRoster(coach, 'teamcoach');
    await seeded.stores.members.assignCoach(coachId, memberId);
    for (const user of [aanjager, coach]) {
      const userChat = `a:personal-${user.id}`;
      await koers.post(activities.installed(shapeOf(user)));
      await koers.post(activities.submit(shapeOf(user), button(koers, userChat, 'ik doe mee')));
    }
  });
  afterEach(() => koers.stop());

  it('when a note comes after the prompt, then no reminder follows and voortgang counts the week', async () => {
    await runAt(FRIDAY);
    expect(prompts()).toHaveLength(1);
    await say('logboek ik sprak de decaan over de visie', later(1));
    await runAt(later(2)); // the reminder's moment
    await runAt(later(3));
    expect(said(koers, chat).filter((t) => /nog even aan je logboek/i.test(t))).toHaveLength(0);

    await say('voortgang', later(3));
    expect(said(koers, chat).at(-1)).toContain(nl.progress.weeksWritten(1, 8));
    now = later(3);
    await koers.post(activities.message(shapeOf(coach), 'voortgang'));
    expect(said(koers, coachChat).at(-1)).toContain(nl.progress.weeksWritten(1, 8));
    // The coach's tab counts it too (local mode: the development sign-in headers).
    const tab = await fetch(`${koers.url}/api/tab/me`, {
      headers: { 'x-koers-dev-user': coach.aadObjectId, 'x-koers-dev-tenant': coach.tenantId },
    });
    const { caseload } = (await tab.json()) as TabDashboard;
    expect(caseload?.map((person) => person.weeksWritten)).toEqual([1]);
  });

  it('when a note breaks three silent weeks, then the prompts come back and the coach is not told again', async () => {
    const fridays = [-21, -14, -7, 0].map((days) => later(days));
    for (const friday of fridays) await runAt(friday);
    expect(prompts().map((t) => /week (\d+)/.exec(t)?.[1])).toEqual(['45', '46', '47']);
    const told = () => said(koers, coachChat).filter((t) => /drie weken niets/i.test(t));
    expect(told()).toHaveLength(1);

    await say('logboek toch nog iets: een mooi gesprek met een mentor', later(1));
    await runAt(later(7)); // the next Friday
    expect(prompts().map((t) => /week (\d+)/.exec(t)?.[1])).toEqual(['45', '46', '47', '49']);
    await runAt(later(14));
    await runAt(later(21));
    expect(told()).toHaveLength(1);
  });

  it('when a plain message is kept as a note, then that week counts too', async () => {
    await runAt(FRIDAY);
    await say('vandaag een gesprek met de decaan gehad', later(1));
    now = later(1);
    await koers.post(activities.submit(shapeOf(aanjager), button(koers, chat, 'bewaren')));
    const weeks = await seeded.stores.logboek.recentWeeks(
      (await seeded.stores.people.findByAadObjectId(aanjager.tenantId, aanjager.aadObjectId))?.id ??
        '',
    );
    expect(weeks).toEqual([{ week: '2026-W48', status: 'written' }]);
  });
});
