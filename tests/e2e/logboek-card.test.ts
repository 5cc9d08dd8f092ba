import { strings } from '../../cards/strings';
import { button, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const FRIDAY = new Date('2026-11-27T15:00:00+01:00');
const DAY = 86_400_000;
type InvokeAnswer = { statusCode: number; type: string; value: unknown };

describe.each(databaseKinds)('answering the logboek card (%s)', (kind) => {
  let koers: KoersUnderTest;
  let now: Date;
  const user = teamsUser(1);
  const chat = `a:personal-${user.id}`;
  let shape: { serviceUrl: string; user: typeof user };
  const execute = async (data: Record<string, unknown>) => {
    const invoke = activities.execute(shape, data);
    const response = await koers.post(invoke);
    expect(response.status).toBe(200);
    return JSON.parse(response.body) as InvokeAnswer;
  };
  const entries = () =>
    koers.database.db
      .selectFrom('contributions')
      .selectAll()
      .where('kind', '=', 'logboek-entry')
      .execute();

  beforeEach(async () => {
    now = FRIDAY;
    koers = await startKoers(kind, { clock: () => now });
    shape = { serviceUrl: koers.connector.url, user };
    const seeded = await seedStudy(koers.database);
    await seeded.onRoster(user, 'aanjager');
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
  });
  afterEach(() => koers.stop());

  it('when someone saves the card, then it turns into their receipt and the entry is kept encrypted with its goals', async () => {
    const answer = await execute({
      verb: 'logboek-save',
      week: '2026-W48',
      q1: 'twee mentoren gesproken',
      q3: '',
      goals: '3,1',
    });

    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const receipt = JSON.stringify(answer.value);
    expect(receipt).toContain('week 48');
    expect(receipt).toContain('logboek-edit');
    expect(receipt).not.toContain('twee mentoren');
    const [entry] = await entries();
    expect(entry).toMatchObject({ period: '2026-W48', tags: '[1,3]' });
    expect(entry?.content).not.toContain('mentoren');
  });

  it('when they edit inside the window, then the card comes back filled in and a new save changes the same entry; after the window it is closed', async () => {
    await execute({ verb: 'logboek-save', week: '2026-W48', q1: 'eerste versie' });
    const edit = await execute({ verb: 'logboek-edit', week: '2026-W48' });
    expect(JSON.stringify(edit.value)).toContain('eerste versie');
    await execute({ verb: 'logboek-save', week: '2026-W48', q1: 'tweede versie' });
    expect(await entries()).toHaveLength(1);

    now = new Date(FRIDAY.getTime() + 10 * DAY);
    const late = await execute({ verb: 'logboek-edit', week: '2026-W48' });
    expect(late).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
      value: 'Week 48 is al afgesloten; aanpassen kan niet meer.',
    });
    const tooLate = await execute({ verb: 'logboek-save', week: '2026-W48', q1: 'derde versie' });
    expect(tooLate.value).toBe('Week 48 is al afgesloten; aanpassen kan niet meer.');
  });

  it('when they press Later on the prompt, then exactly one reminder comes the next day', async () => {
    const env = { ...koers.database.env, LOG_LEVEL: 'silent' };
    await runKoersCli(['jobs', 'run-due', '--at', FRIDAY.toISOString()], env);
    expect(said(koers, chat).at(-1)).toContain('Je logboek, week 48');

    const later = await execute({ verb: 'logboek-later', week: '2026-W48' });
    expect(later.value).toBe('Goed, ik kom er morgen nog één keer op terug.');
    await runKoersCli(
      ['jobs', 'run-due', '--at', new Date(FRIDAY.getTime() + DAY - 60_000).toISOString()],
      env,
    );
    const before = said(koers, chat).length;
    await runKoersCli(
      ['jobs', 'run-due', '--at', new Date(FRIDAY.getTime() + DAY).toISOString()],
      env,
    );
    await runKoersCli(
      ['jobs', 'run-due', '--at', new Date(FRIDAY.getTime() + 2 * DAY).toISOString()],
      env,
    );
    expect(said(koers, chat).slice(before)).toEqual([
      expect.stringContaining(strings('nl').logboekFlow.reminderLine(48)),
    ]);

    now = new Date(FRIDAY.getTime() + DAY + 60_000);
    const again = await execute({ verb: 'logboek-later', week: '2026-W48' });
    expect(again.value).toContain('Deze week herinner ik je er niet meer aan');
  });

  it("when they type logboek, then this week's card opens, filled in once they wrote", async () => {
    await koers.post(activities.message(shape, 'logboek'));
    expect(said(koers, chat).at(-1)).toContain('Je logboek, week 48');
    await execute({ verb: 'logboek-save', week: '2026-W48', q5: 'nog één ding' });
    await koers.post(activities.message(shape, 'logboek'));
    const sent = koers.connector.activitiesIn(chat).filter((a) => a.kind !== 'update');
    expect(JSON.stringify(sent.at(-1)?.activity.attachments)).toContain('nog één ding');
  });

  it('when they skip the week, then the receipt says so kindly and the week counts as skipped', async () => {
    const skip = await execute({ verb: 'logboek-skip', week: '2026-W48' });
    expect(JSON.stringify(skip.value)).toContain('overgeslagen');
    const weeks = await koers.database.db.selectFrom('logboek_weeks').selectAll().execute();
    expect(weeks.map((w) => [w.week, w.status])).toEqual([['2026-W48', 'skipped']]);
    expect(await entries()).toHaveLength(0);
  });

  it('when the client falls back to Action.Submit, then the receipt comes as a new message', async () => {
    await koers.post(
      activities.submit(shape, { verb: 'logboek-save', week: '2026-W48', q2: 'fijn' }),
    );
    expect(said(koers, chat).at(-1)).toContain('week 48');
    expect(await entries()).toHaveLength(1);
  });

  it('when the invoke carries nonsense, then a friendly word comes back and nothing is stored', async () => {
    const answer = await execute({
      verb: 'logboek-save',
      week: '2026-W99',
      goals: '7',
      __proto__: { x: 1 },
    });
    expect(answer.value).toBe('Dat ging niet helemaal goed. Wil je het nog een keer proberen?');
    expect(await entries()).toHaveLength(0);
  });
});
