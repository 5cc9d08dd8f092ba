import type { AdaptiveCard } from '../../cards/adaptive-card';
import { renderConsentStatusCard } from '../../cards/consent-status.card';
import { consentSubmitSchema, renderConsentCard } from '../../cards/consent.card';
import { renderNoteOfferCard } from '../../cards/note-offer.card';
import { cardSubmitSchema } from '../../cards/submits';
import { renderWelcomeCard } from '../../cards/welcome.card';
import { renderWithdrawCard } from '../../cards/withdraw.card';
import type { Language } from '../../domain/language';

const study = {
  id: 'study-1',
  name: 'LOB van iedereen',
  contact: { name: 'Onderzoeker Een', email: 'onderzoek@example.org' },
  erasure: 'window' as const,
  withdrawalWorkingDays: 5,
};

function everyCard(language: Language): [string, AdaptiveCard][] {
  const line = { id: 'study-1', name: 'LOB', since: '3 maart 2025' };
  return [
    ['welcome', renderWelcomeCard({ language, name: 'Sanne' })],
    [
      'consent',
      renderConsentCard({
        language,
        study,
        text: { version: 2, body: 'tekst' },
        pendingNote: 'mijn notitie',
      }),
    ],
    [
      'consent status',
      renderConsentStatusCard({
        language,
        studies: [
          { ...line, status: 'given' },
          { ...line, id: 'study-2', status: 'withdrawn' },
        ],
      }),
    ],
    ['withdraw', renderWithdrawCard({ language, study, erase: 2, keep: 3 })],
    ['note offer', renderNoteOfferCard({ language, week: 12, text: '**vet** <at>Jan</at>' })],
  ];
}

const valid = {
  verb: 'consent',
  choice: 'given',
  studyId: 'study-1',
  version: 2,
  hash: 'a'.repeat(64),
};

describe('cardSubmitSchema with the cards as rendered', () => {
  it.each([...everyCard('nl'), ...everyCard('en')])(
    'when a button of the %s card is pressed, then its data parses unchanged',
    (_, card) => {
      expect(card.actions?.length).toBeGreaterThan(0);
      for (const { data } of card.actions ?? []) {
        expect(cardSubmitSchema.parse(data)).toEqual(data);
      }
    },
  );

  it('when every card is rendered, then together they use each verb the schema knows', () => {
    const verbs = everyCard('nl').flatMap(([, card]) =>
      (card.actions ?? []).map((action) => action.data.verb),
    );
    expect(new Set(verbs)).toEqual(
      new Set([
        'help',
        'consent',
        'withdraw-ask',
        'consent-show',
        'withdraw',
        'withdraw-cancel',
        'note-save',
        'note-discard',
      ]),
    );
  });

  it('when a valid consent submit arrives, then both schemas accept it', () => {
    expect(consentSubmitSchema.safeParse(valid).success).toBe(true);
    expect(cardSubmitSchema.safeParse(valid).success).toBe(true);
  });

  it.each<[string, object]>([
    ['a choice the card does not offer', { ...valid, choice: 'withdrawn' }],
    ['a hash with a non-hex digit', { ...valid, hash: 'g'.repeat(64) }],
    ['a hash in upper case', { ...valid, hash: 'A'.repeat(64) }],
    ['a hash that is too short', { ...valid, hash: 'a'.repeat(63) }],
    ['a version that is not an integer', { ...valid, version: 1.5 }],
    ['a version sent as text', { ...valid, version: '2' }],
    ['version 0', { ...valid, version: 0 }],
    ['a note over 20,000 characters', { ...valid, note: 'a'.repeat(20_001) }],
    ['an empty study id', { ...valid, studyId: '' }],
    ['a study id over 100 characters', { ...valid, studyId: 's'.repeat(101) }],
  ])('when a consent submit has %s, then both schemas refuse it', (_, value) => {
    expect(consentSubmitSchema.safeParse(value).success).toBe(false);
    expect(cardSubmitSchema.safeParse(value).success).toBe(false);
  });

  it.each<[string, object]>([
    ['a verb spelled differently', { verb: 'withdraw_ask', studyId: 'study-1' }],
    ['a verb in upper case', { verb: 'WITHDRAW', studyId: 'study-1' }],
    ['a stop without a study', { verb: 'withdraw' }],
    ['a cancel whose study is not text', { verb: 'withdraw-cancel', studyId: 1 }],
    ['a consent-show without a study', { verb: 'consent-show' }],
    ['a save whose note is not text', { verb: 'note-save', note: ['hoi'] }],
    ['a save with a note over 20,000 characters', { verb: 'note-save', note: 'a'.repeat(20_001) }],
    ['the note offer, which is no button', { verb: 'note-offer', text: 'hoi' }],
  ])('when the data is %s, then it is refused', (_, value) => {
    expect(cardSubmitSchema.safeParse(value).success).toBe(false);
  });
});
