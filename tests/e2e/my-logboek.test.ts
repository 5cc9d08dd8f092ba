import { button, lastCard, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

// Fridays at 15:00 in Amsterdam, weeks 45 to 48 of 2026.
const friday = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T15:00:00+01:00`);
const [W45, W46, W47, W48] = [friday(6), friday(13), friday(20), friday(27)];

interface ActionSetCard {
  body?: { type: string; actions?: { title: string; data: Record<string, unknown> }[] }[];
}

describe.each(databaseKinds)('reading back my logboek (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  let now: Date;
  const me = teamsUser(1);
  const neighbour = teamsUser(2);
  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  const shapeOf = (user: TeamsUser) => ({ serviceUrl: koers.connector.url, user });
  const execute = async (user: TeamsUser, data: Record<string, unknown>) => {
    const invoke = activities.execute(shapeOf(user), data);
    expect((await koers.post(invoke)).status).toBe(200);
  };
  const type = (user: TeamsUser, text: string) =>
    koers.post(activities.message(shapeOf(user), text));
  /** The data of the bekijken button under a week's line on the last card. */
  const viewButton = (user: TeamsUser, week: string) => {
    const card = lastCard(koers, chatOf(user)) as ActionSetCard;
    const actions = (card.body ?? []).flatMap((element) => element.actions ?? []);
    const found = actions.find((action) => action.data.week === week);
    if (!found) throw new Error(`No button for ${week} on the last card.`);
    return found;
  };

  beforeEach(async () => {
    now = W45;
    koers = await startKoers(kind, { clock: () => now });
    seeded = await seedStudy(koers.database);
    for (const user of [me, neighbour]) {
      await seeded.onRoster(user, 'aanjager');
      await koers.post(activities.installed(shapeOf(user)));
      await koers.post(activities.submit(shapeOf(user), button(koers, chatOf(user), 'Ik doe mee')));
    }
    await execute(neighbour, { verb: 'logboek-save', week: '2026-W45', q1: 'GEHEIM van week 45' });
    now = W46;
    await execute(me, { verb: 'logboek-skip', week: '2026-W46' });
    now = W47;
    await execute(me, { verb: 'logboek-save', week: '2026-W47', q2: 'rustig\nverder niets' });
    now = W48;
    await execute(me, {
      verb: 'logboek-save',
      week: '2026-W48',
      q1: 'twee mentoren gesproken over hun **eigen rol** in de loopbaanbegeleiding van klas 3',
      q4: 'te weinig tijd',
      goals: '3,1',
    });
    await type(me, 'logboek Jan wil ook meedoen');
    await execute(neighbour, { verb: 'logboek-save', week: '2026-W48', q1: 'GEHEIM van week 48' });
    await type(neighbour, 'logboek GEHEIM notitie');
  });
  afterEach(() => koers.stop());

  it('when they type mijn logboek, then the last eight weeks are listed newest first, each as it went', async () => {
    await type(me, 'mijn logboek');

    expect(said(koers, chatOf(me)).at(-1)).toContain('Je logboek, de laatste acht weken');
    const card = lastCard(koers, chatOf(me));
    expect(
      (card.body ?? []).flatMap((b) => (b.type === 'TextBlock' ? [b.text] : [])).slice(2),
    ).toEqual([
      'Week 48 · 27 nov · visie, eigen rol · twee mentoren gesproken over hun \\*\\*eigen rol\\*\\* in de…',
      'Week 47 · 20 nov · rustig',
      'Week 46 · overgeslagen',
      'Week 45 · niets geschreven',
      'Week 44 · niets geschreven',
      'Week 43 · niets geschreven',
      'Week 42 · niets geschreven',
      'Week 41 · niets geschreven',
    ]);
    expect(viewButton(me, '2026-W47')).toMatchObject({ title: 'Bekijken' });
    expect(() => viewButton(me, '2026-W46')).toThrow();
  });

  it('when they type mijn logboek, then no note is kept, and logboek alone still opens the week card', async () => {
    const notes = () =>
      koers.database.db
        .selectFrom('contributions')
        .select('id')
        .where('kind', '=', 'logboek-note')
        .execute();
    const before = (await notes()).length;
    await type(me, 'mijn logboek');
    await type(me, 'logboek');

    expect(await notes()).toHaveLength(before);
    const card = JSON.stringify(lastCard(koers, chatOf(me)));
    expect(card).toContain('"type":"Input.Text"');
    expect(card).toContain('Je logboek, week 48');
  });

  it('when they open week 48, then its answers, note, file and goals show in full with the aanpassen button', async () => {
    const [entry] = await seeded.stores.contributions.listInPeriods(
      (await seeded.stores.people.findByAadObjectId(me.tenantId, me.aadObjectId))?.id ?? '',
      ['2026-W48'],
    );
    const voice = { fileName: 'spraak.m4a', contentType: 'audio/mp4', bytes: Buffer.alloc(3000) };
    await seeded.stores.contributions.attach(entry?.id ?? '', voice, now);
    await type(me, 'mijn logboek');

    await koers.post(activities.submit(shapeOf(me), viewButton(me, '2026-W48').data));

    const week = said(koers, chatOf(me)).at(-1) ?? '';
    expect(week).toContain('Je logboek, week 48');
    expect(week).toContain('twee mentoren gesproken over hun \\*\\*eigen rol\\*\\*');
    expect(week).toContain('te weinig tijd');
    expect(week).toContain('Jan wil ook meedoen');
    expect(week).toContain('spraak.m4a (3 kB)');
    expect(week).toContain('Doelen: visie · eigen rol');
    expect(week).toContain('Aanpassen kan tot en met');
    expect(button(koers, chatOf(me), 'Aanpassen')).toEqual({
      verb: 'logboek-edit',
      week: '2026-W48',
    });
  });

  it('when they ask for a week only someone else wrote in, then they see nothing of it, anywhere', async () => {
    await type(me, 'mijn logboek');
    await koers.post(activities.submit(shapeOf(me), { verb: 'my-logboek-week', week: '2026-W45' }));
    await koers.post(activities.submit(shapeOf(me), viewButton(me, '2026-W48').data));

    expect(said(koers, chatOf(me))).toContain('In week 45 staat niets van je.');
    const everything = JSON.stringify(koers.connector.activitiesIn(chatOf(me)));
    expect(everything).not.toContain('GEHEIM');
  });

  it('when a docent or a channel asks, then they get the refusal or the personal-chat hint', async () => {
    const docent = teamsUser(3);
    await seeded.onRoster(docent, 'docent');
    await koers.post(activities.installed(shapeOf(docent)));
    await type(docent, 'mijn logboek');
    expect(said(koers, chatOf(docent)).at(-1)).toMatch(/^Dat is voor aanjager, maatje, teamcoach/);

    const channel = { id: '19:team@thread.tacv2', conversationType: 'channel' as const };
    await koers.post(activities.message({ ...shapeOf(me), conversation: channel }, 'mijn logboek'));
    expect(said(koers, channel.id).at(-1)).toBe(
      'Dat doen we in een persoonlijk gesprek: stuur me daar een berichtje.',
    );
  });
});
