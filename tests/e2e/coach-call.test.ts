import { said, type SentCard } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const NOW = new Date('2026-12-04T16:00:00+01:00');
// They said yes before the weeks the scheduler runs for: a pass for a moment before that asks nothing.
const JOINED = new Date('2026-11-02T09:00:00+01:00');
type InvokeAnswer = { statusCode: number; type: string; value: unknown };

describe.each(databaseKinds)('"Ik heb gebeld" on the silent-weeks card (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  let aanjagerMember: string;
  const coach = teamsUser(1);
  const aanjager = teamsUser(2);
  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  const shapeOf = (user: TeamsUser) => ({ serviceUrl: koers.connector.url, user });
  const execute = async (user: TeamsUser, data: Record<string, unknown>) => {
    const response = await koers.post(activities.execute(shapeOf(user), data));
    expect(response.status).toBe(200);
    return JSON.parse(response.body) as InvokeAnswer;
  };
  const calls = () => koers.database.db.selectFrom('coach_calls').selectAll().execute();
  const joinIn = async (user: TeamsUser, role: 'teamcoach' | 'aanjager') => {
    const memberId = await seeded.onRoster(user, role);
    await koers.post(activities.installed(shapeOf(user)));
    const welcome = koers.connector.activitiesIn(chatOf(user)).at(-1)?.activity;
    const card = welcome?.attachments?.[0]?.content as SentCard;
    const join = card.actions?.find((a) => a.title === 'Ik doe mee');
    await koers.post(activities.submit(shapeOf(user), join?.data));
    return memberId;
  };

  let now = JOINED;
  beforeEach(async () => {
    now = JOINED;
    koers = await startKoers(kind, { clock: () => now });
    seeded = await seedStudy(koers.database);
    const coachMember = await joinIn(coach, 'teamcoach');
    aanjagerMember = await joinIn(aanjager, 'aanjager');
    await seeded.stores.members.assignCoach(coachMember, aanjagerMember);
    now = NOW;
  });
  afterEach(() => koers.stop());

  it('when the coach presses the button after three silent weeks, then the card becomes a receipt and the call is recorded once', async () => {
    const env = { ...koers.database.env, LOG_LEVEL: 'silent' };
    for (const friday of ['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27']) {
      await runKoersCli(['jobs', 'run-due', '--at', `${friday}T15:00:00+01:00`], env);
    }
    const told = koers.connector
      .activitiesIn(chatOf(coach))
      .flatMap(({ activity }) => activity.attachments ?? [])
      .map((a) => a.content as SentCard)
      .find((card) => JSON.stringify(card).includes('schreef drie weken niets'));
    const data = told?.actions?.find((a) => a.title === 'Ik heb gebeld')?.data;
    expect(data).toEqual({ verb: 'coach-called', memberId: aanjagerMember, week: '2026-W48' });

    const first = await execute(coach, data ?? {});
    expect(first.type).toBe('application/vnd.microsoft.card.adaptive');
    const receipt = JSON.stringify(first.value);
    expect(receipt).toContain('Genoteerd: je belde op 4 december 2026. Fijn dat je even belde.');
    expect(receipt).not.toContain('Ik heb gebeld');

    const second = await execute(coach, data ?? {});
    expect(JSON.stringify(second.value)).toContain(
      'Dat had ik al genoteerd: je belde op 4 december 2026.',
    );
    expect(await calls()).toHaveLength(1);
    const person = await seeded.stores.people.findByAadObjectId(
      aanjager.tenantId,
      aanjager.aadObjectId,
    );
    const last = await seeded.stores.coachCalls.lastCallTo([person?.id ?? '']);
    expect([...last.values()]).toEqual([NOW]);
  });

  it('when a client without Universal Actions submits the button, then the answer comes as a message', async () => {
    const data = { verb: 'coach-called', memberId: aanjagerMember, week: '2026-W48' };
    await koers.post(activities.submit(shapeOf(coach), data));
    expect(said(koers, chatOf(coach)).at(-1)).toBe(
      'Genoteerd: je belde op 4 december 2026. Fijn dat je even belde.',
    );
    expect(await calls()).toHaveLength(1);
  });

  it('when someone who does not coach that person presses it, then it is refused and nothing is recorded', async () => {
    const data = { verb: 'coach-called', memberId: aanjagerMember, week: '2026-W48' };
    const self = await execute(aanjager, data);
    expect(self).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
      value: 'Dat is voor teamcoach. Typ help om te zien wat jij hier kunt.',
    });
    const otherCoach = teamsUser(3);
    await joinIn(otherCoach, 'teamcoach');
    expect((await execute(otherCoach, data)).value).toBe(
      'Die persoon coach je niet in Koers, dus dat noteer ik niet.',
    );
    expect(await calls()).toHaveLength(0);
  });
});
