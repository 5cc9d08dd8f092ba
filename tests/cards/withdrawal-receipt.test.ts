import { withdrawalReceipt } from '../../cards/withdrawal-receipt';
import type { ContributionMention, WithdrawalOutcome } from '../../domain/contributions';

const zone = 'Europe/Amsterdam';
const entry = (period: string): ContributionMention => ({
  kind: 'logboek-entry',
  period,
  submittedAt: new Date('2026-12-04T16:00:00Z'),
  timeZone: zone,
});
const note = (iso: string): ContributionMention => ({
  kind: 'logboek-note',
  period: null,
  submittedAt: new Date(iso),
  timeZone: zone,
});
const outcome: WithdrawalOutcome = {
  erasure: 'window',
  erased: {
    contributions: [entry('2026-W49'), note('2026-12-04T09:00:00Z'), note('2026-12-04T14:00:00Z')],
    files: 1,
    pollAnswers: 2,
    reportAnswers: 0,
  },
  kept: { contributions: [entry('2026-W45')], pollAnswers: 0, reportAnswers: 0 },
};
const dayOf = (mention: ContributionMention) =>
  mention.submittedAt.toISOString().slice(5, 10) === '12-04' ? '4 december' : 'another day';

describe('withdrawalReceipt', () => {
  it('when someone stopped, then it names in words what went and what stays, and why', () => {
    expect(withdrawalReceipt({ language: 'nl', outcome, dayOf })).toBe(
      'Je bent gestopt. Verwijderd: je logboek van week 49, je 2 notities van 4 december, ' +
        '1 bestand en 2 antwoorden op peilingen. Onder een pseudoniem blijft in het onderzoek, ' +
        'omdat de bedenktijd voorbij was: je logboek van week 45. Wat ook blijft: je naam en ' +
        'wanneer je ja zei en stopte, zodat te zien is waarmee je instemde, en een regel in het ' +
        'auditlog dat je stopte, zonder iets van wat je schreef. Bedankt voor wat je deelde.',
    );
  });

  it('when the Teams locale is English, then in English', () => {
    expect(withdrawalReceipt({ language: 'en', outcome, dayOf })).toContain(
      'Deleted: your logbook of week 49, your 2 notes of 4 december, 1 file and 2 answers to polls.',
    );
  });
});
