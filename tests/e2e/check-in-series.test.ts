import { buttonOf, startCheckInCircle, type CheckInCircle } from '../support/check-in-circle';
import { databaseKinds } from '../support/test-database';

/** New messages since the last look, per person. */
function watcher(members: { sent(): string[] }[]) {
  const seen = members.map((m) => m.sent().length);
  return () =>
    members.map((m, i) => {
      const all = m.sent();
      const fresh = all.slice(seen[i]);
      seen[i] = all.length;
      return fresh;
    });
}

describe.each(databaseKinds)('a repeating check-in across the clock change (%s)', (kind) => {
  let circle: CheckInCircle;

  beforeEach(async () => {
    circle = await startCheckInCircle(kind, '2026-10-01T10:00:00+02:00');
  });
  afterEach(() => circle.koers.stop());

  it('when a coach plans every two weeks over the October change, then invitations, reminders at 10:00 local, the agreement card and its action points all follow', async () => {
    const { coach, aanjager, maatje } = circle;
    await coach.say('check-in plannen');
    expect(coach.sent().at(-1)).toContain('Een check-in plannen');
    await coach.submit({
      verb: 'check-in-plan',
      aanjager: aanjager.memberId,
      withMaatje: 'true',
      date: '2026-10-13',
      time: '10:00',
      duration: '45',
      mode: 'online',
      place: 'meet.example/koers',
      every: '2',
      until: '2026-11-10',
    });
    expect(coach.sent().at(-1)).toContain(
      'Staat gepland: je check-in met Docent 2 en Docent 3 op dinsdag 13 oktober om 10:00, dinsdag 27 oktober om 10:00 en dinsdag 10 november om 10:00.',
    );
    const fresh = watcher([aanjager, maatje, coach]);

    await circle.runAt('2026-10-01T10:01:00+02:00');
    const [toAanjager, toMaatje, toCoach] = fresh();
    for (const invitation of [toAanjager, toMaatje]) {
      expect(invitation).toHaveLength(1);
      expect(invitation?.[0]).toContain('Docent 1 nodigt je uit voor een check-in');
      expect(invitation?.[0]).toContain('dinsdag 13 oktober om 10:00');
      expect(invitation?.[0]).toContain('Daarna ook op dinsdag 27 oktober en dinsdag 10 november');
    }
    expect(toCoach).toEqual([]);
    await aanjager.submit(buttonOf(circle, aanjager, 'Ik kom'));
    expect(aanjager.sent().at(-1)).toContain('Fijn, tot dinsdag 13 oktober om 10:00.');
    fresh();

    // The day before at 10:00 summer time, and an hour before.
    await circle.runAt('2026-10-12T09:59:00+02:00');
    expect(fresh().flat()).toEqual([]);
    await circle.runAt('2026-10-12T10:00:00+02:00');
    const dayBefore = 'Morgen om 10:00 je check-in met Docent 1 (online, meet.example/koers).';
    expect(fresh()).toEqual([[JSON.stringify(dayBefore)], [JSON.stringify(dayBefore)], []]);
    await circle.runAt('2026-10-13T08:59:00+02:00');
    expect(fresh().flat()).toEqual([]);
    await circle.runAt('2026-10-13T09:00:00+02:00');
    await circle.runAt('2026-10-13T09:30:00+02:00');
    const [soonA, soonM, soonC] = fresh();
    expect(soonA).toEqual([
      JSON.stringify('Zo meteen, om 10:00, je check-in met Docent 1 (online, meet.example/koers).'),
    ]);
    expect(soonM).toHaveLength(1);
    expect(soonC).toEqual([
      JSON.stringify(
        'Zo meteen, om 10:00, je check-in met Docent 2 en Docent 3 (online, meet.example/koers).',
      ),
    ]);

    // After it ended (10:45), the coach records the agreements, once.
    await circle.runAt('2026-10-13T10:44:00+02:00');
    expect(fresh().flat()).toEqual([]);
    await circle.runAt('2026-10-13T10:45:00+02:00');
    const agreementCard = fresh()[2]?.[0] ?? '';
    expect(agreementCard).toContain('Hoe ging je check-in met Docent 2 en Docent 3?');
    expect(agreementCard).toContain('De volgende check-in staat al: dinsdag 27 oktober om 10:00.');
    circle.setNow('2026-10-13T11:00:00+02:00');
    const record = {
      ...buttonOf(circle, coach, 'Vastleggen'),
      what1: 'visie op papier zetten',
      who1: 'aanjager',
      due1: '2026-10-23',
      what2: 'team uitnodigen voor het dagdeel',
      who2: 'maatje',
      due2: '',
    };
    await coach.submit(record);
    expect(coach.sent().at(-1)).toContain('Vastgelegd: 2 nieuwe afspraken. Dank je wel.');
    await coach.submit(record);
    expect(coach.sent().at(-1)).toContain('Dit was al vastgelegd; er is niets dubbel bewaard.');
    const points = await circle.seeded.stores.actionPoints.openFor([aanjager.personId]);
    expect(points).toMatchObject([{ what: 'visie op papier zetten', dueOn: '2026-10-23' }]);
    fresh();

    // Recording them sends the next invitation, with each person's own open agreements.
    await circle.runAt('2026-10-13T11:01:00+02:00');
    const [nextA, nextM] = fresh();
    expect(nextA?.[0]).toContain('dinsdag 27 oktober om 10:00');
    expect(nextA?.[0]).toContain(
      'Open afspraken:\\n- visie op papier zetten, uiterlijk 23 oktober',
    );
    expect(nextA?.[0]).not.toContain('team uitnodigen');
    expect(nextM?.[0]).toContain('team uitnodigen voor het dagdeel');

    // That Friday's logboek card carries each person's own agreements, to tick off.
    await circle.runAt('2026-10-16T15:00:00+02:00');
    const [logboekA, logboekM] = fresh();
    expect(logboekA?.[0]).toContain('Je had afgesproken');
    expect(logboekA?.[0]).toContain('visie op papier zetten, uiterlijk 23 oktober');
    expect(logboekA?.[0]).not.toContain('team uitnodigen');
    expect(logboekM?.[0]).toContain('team uitnodigen voor het dagdeel');

    // After the change: the day before and the hour before are 10:00 and 09:00 winter time.
    await circle.runAt('2026-10-26T09:59:00+01:00');
    expect(fresh().flat()).toEqual([]);
    await circle.runAt('2026-10-26T10:00:00+01:00');
    expect(fresh()[0]).toEqual([JSON.stringify(dayBefore)]);
    await circle.runAt('2026-10-27T08:59:00+01:00');
    expect(fresh().flat()).toEqual([]);
    await circle.runAt('2026-10-27T09:00:00+01:00');
    expect(fresh()[2]).toEqual([expect.stringContaining('Zo meteen, om 10:00')]);
    await circle.runAt('2026-10-27T10:45:00+01:00');
    expect(fresh()[2]).toEqual([expect.stringContaining('Hoe ging je check-in met Docent 2')]);
    // Fifteen passes of `koers jobs run-due`, each a fresh node process: beside another suite
    // on two cores that took longer than the default 20 s.
  }, 60_000);
});
