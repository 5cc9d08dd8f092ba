import { buttonOf, startCheckInCircle, type CheckInCircle } from '../support/check-in-circle';
import { databaseKinds } from '../support/test-database';

describe.each(databaseKinds)('the next appointment from the agreement card (%s)', (kind) => {
  let circle: CheckInCircle;

  beforeEach(async () => {
    circle = await startCheckInCircle(kind, '2026-11-02T09:00:00+01:00');
  });
  afterEach(() => circle.koers.stop());

  it('when a one-off check-in ends and the coach fills in a next date, then a new check-in is planned with the same people and they are invited', async () => {
    const { coach, aanjager } = circle;
    await coach.submit({
      verb: 'check-in-plan',
      aanjager: aanjager.memberId,
      withMaatje: 'false',
      date: '2026-11-03',
      time: '14:00',
      duration: '30',
      mode: 'on-site',
      place: 'lokaal 12',
      every: '0',
      until: '',
    });
    await circle.runAt('2026-11-02T09:01:00+01:00');
    expect(aanjager.sent().at(-1)).toContain('dinsdag 3 november om 14:00');

    await circle.runAt('2026-11-03T14:30:00+01:00');
    const agreement = coach.sent().at(-1) ?? '';
    expect(agreement).toContain('Hoe ging je check-in met Docent 2?');
    circle.setNow('2026-11-03T15:00:00+01:00');
    await coach.submit({
      ...buttonOf(circle, coach, 'Vastleggen'),
      what1: 'mentoren uitnodigen',
      who1: 'aanjager',
      due1: '',
      nextDate: '2026-11-17',
      nextTime: '14:00',
    });

    const upcoming = await circle.seeded.stores.checkIns.nextWith(
      coach.personId,
      aanjager.personId,
      new Date('2026-11-04T00:00:00Z'),
    );
    expect(upcoming).toMatchObject({
      startsAt: new Date('2026-11-17T13:00:00Z'),
      durationMinutes: 30,
      mode: 'on-site',
      location: 'lokaal 12',
    });
    expect(upcoming?.invitees.map((i) => i.personId)).toEqual([aanjager.personId]);
    await circle.runAt('2026-11-03T15:01:00+01:00');
    const invitation = aanjager.sent().at(-1) ?? '';
    expect(invitation).toContain('dinsdag 17 november om 14:00');
    expect(invitation).toContain('mentoren uitnodigen');
  });
});
