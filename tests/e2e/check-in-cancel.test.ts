import { buttonOf, startCheckInCircle, type CheckInCircle } from '../support/check-in-circle';
import { databaseKinds } from '../support/test-database';

const plan = (aanjager: string) => ({
  verb: 'check-in-plan',
  aanjager,
  withMaatje: 'true',
  date: '2026-10-20',
  time: '10:00',
  duration: '60',
  mode: 'online',
  place: '',
  every: '0',
  until: '',
});
const calendarLink = (sent: string | undefined) =>
  /https?:\/\/[^"\\]+\/ics\/[^"\\]+/.exec(sent ?? '')?.[0];

describe.each(databaseKinds)('calling a check-in off (%s)', (kind) => {
  let circle: CheckInCircle;

  beforeEach(async () => {
    circle = await startCheckInCircle(kind, '2026-10-01T10:00:00+02:00');
  });
  afterEach(() => circle.koers.stop());

  it('when the coach cancels from mijn check-ins, then the invitees are told, no reminder or agreement card follows and the calendar link no longer opens', async () => {
    const { coach, aanjager, maatje } = circle;
    await coach.submit(plan(aanjager.memberId));
    await circle.runAt('2026-10-01T10:01:00+02:00');
    const link = calendarLink(aanjager.sent().at(-1));
    if (!link) throw new Error('the invitation has no calendar link');
    const invitation = buttonOf(circle, aanjager, 'Ik kom');

    await coach.say('mijn check-ins');
    expect(coach.sent().at(-1)).toContain('dinsdag 20 oktober om 10:00');
    expect(coach.sent().at(-1)).toContain('Met Docent 2 en Docent 3 · online');
    await coach.submit(buttonOf(circle, coach, 'Afzeggen'));
    expect(coach.sent().at(-1)).toBe(
      JSON.stringify(
        'Afgezegd: dinsdag 20 oktober om 10:00. Ik laat het Docent 2 en Docent 3 weten.',
      ),
    );

    await circle.runAt('2026-10-01T10:02:00+02:00');
    for (const invitee of [aanjager, maatje]) {
      expect(invitee.sent().at(-1)).toBe(
        JSON.stringify(
          'Docent 1 zegt de check-in van dinsdag 20 oktober om 10:00 af. Een nieuwe afspraak volgt vanzelf.',
        ),
      );
    }
    const before = [aanjager, maatje, coach].map((m) => m.sent().length);
    await circle.runAt('2026-10-19T10:00:00+02:00'); // the day before
    await circle.runAt('2026-10-20T09:00:00+02:00'); // an hour before
    await circle.runAt('2026-10-20T11:00:00+02:00'); // after the end
    expect([aanjager, maatje, coach].map((m) => m.sent().length)).toEqual(before);

    const calendar = await fetch(`${circle.koers.url}${new URL(link).pathname}`);
    expect(calendar.status).toBe(404);

    await aanjager.submit(invitation);
    expect(aanjager.sent().at(-1)).not.toContain('fijn, tot');
    await aanjager.say('mijn check-ins');
    expect(aanjager.sent().at(-1)).toContain('Er staat geen check-in gepland.');
  });

  it('when an invitee or a second press tries to cancel, then nothing changes', async () => {
    const { coach, aanjager } = circle;
    await coach.submit(plan(aanjager.memberId));
    await coach.say('mijn check-ins');
    const cancel = buttonOf(circle, coach, 'Afzeggen');

    await aanjager.say('mijn check-ins');
    expect(aanjager.sent().at(-1)).toContain('Met Docent 1');
    expect(aanjager.sent().at(-1)).not.toContain('Afzeggen');
    await aanjager.submit(cancel);
    expect(aanjager.sent().at(-1)).toContain('kan ik niet meer afzeggen');

    await coach.submit(cancel);
    await coach.submit(cancel);
    expect(coach.sent().at(-1)).toContain('kan ik niet meer afzeggen');
    const rows = await circle.koers.database.db
      .selectFrom('check_ins')
      .select('cancelled_at')
      .execute();
    expect(rows.map((r) => r.cancelled_at !== null)).toEqual([true]);
  });
});
