import { buttonOf, startCheckInCircle, type CheckInCircle } from '../support/check-in-circle';
import { databaseKinds } from '../support/test-database';

const plan = (aanjager: string, changes: Record<string, string> = {}) => ({
  verb: 'check-in-plan',
  aanjager,
  withMaatje: 'false',
  date: '2026-10-20',
  time: '10:00',
  duration: '60',
  mode: 'on-site',
  place: 'lokaal 2, gang B',
  every: '0',
  until: '',
  ...changes,
});

describe.each(databaseKinds)('planning a check-in (%s)', (kind) => {
  let circle: CheckInCircle;
  const stored = () => circle.koers.database.db.selectFrom('check_ins').selectAll().execute();
  const calendar = async (url: string) => {
    const { pathname } = new URL(url);
    const response = await fetch(`${circle.koers.url}${pathname}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  };

  beforeEach(async () => {
    circle = await startCheckInCircle(kind, '2026-10-01T10:00:00+02:00');
  });
  afterEach(() => circle.koers.stop());

  it('when someone who is not a teamcoach asks, then the answer is a polite refusal', async () => {
    await circle.aanjager.say('check-in plannen');
    await circle.aanjager.submit(plan(circle.aanjager.memberId));
    expect(circle.aanjager.sent()).toEqual([
      JSON.stringify('Dat is voor teamcoach. Typ help om te zien wat jij hier kunt.'),
      JSON.stringify('Dat is voor teamcoach. Typ help om te zien wat jij hier kunt.'),
    ]);
    expect(await stored()).toEqual([]);
  });

  it('when a coach names an aanjager outside their caseload, then nothing is planned', async () => {
    await circle.coach.say('plan check-in');
    expect(circle.coach.sent().at(-1)).toContain('Docent 2');
    expect(circle.coach.sent().at(-1)).not.toContain('Docent 4');
    await circle.coach.submit(plan(circle.outsider.memberId));
    expect(circle.coach.sent().at(-1)).toBe(
      JSON.stringify(
        'Met die persoon kun je hier geen check-in plannen: die staat niet op jouw lijst.',
      ),
    );
    expect(await stored()).toEqual([]);
  });

  it.each([
    ['no time', { time: '' }, 'Kies nog een datum en een tijd?'],
    [
      'a moment gone by',
      { date: '2026-09-30' },
      'Dat moment is al voorbij. Kies je een moment dat nog komt?',
    ],
    [
      'a repeat without an end',
      { every: '2' },
      'Tot wanneer mag het herhalen? Kies nog een einddatum.',
    ],
    [
      'a time that is no time',
      { time: '25:00' },
      'Dat ging niet helemaal goed. Wil je het nog een keer proberen?',
    ],
  ])(
    'when the plan has %s, then a kind answer comes and nothing is stored',
    async (_, change, answer) => {
      await circle.coach.submit(plan(circle.aanjager.memberId, change));
      expect(circle.coach.sent().at(-1)).toBe(JSON.stringify(answer));
      expect(await stored()).toEqual([]);
    },
  );

  it('when the aanjager does not take part in the study, then the coach is told and nothing is sent', async () => {
    const declined = { choice: 'declined', textVersion: 1, textHash: 'h', language: 'nl' } as const;
    await circle.seeded.stores.consents.decide(
      circle.aanjager.personId,
      circle.seeded.studyId,
      declined,
      new Date(),
    );
    await circle.coach.submit(plan(circle.aanjager.memberId));
    expect(circle.coach.sent().at(-1)).toContain('Docent 2 doet (nog) niet mee aan het onderzoek');
    await circle.runAt('2026-10-01T10:05:00+02:00');
    expect(circle.aanjager.sent()).toEqual([]);
    expect(await stored()).toEqual([]);
  });

  it('when the aanjager proposes another moment and the coach confirms, then the check-in and its calendar file move', async () => {
    const { coach, aanjager } = circle;
    await coach.submit(plan(aanjager.memberId));
    await circle.runAt('2026-10-01T10:01:00+02:00');
    const url = lastUrl(aanjager.sent().at(-1));
    const before = await calendar(url);
    expect(before.status).toBe(200);
    expect(before.type).toContain('text/calendar');
    expect(before.body).toContain('DTSTART:20261020T080000Z\r\nDTEND:20261020T090000Z\r\n');
    expect(before.body).toContain('SEQUENCE:0');
    expect(before.body).toContain('SUMMARY:Check-in met Docent 1');
    expect(before.body).toContain('LOCATION:op locatie\\, lokaal 2\\, gang B');

    await aanjager.submit({
      ...buttonOf(circle, aanjager, 'Ander moment voorstellen'),
      proposedDate: '2026-10-22',
      proposedTime: '14:30',
    });
    expect(aanjager.sent().at(-1)).toBe(
      JSON.stringify('Ik heb je voorstel aan Docent 1 doorgegeven.'),
    );
    await circle.runAt('2026-10-01T10:02:00+02:00');
    expect(coach.sent().at(-1)).toContain('Docent 2 stelt een ander moment voor');
    expect(coach.sent().at(-1)).toContain(
      'In plaats van dinsdag 20 oktober om 10:00: donderdag 22 oktober om 14:30.',
    );
    await coach.submit(buttonOf(circle, coach, 'Bevestigen'));
    expect(coach.sent().at(-1)).toBe(
      JSON.stringify(
        'Verzet naar donderdag 22 oktober om 14:30. Iedereen krijgt de nieuwe uitnodiging.',
      ),
    );
    await coach.submit(buttonOf(circle, coach, 'Bevestigen'));
    expect(coach.sent().at(-1)).toContain('Dat voorstel is niet meer actueel');

    await circle.runAt('2026-10-01T10:03:00+02:00');
    expect(aanjager.sent().at(-1)).toContain('Je check-in met Docent 1 is verzet');
    expect(aanjager.sent().at(-1)).toContain('donderdag 22 oktober om 14:30');
    const after = await calendar(url);
    expect(after.body).toContain('DTSTART:20261022T123000Z');
    expect(after.body).toContain('SEQUENCE:1');
    expect(after.body).toMatch(/UID:(.+)@koers/);
    expect(after.body.match(/UID:.+/)?.[0]).toBe(before.body.match(/UID:.+/)?.[0]);

    const tampered = url.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    expect((await calendar(tampered)).status).toBe(404);
    const otherPerson = url.replace(aanjager.personId, circle.maatje.personId);
    expect((await calendar(otherPerson)).status).toBe(404);
  });
});

function lastUrl(sent: string | undefined): string {
  const url = /"url":"([^"]+)"/.exec(sent ?? '')?.[1];
  if (!url) throw new Error('No link on the last message.');
  return url;
}
