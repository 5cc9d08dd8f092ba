import { lastCard, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const DAY = 86_400_000;

describe.each(databaseKinds)('joining a team (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  let now: Date;
  const user = teamsUser(1);
  const chat = `a:personal-${user.id}`;
  let shape: { serviceUrl: string; user: typeof user };

  beforeEach(async () => {
    now = new Date('2026-11-27T10:00:00Z');
    koers = await startKoers(kind, { clock: () => now });
    shape = { serviceUrl: koers.connector.url, user };
    seeded = await seedStudy(koers.database);
  });
  afterEach(() => koers.stop());

  it('when someone types koppel with a valid code, then they join in that role and are asked for consent', async () => {
    const { code } = await seeded.stores.invites.create(
      seeded.organisationId,
      'maatje',
      { validDays: 14, uses: 1 },
      now,
    );
    await koers.post(activities.installed(shape));
    await koers.post(activities.message(shape, `koppel ${code.toLowerCase()}`));

    expect(said(koers, chat).at(-2)).toBe('Welkom bij Het Baken, als maatje.');
    expect(lastCard(koers, chat).actions?.[0]?.title).toBe('Ik doe mee');
    const viewer = await seeded.stores.members.viewerOf(
      (await koers.database.db.selectFrom('people').select('id').executeTakeFirstOrThrow()).id,
    );
    expect(viewer.memberships[0]?.roles).toEqual(['maatje']);
  });

  it('when the code has expired or is unknown, then they hear so kindly and join nothing', async () => {
    const { code } = await seeded.stores.invites.create(
      seeded.organisationId,
      'aanjager',
      { validDays: 1, uses: 1 },
      now,
    );
    await koers.post(activities.installed(shape));
    now = new Date(now.getTime() + 2 * DAY);
    await koers.post(activities.message(shape, `koppel ${code}`));
    await koers.post(activities.message(shape, 'koppel AAAA-BBBB'));
    await koers.post(activities.message(shape, 'koppel'));

    expect(said(koers, chat).slice(-3)).toEqual([
      'Die code is verlopen. Vraag je een nieuwe aan wie je hem gaf?',
      'Die code ken ik niet. Kijk je even of hij goed is overgetypt?',
      'Typ koppel en dan je code, bijvoorbeeld: koppel KX7P-M3QD',
    ]);
    expect(await koers.database.db.selectFrom('members').selectAll().execute()).toHaveLength(0);
  });

  it("when someone on the roster by e-mail installs Koers, then they are recognised and welcomed in their school's words", async () => {
    const school = await seeded.stores.organisations.createOrganisation(
      {
        studyId: seeded.studyId,
        name: 'ROC Oost',
        timeZone: 'Europe/Amsterdam',
        careerTerm: 'SLB',
      },
      now,
    );
    await seeded.stores.roster.importRoster(
      school.id,
      [{ name: 'Docent Een', email: 'Docent.Een@school.example', role: 'aanjager' }],
      'test',
      now,
    );
    koers.connector.setMembers(chat, [
      {
        id: user.id,
        name: user.name,
        aadObjectId: user.aadObjectId,
        email: 'docent.een@school.example',
      },
    ]);
    await koers.post(activities.installed(shape));

    expect(said(koers, chat)[0]).toContain('Ik help het SLB-team');
    expect(lastCard(koers, chat).actions?.[0]?.title).toBe('Ik doe mee');
  });

  it('when the name behind a pseudonym holds markup, then the researcher sees it as text', async () => {
    await seeded.onRoster(user, 'onderzoeker');
    const marked = { ...teamsUser(2), name: '**Docent** <at>2</at>' };
    const memberId = await seeded.onRoster(marked, 'aanjager');
    const code = await seeded.stores.pseudonyms.forMember(
      seeded.studyId,
      seeded.organisationId,
      memberId,
      now,
    );
    await koers.post(activities.installed(shape));
    await koers.post(activities.message(shape, `pseudoniem ${code}`));
    expect(said(koers, chat).at(-1)).toBe(
      `${code} is \\*\\*Docent\\*\\* \\<at>2\\</at> (Het Baken). Ik heb dit vastgelegd.`,
    );
  });

  it('when a researcher looks up a pseudonym, then they get the name and the look-up is audited; others are refused', async () => {
    await seeded.onRoster(user, 'onderzoeker');
    const colleague = teamsUser(2);
    const colleagueShape = { serviceUrl: koers.connector.url, user: colleague };
    const memberId = await seeded.onRoster(colleague, 'aanjager');
    const code = await seeded.stores.pseudonyms.forMember(
      seeded.studyId,
      seeded.organisationId,
      memberId,
      now,
    );
    await koers.post(activities.installed(shape));
    await koers.post(activities.installed(colleagueShape));

    await koers.post(activities.message(shape, `pseudoniem ${code}`));
    await koers.post(activities.message(colleagueShape, `pseudoniem ${code}`));

    expect(said(koers, chat).at(-1)).toBe(
      `${code} is Docent 2 (Het Baken). Ik heb dit vastgelegd.`,
    );
    expect(said(koers, `a:personal-${colleague.id}`).at(-1)).toContain('Dat is voor onderzoeker');
    const audit = await koers.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'pseudonym.resolved')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
