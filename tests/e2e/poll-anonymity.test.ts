import { said } from '../support/cards-sent';
import { pollInChannel, type PollInChannel } from '../support/poll-channel';
import { activities, teamsUser, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const TUESDAY = new Date('2026-11-24T10:00:00+01:00');

describe.each(databaseKinds)('poll results that single no one out (%s)', (kind) => {
  let p: PollInChannel;
  let now: Date;
  const start = async (anonymous = true) => {
    now = MONDAY;
    p = await pollInChannel(kind, { clock: () => now, anonymous });
  };
  const count = () => p.seeded.stores.pollAnswers.count(p.pollId);
  afterEach(() => p.koers.stop());

  it('when a sixth docent answers after the owner read at five, then the owner learns nothing new until closing', async () => {
    await start();
    const docenten = p.docenten;
    for (const docent of docenten.slice(0, 5)) {
      await p.answer(docent, { a0: `rust van ${docent.name}`, a1: '3' });
    }
    const atFive = await p.outcome();
    await p.answer(docenten[5] as TeamsUser, { a0: 'alleen van de zesde', a1: '5' });
    const atSix = await p.outcome();

    expect(atFive).toContain('5 antwoorden');
    expect(atSix).toContain('6 antwoorden');
    for (const seen of [atFive, atSix]) {
      expect(seen).not.toContain('Chart.HorizontalBar');
      expect(seen).not.toContain('rust van');
      expect(seen).not.toContain('alleen van de zesde');
    }
    const closed = await p.close();
    expect(closed).toContain('Chart.HorizontalBar');
    expect(closed).toContain('alleen van de zesde');
  });

  it('when withdrawals bring a closed poll below k, then its results hide again', async () => {
    await start(false);
    const docenten = p.docenten.slice(0, 5);
    for (const docent of docenten) await p.answer(docent, { a0: `van ${docent.name}` });
    expect(await p.close()).toContain('van Docent 2');
    now = TUESDAY;
    const anna = docenten[0] as TeamsUser;
    const shape = { serviceUrl: p.koers.connector.url, user: anna };
    await p.koers.post(activities.installed(shape));
    await p.koers.post(activities.submit(shape, { verb: 'withdraw', studyId: p.seeded.studyId }));

    const after = await p.outcome();
    expect(after).toContain('4 antwoorden');
    expect(after).toContain('te weinig antwoorden');
    expect(after).not.toContain('van Docent 3');
  });

  it('when the owner answers their own anonymous poll, then it is refused kindly and not counted', async () => {
    await start();
    const reply = await p.execute(p.aanjager, { verb: 'poll-answer', pollId: p.pollId, a0: 'ik' });
    expect(JSON.stringify(reply.value)).toContain('je eigen anonieme peiling');
    expect(await count()).toBe(0);
  });

  it('when someone on no roster answers, then they hear why and who can add them, and nothing is kept', async () => {
    await start();
    const outsider = teamsUser(9);
    const reply = await p.execute(outsider, { verb: 'poll-answer', pollId: p.pollId, a0: 'hoi' });
    const text = JSON.stringify(reply.value);
    expect(text).toContain('niet op, dus ik heb niets bewaard');
    expect(text).toContain(`Vraag ${p.aanjager.name}`);
    expect(text).not.toContain('ik doe mee en verstuur');
    expect(await count()).toBe(0);
    const consents = await p.koers.database.db.selectFrom('consent_events').selectAll().execute();
    expect(consents).toHaveLength(0);
    expect(said(p.koers, `a:personal-${outsider.id}`)).toEqual([]);
  });
});
