import { buttonOf, startCheckInCircle, type CheckInCircle } from '../support/check-in-circle';
import { databaseKinds } from '../support/test-database';

const plan = (aanjager: string, changes: Record<string, string> = {}) => ({
  verb: 'check-in-plan',
  aanjager,
  withMaatje: 'true',
  date: '2026-10-20',
  time: '10:00',
  duration: '60',
  mode: 'on-site',
  place: 'lokaal 2, gang B',
  every: '0',
  until: '',
  ...changes,
});
const calendarLink = (sent: string | undefined) => {
  const link = /https?:\/\/[^"\\]+\/ics\/[^"\\]+/.exec(sent ?? '')?.[0];
  if (!link) throw new Error('the invitation has no calendar link');
  return new URL(link).pathname;
};

describe.each(databaseKinds)('calendar links (%s)', (kind) => {
  let circle: CheckInCircle;
  const status = async (path: string, at: string) => {
    circle.setNow(at);
    return (await fetch(`${circle.koers.url}${path}`)).status;
  };

  beforeEach(async () => {
    circle = await startCheckInCircle(kind, '2026-10-01T10:00:00+02:00');
  });
  afterEach(() => circle.koers.stop());

  it('when the check-in has been over for a day, then its link no longer opens', async () => {
    await circle.coach.submit(plan(circle.aanjager.memberId));
    await circle.runAt('2026-10-01T10:01:00+02:00');
    const link = calendarLink(circle.aanjager.sent().at(-1));

    expect(await status(link, '2026-10-20T10:30:00+02:00')).toBe(200);
    expect(await status(link, '2026-10-21T10:59:00+02:00')).toBe(200);
    expect(await status(link, '2026-10-21T11:00:00+02:00')).toBe(404);
  });

  it('when a series has later check-ins, then the link of its first stays open until a day after the last', async () => {
    await circle.coach.submit(plan(circle.aanjager.memberId, { every: '1', until: '2026-10-27' }));
    await circle.runAt('2026-10-01T10:01:00+02:00');
    const link = calendarLink(circle.aanjager.sent().at(-1));

    expect(await status(link, '2026-10-24T10:00:00+02:00')).toBe(200);
    expect(await status(link, '2026-10-28T10:59:00+01:00')).toBe(200);
    expect(await status(link, '2026-10-28T11:00:00+01:00')).toBe(404);
  });

  it('when the first check-in of a series is called off, then its link no longer opens', async () => {
    const { coach, aanjager } = circle;
    await coach.submit(plan(aanjager.memberId, { every: '1', until: '2026-10-27' }));
    await circle.runAt('2026-10-01T10:01:00+02:00');
    const link = calendarLink(aanjager.sent().at(-1));

    await coach.say('mijn check-ins');
    expect(coach.sent().at(-1)).toContain('dinsdag 20 oktober om 10:00');
    await coach.submit(buttonOf(circle, coach, 'Afzeggen'));
    expect(coach.sent().at(-1)).toContain('Afgezegd: dinsdag 20 oktober om 10:00');

    expect(await status(link, '2026-10-02T10:00:00+02:00')).toBe(404);
  });

  it('when the aanjager stops taking part, then their link no longer opens and the maatje’s still does', async () => {
    const { aanjager, maatje } = circle;
    await circle.coach.submit(plan(aanjager.memberId));
    await circle.runAt('2026-10-01T10:01:00+02:00');
    const own = calendarLink(aanjager.sent().at(-1));
    const other = calendarLink(maatje.sent().at(-1));
    expect(await status(own, '2026-10-02T10:00:00+02:00')).toBe(200);

    await aanjager.say('toestemming');
    await aanjager.submit(buttonOf(circle, aanjager, 'Ik wil stoppen'));
    await aanjager.submit(buttonOf(circle, aanjager, 'Ja, ik stop'));

    expect(await status(own, '2026-10-02T10:05:00+02:00')).toBe(404);
    expect(await status(other, '2026-10-02T10:05:00+02:00')).toBe(200);
  });
});
