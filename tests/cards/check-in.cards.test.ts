import { cardVerbs } from '../../bot/card-verbs';
import {
  checkInAgreementSchema,
  renderCheckInAgreementCard,
} from '../../cards/check-in-agreement.card';
import { renderCheckInAgendaCard } from '../../cards/check-in-agenda.card';
import { renderCheckInInvitationCard } from '../../cards/check-in-invitation.card';
import { checkInPlanSchema, renderCheckInPlanCard } from '../../cards/check-in-plan.card';
import { renderCheckInProposalCard } from '../../cards/check-in-proposal.card';
import { cardSubmitSchema } from '../../cards/submits';
import type { Language } from '../../domain/language';
import { createCardValidator } from './card-schema';

const schemaErrors = createCardValidator();
const AMSTERDAM = 'Europe/Amsterdam';
const startsAt = new Date('2026-10-27T09:00:00Z'); // dinsdag 27 oktober, 10:00 CET

const invitation = (language: Language) =>
  renderCheckInInvitationCard({
    language,
    timeZone: AMSTERDAM,
    checkInId: 'c1',
    sequence: 2,
    coachName: 'Coach *Kim*',
    startsAt,
    durationMinutes: 45,
    mode: 'on-site',
    location: 'lokaal [2]',
    moved: false,
    laterStarts: [new Date('2026-11-10T09:00:00Z')],
    openPoints: [{ what: 'team _uitnodigen_', dueOn: '2026-11-01' }],
    calendarUrl: 'https://koers.example/ics/abc',
  });

const agenda = (language: Language) =>
  renderCheckInAgendaCard({
    language,
    items: [
      {
        checkInId: 'c1',
        sequence: 2,
        when: 'dinsdag 27 oktober om 10:00',
        names: 'Sanne *S*',
        how: 'online',
        cancellable: true,
      },
      {
        checkInId: 'c2',
        sequence: 0,
        when: 'vrijdag',
        names: 'Kim',
        how: 'op locatie',
        cancellable: false,
      },
    ],
  });

const cards = (language: Language) =>
  [
    ['agenda', agenda(language)],
    [
      'plan',
      renderCheckInPlanCard({
        language,
        timeZone: AMSTERDAM,
        aanjagers: [{ memberId: 'm1', name: 'Sanne <at>', hasMaatje: true }],
      }),
    ],
    ['invitation', invitation(language)],
    [
      'proposal',
      renderCheckInProposalCard({
        language,
        timeZone: AMSTERDAM,
        checkInId: 'c1',
        sequence: 0,
        personId: 'p1',
        name: 'Sanne',
        from: startsAt,
        to: new Date('2026-10-28T13:30:00Z'),
      }),
    ],
    [
      'agreement',
      renderCheckInAgreementCard({
        language,
        timeZone: AMSTERDAM,
        checkInId: 'c1',
        names: ['Sanne', 'Mo'],
        openPoints: [{ id: 'a1', what: 'team uitnodigen', dueOn: null, ownerName: 'Sanne' }],
        owners: [
          { owner: 'aanjager', name: 'Sanne' },
          { owner: 'maatje', name: 'Mo' },
          { owner: 'coach', name: 'Kim' },
        ],
        next: null,
      }),
    ],
  ] as const;

describe('the check-in cards', () => {
  it.each([...cards('nl'), ...cards('en')])(
    'when the %s card is rendered, then it is a valid Adaptive Card 1.5',
    (_, card) => {
      expect(schemaErrors(card)).toEqual([]);
      expect(card).toMatchSnapshot();
    },
  );

  it.each([...cards('nl'), ...cards('en')])(
    'when a button of the %s card is pressed, then a dialog answers its verb',
    (_, card) => {
      for (const action of card.actions ?? []) {
        if (action.type === 'Action.OpenUrl') continue;
        expect(Object.keys(cardVerbs({} as never))).toContain(action.data.verb);
      }
    },
  );

  it('when the agenda is shown, then only the coach’s own check-in has a cancel button, and it routes', () => {
    const card = agenda('nl');
    const buttons = (card.body ?? []).flatMap((element) =>
      element.type === 'ActionSet' ? element.actions : [],
    );
    expect(buttons.map((b) => b.title)).toEqual(['Afzeggen']);
    const first = buttons[0];
    const data = cardSubmitSchema.parse(first && 'data' in first ? first.data : undefined);
    expect(data).toMatchObject({ verb: 'check-in-cancel', checkInId: 'c1', sequence: 2 });
    expect(Object.keys(cardVerbs({} as never))).toContain(data.verb);
    expect(JSON.stringify(card)).toContain('Met Sanne \\\\*S\\\\* · online');
  });

  it('when the invitation is shown, then times are local, user text is escaped and the calendar is a link', () => {
    const text = JSON.stringify(invitation('nl'));
    expect(text).toContain('dinsdag 27 oktober om 10:00');
    expect(text).toContain('Coach \\\\*Kim\\\\* nodigt je uit voor een check-in');
    expect(text).toContain('op locatie, lokaal \\\\[2\\\\]');
    expect(text).toContain('Open afspraken:\\n- team \\\\_uitnodigen\\\\_, uiterlijk 1 november');
    expect(text).toContain('Daarna ook op dinsdag 10 november');
    expect(text).toContain('"type":"Action.OpenUrl","title":"Zet in je agenda"');
  });

  it('when the plan card is filled in, then its inputs parse; empty date and time stay empty', () => {
    const sent = {
      verb: 'check-in-plan',
      aanjager: 'm1',
      withMaatje: 'true',
      date: '',
      time: '',
      duration: '45',
      mode: 'online',
      place: ' ',
      every: '2',
      until: '2026-11-10',
    };
    expect(checkInPlanSchema.parse(sent)).toMatchObject({
      withMaatje: true,
      date: null,
      time: null,
      duration: 45,
      place: null,
      every: 2,
    });
    expect(cardSubmitSchema.safeParse({ ...sent, time: '25:00' }).success).toBe(false);
    expect(cardSubmitSchema.safeParse({ ...sent, duration: '600' }).success).toBe(false);
  });

  it('when the agreement card is filled in, then only written action points count', () => {
    const parsed = checkInAgreementSchema.parse({
      verb: 'check-in-agreements',
      checkInId: 'c1',
      done: 'a1,a2',
      what1: 'visie op papier',
      who1: 'maatje',
      due1: '2026-11-20',
      what2: '',
      what3: 'teamoverleg plannen',
      nextDate: '2026-11-24',
      nextTime: '10:00',
    });
    expect(parsed).toEqual({
      verb: 'check-in-agreements',
      checkInId: 'c1',
      done: ['a1', 'a2'],
      points: [
        { what: 'visie op papier', owner: 'maatje', dueOn: '2026-11-20' },
        { what: 'teamoverleg plannen', owner: 'aanjager', dueOn: null },
      ],
      next: { date: '2026-11-24', time: { hour: 10, minute: 0 } },
    });
  });
});
