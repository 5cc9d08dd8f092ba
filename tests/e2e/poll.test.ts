import { button, lastCard, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const CHANNEL = { id: '19:team-baken@thread.tacv2', conversationType: 'channel' as const };
type InvokeAnswer = { statusCode: number; type: string; value: unknown };
type Data = Record<string, unknown>;

describe.each(databaseKinds)('peilingen in a channel (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  let pollId: string;
  const aanjager = teamsUser(1);
  const docenten = [2, 3, 4, 5, 6, 7].map((n) => teamsUser(n));
  const personal = `a:personal-${aanjager.id}`;
  const shape = (user: TeamsUser, inChannel = true) => ({
    serviceUrl: koers.connector.url,
    user,
    ...(inChannel ? { conversation: CHANNEL } : {}),
  });
  const execute = async (user: TeamsUser, data: Data) => {
    const invoke = {
      ...activities.submit(shape(user), undefined),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
    };
    const response = await koers.post(invoke);
    expect(response.status).toBe(200);
    return JSON.parse(response.body) as InvokeAnswer;
  };
  const executeData = (answer: InvokeAnswer, title: string): Data => {
    const card = answer.value as { actions?: { title: string; data: Data }[] };
    const action = card.actions?.find((a) => a.title === title);
    if (!action) throw new Error(`No button "${title}" in the answer.`);
    return action.data;
  };
  /** A docent's first answer: the card offers consent in one step, and then it is stored. */
  const answer = async (user: TeamsUser, answers: Data) => {
    const first = await execute(user, { verb: 'poll-answer', pollId, ...answers });
    return execute(user, { ...executeData(first, 'ik doe mee en verstuur'), ...answers });
  };
  const outcome = async () => {
    await koers.post(activities.message(shape(aanjager, false), 'peiling resultaten'));
    return JSON.stringify(lastCard(koers, personal));
  };

  beforeEach(async () => {
    koers = await startKoers(kind, { clock: () => MONDAY });
    seeded = await seedStudy(koers.database);
    await seeded.onRoster(aanjager, 'aanjager');
    await koers.post(activities.installed(shape(aanjager, false)));
    await koers.post(activities.installed(shape(aanjager)));
    koers.connector.setMembers(
      CHANNEL.id,
      [aanjager, ...docenten].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
    );
    await koers.post(activities.message(shape(aanjager), 'peiling'));
    const setup = {
      template: 'dagdeel',
      anonymous: 'true',
      closesOn: '2026-11-30',
      closesAt: '17:00',
    };
    await koers.post(activities.submit(shape(aanjager), { verb: 'poll-preview', ...setup }));
    await koers.post(activities.submit(shape(aanjager), button(koers, CHANNEL.id, 'versturen')));
    pollId = String(button(koers, CHANNEL.id, 'versturen').pollId);
  });
  afterEach(() => koers.stop());

  it('when the aanjager sends a poll in the channel, then one card with the questions refreshes per member', () => {
    const card = lastCard(koers, CHANNEL.id) as { refresh?: { userIds: string[] } };
    expect(JSON.stringify(card)).toContain('wat neem je mee uit dit dagdeel?');
    expect(card.refresh?.userIds).toEqual(expect.arrayContaining(docenten.map((d) => d.id)));
  });

  it('when k = 5, then four answers show no results and the fifth shows them', async () => {
    for (const docent of docenten.slice(0, 4)) await answer(docent, { a0: 'rust', a1: '4' });
    const four = await outcome();
    expect(four).toContain('4 antwoorden');
    expect(four).toContain('nog te weinig antwoorden');
    expect(four).not.toContain('Chart.HorizontalBar');
    expect(four).not.toContain('rust');

    await answer(docenten[4] as TeamsUser, { a0: 'ruimte', a1: '5' });
    const five = await outcome();
    expect(five).toContain('5 antwoorden');
    expect(five).toContain('Chart.HorizontalBar');
    expect(five).toContain('ruimte');
    expect(five).not.toContain('Docent');
  });

  it('when two people answer on the channel card, then each sees their own thank-you while a third still sees the questions', async () => {
    const [anna, bram, cas] = docenten as [TeamsUser, TeamsUser, TeamsUser];
    const first = await answer(anna, { a0: 'een gesprek' });
    const second = await answer(bram, { a1: '3' });
    expect(JSON.stringify(first.value)).toContain('er is nu 1 antwoord');
    expect(JSON.stringify(second.value)).toContain('er zijn nu 2 antwoorden');

    const annaSees = JSON.stringify((await execute(anna, { verb: 'poll-view', pollId })).value);
    const casSees = JSON.stringify((await execute(cas, { verb: 'poll-view', pollId })).value);
    expect(annaSees).toContain('dank je wel');
    expect(casSees).toContain('wat neem je mee uit dit dagdeel?');
    expect(casSees).not.toContain('dank je wel');
  });

  it('when someone changes their answer, then it still counts once', async () => {
    const [anna] = docenten as [TeamsUser];
    await answer(anna, { a0: 'eerst' });
    const again = await execute(anna, { verb: 'poll-answer', pollId, a0: 'later' });
    expect(JSON.stringify(again.value)).toContain('er is nu 1 antwoord');
  });

  it('when the poll is anonymous, then no answer row holds a person id, aad id, name or marker', async () => {
    for (const docent of docenten.slice(0, 3)) await answer(docent, { a0: `van ${docent.name}` });
    const rows = await koers.database.db.selectFrom('poll_answers').selectAll().execute();
    // A new column on this table must be thought through here, not slip past the check below.
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      'content',
      'id',
      'key_id',
      'person_id',
      'poll_id',
    ]);
    const markers = await koers.database.db.selectFrom('poll_markers').select('marker').execute();
    const people = await koers.database.db.selectFrom('people').selectAll().execute();
    const traces = people.flatMap((p) => [p.id, p.aad_object_id, p.teams_user_id, p.name]);
    expect(rows).toHaveLength(3);
    const text = JSON.stringify(rows);
    for (const trace of [...traces, ...markers.map((m) => m.marker), 'van Docent']) {
      expect(text).not.toContain(trace);
    }
    expect(rows.every((row) => row.person_id === null)).toBe(true);
  });

  it('when the owner closes the poll, then the channel card is updated, markers are gone and new answers get a friendly no', async () => {
    const [anna, bram] = docenten as [TeamsUser, TeamsUser];
    await answer(anna, { a0: 'iets' });
    await koers.post(activities.submit(shape(aanjager, false), { verb: 'poll-close', pollId }));

    const update = koers.connector.activitiesIn(CHANNEL.id).find((a) => a.kind === 'update');
    expect(JSON.stringify(update?.activity)).toContain('is gesloten');
    expect(said(koers, personal).join(' ')).toContain('gesloten met 1 antwoord');
    expect(await koers.database.db.selectFrom('poll_markers').selectAll().execute()).toEqual([]);
    const late = await execute(bram, { verb: 'poll-answer', pollId, a0: 'te laat' });
    expect(late).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    expect(String(late.value)).toContain('deze peiling is al gesloten');
  });

  it('when someone who is not an aanjager or teamcoach types peiling, then they are politely refused', async () => {
    await koers.post(activities.message(shape(docenten[0] as TeamsUser), 'peiling'));
    expect(said(koers, CHANNEL.id).at(-1)).toContain(
      'peilingen sturen is voor aanjagers en teamcoaches',
    );
  });
});
