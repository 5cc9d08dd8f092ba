import type { Language } from '../../domain/language';
import { escapeMarkdown, type AdaptiveCard } from '../../cards/adaptive-card';
import { defaultConsentText } from '../../cards/consent-text.default';
import {
  consentCardText,
  consentSubmitSchema,
  consentTextHash,
  renderConsentCard,
  type ConsentCardModel,
} from '../../cards/consent.card';
import { cardSubmitSchema } from '../../cards/submits';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';

const languages: Language[] = ['nl', 'en'];
const details = {
  name: 'LOB van iedereen',
  contact: { name: 'Onderzoeker Een', email: 'onderzoek@example.org' },
  erasure: 'window' as const,
  withdrawalWorkingDays: 5,
  extraNonWorkingDays: [],
};

function model(language: Language, extra: Partial<ConsentCardModel> = {}): ConsentCardModel {
  return {
    language,
    study: { id: 'study-1', ...details },
    text: { version: 1, body: defaultConsentText(details)[language] },
    ...extra,
  };
}

const texts = (card: AdaptiveCard) => card.body.map((e) => (e.type === 'TextBlock' ? e.text : ''));
const data = (card: AdaptiveCard) => (card.actions ?? []).map((action) => action.data);

describe('renderConsentCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)('when rendered in %s, then it matches the snapshot', (language) => {
    expect(renderConsentCard(model(language))).toMatchSnapshot();
  });

  it.each(languages)('when rendered in %s, then it is a valid card under 80 KB', (language) => {
    const card = renderConsentCard(model(language, { pendingNote: 'x'.repeat(20_000) }));
    expect(schemaErrors(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it.each(languages)(
    'when rendered in %s, then the card shows exactly the words the hash covers, in order',
    (language) => {
      const card = renderConsentCard(model(language));
      const shown = consentCardText(model(language));
      const covered = [shown.title, shown.intro, shown.body, shown.window, shown.contact];
      expect(texts(card).join('\n\n')).toBe(
        [...covered, shown.version].map(escapeMarkdown).join('\n\n'),
      );
      expect(card.actions?.map((action) => action.title)).toEqual([shown.join, shown.decline]);
    },
  );

  it.each(languages)(
    'when a button is pressed in %s, then its data parses with the consent schema and cardSubmitSchema',
    (language) => {
      const card = renderConsentCard(model(language, { pendingNote: 'mijn notitie' }));
      for (const value of data(card)) {
        expect(consentSubmitSchema.parse(value)).toEqual(value);
        expect(cardSubmitSchema.parse(value)).toEqual(value);
      }
    },
  );

  it('when the buttons are rendered, then they carry the choice, study, version and shown hash', () => {
    const card = renderConsentCard(model('nl', { text: { version: 3, body: 'tekst' } }));
    const hash = consentTextHash(model('nl', { text: { version: 3, body: 'tekst' } }));
    expect(data(card)).toEqual([
      { verb: 'consent', choice: 'given', studyId: 'study-1', version: 3, hash },
      { verb: 'consent', choice: 'declined', studyId: 'study-1', version: 3, hash },
    ]);
  });

  it('when a note is pending, then it rides only on the "ik doe mee" button, unescaped', () => {
    const note = '**vet** _x_ [link](http://x) <at>Jan</at>\n1. eerste';
    const card = renderConsentCard(model('nl', { pendingNote: note }));
    expect(card.actions?.map((action) => action.title)).toEqual(['Ik doe mee', 'Ik doe niet mee']);
    expect(data(card)[0]).toMatchObject({ choice: 'given', note });
    expect(data(card)[1]).not.toHaveProperty('note');
  });

  it('when no note is pending, then neither button carries a note', () => {
    for (const value of data(renderConsentCard(model('nl', { pendingNote: '' })))) {
      expect(value).not.toHaveProperty('note');
    }
  });

  it('when the study and contact names hold markdown, then they are shown as plain text', () => {
    const base = model('nl');
    const card = renderConsentCard({
      ...base,
      study: {
        ...base.study,
        name: '**vet** _x_ <at>Jan</at>',
        contact: { name: '[link](http://x)', email: 'a_b@example.org' },
      },
    });
    expect(texts(card)[0]).toBe('Meedoen aan \\*\\*vet\\*\\* \\_x\\_ \\<at>Jan\\</at>?');
    expect(texts(card)).toContain('Vragen of stoppen: \\[link\\](http://x) (a\\_b@example.org)');
  });

  it('when the body has paragraphs with markdown, then each is its own escaped text block', () => {
    const body = '1. eerste punt\n\n**vet** en [link](http://x)\n\n\n2. <at>Jan</at>';
    const card = renderConsentCard(model('en', { text: { version: 1, body } }));
    expect(texts(card).slice(2, 5)).toEqual([
      '1\\. eerste punt',
      '\\*\\*vet\\*\\* en \\[link\\](http://x)',
      '2\\. \\<at>Jan\\</at>',
    ]);
  });

  it.each([
    ['window', 'nl', 'Bedenktijd: 5 werkdagen na elke bijdrage'],
    ['full', 'nl', 'Bedenktijd: stop je, dan verwijder ik alles'],
    ['window', 'en', 'Cooling-off period: 5 working days after each contribution'],
    ['full', 'en', 'Cooling-off period: if you stop, I delete everything'],
  ] as const)(
    'when the study erases by %s in %s, then the card says %s',
    (erasure, language, line) => {
      const base = model(language);
      const card = renderConsentCard({ ...base, study: { ...base.study, erasure } });
      expect(texts(card)).toContain(line);
    },
  );
});
