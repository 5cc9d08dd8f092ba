import { lastCard, said } from '../support/cards-sent';
import type { KoersUnderTest } from '../support/koers-app';
import { CHANNEL, pollInChannel, type PollInChannel } from '../support/poll-channel';
import { activities, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');

describe.each(databaseKinds)('peilingen in a channel (%s)', (kind) => {
  let p: PollInChannel;
  let koers: KoersUnderTest;
  let pollId: string;
  let docenten: TeamsUser[];

  beforeEach(async () => {
    p = await pollInChannel(kind, { clock: () => MONDAY });
    ({ koers, pollId, docenten } = p);
  });
  afterEach(() => koers.stop());

  it('when the aanjager sends a poll in the channel, then one card with the questions refreshes per member', () => {
    const card = lastCard(koers, CHANNEL.id) as { refresh?: { userIds: string[] } };
    expect(JSON.stringify(card)).toContain('Wat neem je mee uit dit dagdeel?');
    expect(card.refresh?.userIds).toEqual(expect.arrayContaining(docenten.map((d) => d.id)));
  });

  it('when k = 5, then the open poll shows only the count and closing at five shows the results', async () => {
    for (const docent of docenten.slice(0, 4)) await p.answer(docent, { a0: 'rust', a1: '4' });
    const four = await p.outcome();
    expect(four).toContain('4 antwoorden');
    expect(four).toContain('als de peiling gesloten is, vanaf 5 antwoorden');
    expect(four).not.toContain('Chart.HorizontalBar');
    expect(four).not.toContain('rust');

    await p.answer(docenten[4] as TeamsUser, { a0: 'ruimte', a1: '5' });
    expect(await p.outcome()).not.toContain('ruimte');
    const five = await p.close();
    expect(five).toContain('5 antwoorden');
    expect(five).toContain('Chart.HorizontalBar');
    expect(five).toContain('ruimte');
    expect(five).not.toContain('Docent');
  });

  it('when two people answer on the channel card, then each sees their own thank-you while a third still sees the questions', async () => {
    const [anna, bram, cas] = docenten as [TeamsUser, TeamsUser, TeamsUser];
    const first = await p.answer(anna, { a0: 'een gesprek' });
    const second = await p.answer(bram, { a1: '3' });
    expect(JSON.stringify(first.value)).toContain('Er is nu 1 antwoord');
    expect(JSON.stringify(second.value)).toContain('Er zijn nu 2 antwoorden');

    const annaSees = JSON.stringify((await p.execute(anna, { verb: 'poll-view', pollId })).value);
    const casSees = JSON.stringify((await p.execute(cas, { verb: 'poll-view', pollId })).value);
    expect(annaSees).toContain('Dank je wel');
    expect(casSees).toContain('Wat neem je mee uit dit dagdeel?');
    expect(casSees).not.toContain('Dank je wel');
  });

  it('when someone changes their answer, then it still counts once', async () => {
    const [anna] = docenten as [TeamsUser];
    await p.answer(anna, { a0: 'eerst' });
    const again = await p.execute(anna, { verb: 'poll-answer', pollId, a0: 'later' });
    expect(JSON.stringify(again.value)).toContain('Er is nu 1 antwoord');
  });

  it('when the poll is anonymous, then no answer row holds a person id, aad id, name or marker', async () => {
    for (const docent of docenten.slice(0, 3)) await p.answer(docent, { a0: `van ${docent.name}` });
    const rows = await koers.database.db.selectFrom('poll_answers').selectAll().execute();
    // A new column on this table must be thought through here, not slip past the check below.
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      'content',
      'id',
      'key_id',
      'person_id',
      'poll_id',
      'window_ends_at',
    ]);
    const markers = await koers.database.db.selectFrom('poll_markers').select('marker').execute();
    const people = await koers.database.db.selectFrom('people').selectAll().execute();
    const traces = people.flatMap((one) => [
      one.id,
      one.aad_object_id,
      one.teams_user_id,
      one.name,
    ]);
    expect(rows).toHaveLength(3);
    const text = JSON.stringify(rows);
    for (const trace of [...traces, ...markers.map((m) => m.marker), 'van Docent']) {
      expect(text).not.toContain(trace);
    }
    expect(rows.every((row) => row.person_id === null && row.window_ends_at === null)).toBe(true);
  });

  it('when the owner closes the poll, then the channel card is updated, the marker stays for the bedenktijd and new answers get a friendly no', async () => {
    const [anna, bram] = docenten as [TeamsUser, TeamsUser];
    await p.answer(anna, { a0: 'iets' });
    await koers.post(activities.submit(p.shape(p.aanjager, false), { verb: 'poll-close', pollId }));

    const update = koers.connector.activitiesIn(CHANNEL.id).find((a) => a.kind === 'update');
    expect(JSON.stringify(update?.activity)).toContain('is gesloten');
    expect(said(koers, p.personal).join(' ')).toContain('gesloten met 1 antwoord');
    const markers = await koers.database.db.selectFrom('poll_markers').selectAll().execute();
    expect(markers).toHaveLength(1);
    const late = await p.execute(bram, { verb: 'poll-answer', pollId, a0: 'te laat' });
    expect(late).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    expect(String(late.value)).toContain('Deze peiling is al gesloten');
  });

  it('when someone who is not an aanjager or teamcoach types peiling, then they are politely refused', async () => {
    await koers.post(activities.message(p.shape(docenten[0] as TeamsUser), 'peiling'));
    expect(said(koers, CHANNEL.id).at(-1)).toContain(
      'Peilingen sturen is voor aanjagers en teamcoaches',
    );
  });
});
