import { button, lastCard, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const NOW = new Date('2026-11-27T10:00:00+01:00');

describe.each(databaseKinds)('coach hours and dagdelen (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  const coach = teamsUser(1);
  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  const shapeOf = (user: TeamsUser, locale = 'nl-NL') => ({
    serviceUrl: koers.connector.url,
    user,
    locale,
  });
  const say = async (user: TeamsUser, text: string, locale?: string) => {
    await koers.post(activities.message(shapeOf(user, locale), text));
    return said(koers, chatOf(user)).at(-1);
  };
  const rows = () => koers.database.db.selectFrom('coaching_commitments').selectAll().execute();

  beforeEach(async () => {
    koers = await startKoers(kind, { clock: () => NOW });
    seeded = await seedStudy(koers.database);
    await seeded.onRoster(coach, 'teamcoach');
    await koers.post(activities.installed(shapeOf(coach)));
  });
  afterEach(() => koers.stop());

  it('when a coach records hours and a dagdeel, then each answer shows the new totals and the note is kept encrypted', async () => {
    expect(await say(coach, 'uren 1,5')).toBe(
      'Genoteerd: 1,5 uur op 27 november 2026. Samen nu 1,5 van de 40 uur, 0 van de 5 dagdelen bij Het Baken.',
    );
    expect(await say(coach, 'uren 2 12-11 gesprek met directie')).toBe(
      'Genoteerd: 2 uur op 12 november 2026. Samen nu 3,5 van de 40 uur, 0 van de 5 dagdelen bij Het Baken.',
    );
    expect(await say(coach, 'dagdeel 20-11 teamdag')).toBe(
      'Genoteerd: een dagdeel op 20 november 2026. Samen nu 3,5 van de 40 uur, 1 van de 5 dagdelen bij Het Baken.',
    );
    expect(await say(coach, 'hours 0.25', 'en-GB')).toBe(
      'Noted: 0.25 hours on 27 November 2026. Together that is 3.75 of the 40 hours, 1 of the 5 team sessions at Het Baken.',
    );
    const kept = await rows();
    expect(kept).toHaveLength(4);
    expect(JSON.stringify(kept)).not.toContain('directie');
    expect(await seeded.stores.commitments.summary(seeded.organisationId)).toEqual({
      hoursUsed: 3.75,
      hoursAgreed: 40,
      dagdelenHeld: 1,
      dagdelenAgreed: 5,
    });
  });

  it('when someone who is not a teamcoach records hours, then they are politely refused and nothing is kept', async () => {
    const aanjager = teamsUser(2);
    await seeded.onRoster(aanjager, 'aanjager');
    await koers.post(activities.installed(shapeOf(aanjager)));
    expect(await say(aanjager, 'uren 2')).toBe(
      'Dat is voor teamcoach. Typ help om te zien wat jij hier kunt.',
    );
    expect(await say(aanjager, 'dagdeel')).toContain('Dat is voor teamcoach.');
    expect(await rows()).toHaveLength(0);
  });

  it('when the amount or the date is off, then a friendly hint with an example comes and nothing is kept', async () => {
    expect(await say(coach, 'uren twee')).toBe(
      'Typ uren en het aantal uur, eventueel met een datum en een notitie. Bijvoorbeeld: uren 1,5 of uren 2 12-11 gesprek met directie',
    );
    expect(await say(coach, 'dagdeel 31-02')).toContain('Bijvoorbeeld: dagdeel 12-11');
    expect(await say(coach, 'dagdeel 12-12-2026')).toBe(
      'Die datum ligt nog in de toekomst. Noteer het gerust als het geweest is.',
    );
    expect(await rows()).toHaveLength(0);
  });

  it('when a coach of two schools records, then a card asks which school, and pressing twice records once', async () => {
    const other = await seeded.stores.organisations.createOrganisation(
      { studyId: seeded.studyId, name: 'De Rede', timeZone: 'Europe/Amsterdam', careerTerm: 'SB' },
      NOW,
    );
    const entry = { name: coach.name, aadObjectId: coach.aadObjectId, role: 'teamcoach' as const };
    await seeded.stores.roster.importRoster(other.id, [entry], 'test', NOW);

    await say(coach, 'uren 2 gesprek met directie');
    expect(said(koers, chatOf(coach)).at(-1)).toBe(
      'Bij welke school hoort dit: 2 uur op 27 november 2026?',
    );
    expect(
      lastCard(koers, chatOf(coach))
        .actions?.map((a) => a.title)
        .sort(),
    ).toEqual(['De Rede', 'Het Baken']);
    const choice = button(koers, chatOf(coach), 'De Rede');
    await koers.post(activities.submit(shapeOf(coach), choice));
    expect(said(koers, chatOf(coach)).at(-1)).toBe(
      'Genoteerd: 2 uur op 27 november 2026. Samen nu 2 van de 40 uur, 0 van de 5 dagdelen bij De Rede.',
    );
    await koers.post(activities.submit(shapeOf(coach), choice));
    expect(said(koers, chatOf(coach)).at(-1)).toBe(
      'Dat had ik al genoteerd. Samen nu 2 van de 40 uur, 0 van de 5 dagdelen bij De Rede.',
    );
    expect(await rows()).toEqual([expect.objectContaining({ organisation_id: other.id })]);
  });

  it('when a coach presses a school they do not coach, then it is refused and nothing is kept', async () => {
    const choice = {
      verb: 'commitment-org',
      requestId: '2f1c7a52-3c2e-4d7e-9a55-0c3f8b8f2a11',
      organisationId: 'someone-elses-school',
      kind: 'hours',
      minutes: 60,
      heldOn: '2026-11-20',
    };
    await koers.post(activities.submit(shapeOf(coach), choice));
    expect(said(koers, chatOf(coach)).at(-1)).toContain('Dat is voor teamcoach.');
    expect(await rows()).toHaveLength(0);
  });

  it('when the beheerder agrees other amounts, then the CLI and the next answer show them', async () => {
    const env = { ...koers.database.env, LOG_LEVEL: 'silent' };
    const set = await runKoersCli(
      ['org', 'commitment', '--org', seeded.organisationId, '--hours', '30'],
      env,
    );
    expect(set).toMatchObject({
      code: 0,
      out: 'Het Baken: 0 of 30 coach hours, 0 of 5 dagdelen',
    });
    expect(await say(coach, 'dagdeel')).toContain('Samen nu 0 van de 30 uur, 1 van de 5 dagdelen');
    const list = await runKoersCli(['org', 'list'], env);
    expect(list.out).toContain('Het Baken  LOB  Europe/Amsterdam  30 h, 5 dagdelen');
    const wrong = await runKoersCli(
      ['org', 'commitment', '--org', seeded.organisationId, '--dagdelen', 'vijf'],
      env,
    );
    expect(wrong).toMatchObject({
      code: 2,
      err: expect.stringContaining('--dagdelen must be a whole number'),
    });
  });
});
