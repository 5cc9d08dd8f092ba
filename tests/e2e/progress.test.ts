import { button, lastCard, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const FRIDAY = new Date('2026-11-27T10:00:00+01:00'); // week 48
const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;

describe.each(databaseKinds)('voortgang and nudges for a teamcoach (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  const coach = teamsUser(10);
  const [anna, bram, cees] = [teamsUser(1), teamsUser(2), teamsUser(3)];
  const shapeOf = (user: TeamsUser) => ({ serviceUrl: koers.connector.url, user });
  const say = (user: TeamsUser, text: string) =>
    koers.post(activities.message(shapeOf(user), text));
  const join = async (user: TeamsUser, role: 'aanjager' | 'teamcoach' | 'docent') => {
    const memberId = await seeded.onRoster(user, role);
    await koers.post(activities.installed(shapeOf(user)));
    await koers.post(activities.submit(shapeOf(user), button(koers, chatOf(user), 'Ik doe mee')));
    const person = await seeded.stores.people.findByAadObjectId(user.tenantId, user.aadObjectId);
    if (!person) throw new Error(`${user.name} was not stored`);
    return { memberId, personId: person.id };
  };
  const writeWeek = async (personId: string, week: string, text: string) => {
    const org = { personId, organisationId: seeded.organisationId };
    const draft = { ...org, kind: 'logboek-entry' as const, period: week, text, tags: [1] };
    await seeded.stores.contributions.saveWeekly(draft, new Date('2026-11-20T12:00:00Z'), 0);
    await seeded.stores.logboek.recordWeek(org, week, 'written', {}, FRIDAY);
  };

  beforeEach(async () => {
    koers = await startKoers(kind, { clock: () => FRIDAY });
    seeded = await seedStudy(koers.database);
  });
  afterEach(() => koers.stop());

  it('when a coach with three aanjagers asks voortgang, then each line has weeks written, next check-in and open actions, and no entry text', async () => {
    const c = await join(coach, 'teamcoach');
    const people = [
      await join(anna, 'aanjager'),
      await join(bram, 'aanjager'),
      await join(cees, 'aanjager'),
    ];
    for (const p of people) await seeded.stores.members.assignCoach(c.memberId, p.memberId);
    const [a, b] = people;
    if (!a || !b) throw new Error('no aanjagers');
    for (const week of ['2026-W45', '2026-W46', '2026-W47'])
      await writeWeek(a.personId, week, `geheim ${week}`);
    await writeWeek(b.personId, '2026-W40', 'te lang geleden');
    const agreed = {
      organisationId: seeded.organisationId,
      checkInId: null,
      dueOn: null,
      createdBy: c.personId,
    };
    await seeded.stores.actionPoints.add(
      { ...agreed, ownerPersonId: a.personId, what: 'geheime afspraak' },
      FRIDAY,
    );
    await seeded.stores.actionPoints.add(
      { ...agreed, ownerPersonId: a.personId, what: 'nog een' },
      FRIDAY,
    );
    await seeded.stores.checkIns.plan(
      {
        organisationId: seeded.organisationId,
        coachPersonId: c.personId,
        starts: [new Date('2026-12-03T09:30:00Z')],
        timeZone: 'Europe/Amsterdam',
        durationMinutes: 45,
        mode: 'online',
        location: null,
        invitees: [{ personId: a.personId, role: 'aanjager' }],
      },
      FRIDAY,
    );

    await say(coach, 'voortgang');

    const card = JSON.stringify(lastCard(koers, chatOf(coach)));
    const lines = said(koers, chatOf(coach)).at(-1) ?? '';
    expect(lines).toContain('Docent 1 (aanjager)');
    expect(lines).toContain('3 van de 8 weken geschreven');
    expect(lines).toContain('2 open afspraken');
    expect(lines).toContain('volgende check-in: donderdag 3 december om 10:30');
    expect(lines).toContain('Docent 2 (aanjager)');
    expect(lines).toMatch(
      /Docent 2 \(aanjager\) 0 van de 8 weken geschreven · laatst geschreven op vrijdag 20 november · 0 open afspraken · nog geen check-in gepland/,
    );
    expect(lines).toContain(
      'Docent 3 (aanjager) 0 van de 8 weken geschreven · nog niets geschreven',
    );
    expect(card).toContain('"type":"Chart.HorizontalBar"');
    expect(card).toContain('{"x":"Docent 1","y":3}');
    for (const secret of ['geheim', 'te lang geleden', 'geheime afspraak'])
      expect(card).not.toContain(secret);
  });

  it('when the coach nudges twice in one week, then the first goes out signed by the coach and the second is refused with the reason', async () => {
    const c = await join(coach, 'teamcoach');
    const a = await join(anna, 'aanjager');
    await seeded.stores.members.assignCoach(c.memberId, a.memberId);
    await say(coach, 'voortgang');
    await koers.post(
      activities.submit(shapeOf(coach), button(koers, chatOf(coach), 'Duwtje geven')),
    );
    const send = {
      ...button(koers, chatOf(coach), 'Versturen'),
      line: 'ik ben benieuwd naar je dagdeel!',
    };
    await koers.post(activities.submit(shapeOf(coach), send));
    expect(said(koers, chatOf(coach)).at(-1)).toBe('Verstuurd: Docent 1 krijgt je berichtje zo.');
    await runKoersCli(['jobs', 'run-due', '--at', FRIDAY.toISOString()], {
      ...koers.database.env,
      LOG_LEVEL: 'silent',
    });
    const nudge = said(koers, chatOf(anna)).at(-1) ?? '';
    expect(nudge).toContain('Hoi Docent, Docent 10 denkt aan je: ik ben benieuwd naar je dagdeel!');

    await koers.post(activities.submit(shapeOf(coach), send));
    expect(said(koers, chatOf(coach)).at(-1)).toContain(
      'kreeg deze week al een herinnering of duwtje',
    );
    await runKoersCli(['jobs', 'run-due', '--at', FRIDAY.toISOString()], {
      ...koers.database.env,
      LOG_LEVEL: 'silent',
    });
    expect(said(koers, chatOf(anna)).filter((line) => line.includes('denkt aan je'))).toHaveLength(
      1,
    );
  });

  it("when the nudged person's name holds markup, then the coach's answers show it as text", async () => {
    const c = await join(coach, 'teamcoach');
    const marked = { ...teamsUser(4), name: '**Anna** <at>Docent 10</at>' };
    const a = await join(marked, 'aanjager');
    await seeded.stores.members.assignCoach(c.memberId, a.memberId);
    const nudge = { verb: 'nudge-send', memberId: a.memberId, line: '' };
    await koers.post(activities.submit(shapeOf(coach), nudge));
    await koers.post(activities.submit(shapeOf(coach), nudge));
    const name = '\\*\\*Anna\\*\\* \\<at>Docent 10\\</at>';
    expect(said(koers, chatOf(coach)).slice(-2)).toEqual([
      `Verstuurd: ${name} krijgt je berichtje zo.`,
      `${name} kreeg deze week al een herinnering of duwtje. Eén per week is genoeg; volgende week kan het weer.`,
    ]);
  });

  it('when the person is on holiday or paused, then no nudge goes out and the budget stays', async () => {
    const c = await join(coach, 'teamcoach');
    const a = await join(anna, 'aanjager');
    await seeded.stores.members.assignCoach(c.memberId, a.memberId);
    const nudge = { verb: 'nudge-send', memberId: a.memberId, line: '' };
    await seeded.stores.organisations.addHoliday(
      seeded.organisationId,
      {
        name: 'herfstvakantie',
        startsOn: '2026-11-23',
        endsOn: '2026-11-29',
      },
      new Date(),
    );
    await koers.post(activities.submit(shapeOf(coach), nudge));
    expect(said(koers, chatOf(coach)).at(-1)).toBe('Docent 1 heeft vakantie; dan stuur ik niets.');
    expect(await seeded.stores.contactBudget.used([a.personId], '2026-W48')).toEqual(new Map());
  });

  it('when someone who coaches nobody nudges a member, then nothing is sent', async () => {
    await join(coach, 'teamcoach');
    const a = await join(anna, 'aanjager');
    await koers.post(
      activities.submit(shapeOf(coach), { verb: 'nudge-send', memberId: a.memberId, line: '' }),
    );
    expect(said(koers, chatOf(coach)).at(-1)).toBe(
      'Een duwtje kan alleen naar iemand die jij coacht.',
    );
    expect(await seeded.stores.contactBudget.used([a.personId], '2026-W48')).toEqual(new Map());
  });

  it('when an aanjager asks voortgang, then they see only their own line and their own agreed actions', async () => {
    const a = await join(anna, 'aanjager');
    await join(bram, 'aanjager');
    const agreed = {
      organisationId: seeded.organisationId,
      checkInId: null,
      dueOn: '2026-12-04',
      createdBy: 'x',
    };
    await seeded.stores.actionPoints.add(
      { ...agreed, ownerPersonId: a.personId, what: 'visie op papier' },
      FRIDAY,
    );
    await say(anna, 'voortgang');
    const lines = said(koers, chatOf(anna)).at(-1) ?? '';
    expect(lines).toContain('Jouw voortgang');
    expect(lines).toContain('visie op papier, uiterlijk 4 december');
    expect(lines).not.toContain('Docent 2');
    expect(JSON.stringify(lastCard(koers, chatOf(anna)))).not.toContain('Duwtje geven');
  });

  it('when a docent asks for voortgang, then the answer is a polite refusal', async () => {
    await join(cees, 'docent');
    await say(cees, 'voortgang');
    expect(said(koers, chatOf(cees)).at(-1)).toMatch(/^Dat is voor /);
  });
});
