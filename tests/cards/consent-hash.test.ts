import {
  consentTextHash,
  renderConsentCard,
  type ConsentCardModel,
} from '../../cards/consent.card';

const base: ConsentCardModel = {
  language: 'nl',
  study: {
    id: 'study-1',
    name: 'LOB van iedereen',
    contact: { name: 'Onderzoeker Een', email: 'onderzoek@example.org' },
    erasure: 'window',
    withdrawalWorkingDays: 5,
  },
  text: { version: 1, body: 'wat ik bewaar: je logboek.\n\nstoppen kan altijd.' },
};

function changed(change: (model: ConsentCardModel) => void): ConsentCardModel {
  const model = structuredClone(base);
  change(model);
  return model;
}

describe('consentTextHash', () => {
  it('when the same model is hashed twice, then the hash is the same 64 hex digits', () => {
    expect(consentTextHash(structuredClone(base))).toBe(consentTextHash(base));
    expect(consentTextHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, (model: ConsentCardModel) => void]>([
    ['the study name', (m) => (m.study.name = 'LOB van iedereen 2')],
    ['the version', (m) => (m.text.version = 2)],
    ['one word of the body', (m) => (m.text.body = m.text.body.replace('altijd', 'nu'))],
    ['a paragraph break in the body', (m) => (m.text.body = m.text.body.replace('\n\n', ' '))],
    ['the contact name', (m) => (m.study.contact.name = 'Onderzoeker Twee')],
    ['the contact email', (m) => (m.study.contact.email = 'ander@example.org')],
    ['the language', (m) => (m.language = 'en')],
    ['the erasure', (m) => (m.study.erasure = 'full')],
    ['the bedenktijd in working days', (m) => (m.study.withdrawalWorkingDays = 10)],
  ])('when %s changes, then the hash changes', (_, change) => {
    expect(consentTextHash(changed(change))).not.toBe(consentTextHash(base));
  });

  const full = (m: ConsentCardModel) => (m.study.erasure = 'full');

  it.each<[string, (model: ConsentCardModel) => void, (model: ConsentCardModel) => void]>([
    ['the study id', (m) => (m.study.id = 'study-2'), () => undefined],
    ['a pending note', (m) => (m.pendingNote = 'iets wat ik kwijt wil'), () => undefined],
    [
      'the number of working days under full erasure',
      (m) => {
        full(m);
        m.study.withdrawalWorkingDays = 10;
      },
      full,
    ],
  ])(
    'when only %s changes, which the card does not show, then the hash stays',
    (_, change, same) => {
      expect(consentTextHash(changed(change))).toBe(consentTextHash(changed(same)));
    },
  );

  it('when the card is rendered, then both buttons carry the hash of what it shows', () => {
    const card = renderConsentCard(base);
    const hashes = (card.actions ?? []).map((action) => action.data.hash);
    expect(hashes).toEqual([consentTextHash(base), consentTextHash(base)]);
  });
});
