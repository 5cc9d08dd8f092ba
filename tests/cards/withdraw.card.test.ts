import type { Language } from '../../domain/language';
import type { AdaptiveCard } from '../../cards/adaptive-card';
import { cardSubmitSchema } from '../../cards/submits';
import {
  renderWithdrawCard,
  withdrawSubmitSchema,
  type WithdrawCardModel,
} from '../../cards/withdraw.card';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';

const languages: Language[] = ['nl', 'en'];
const study: WithdrawCardModel['study'] = {
  id: 'study-1',
  name: 'LOB van iedereen',
  erasure: 'window',
};

function render(
  language: Language,
  erasure: WithdrawCardModel['study']['erasure'],
  erase: number,
  keep: number,
): AdaptiveCard {
  return renderWithdrawCard({ language, study: { ...study, erasure }, erase, keep });
}

const texts = (card: AdaptiveCard) => card.body.map((e) => (e.type === 'TextBlock' ? e.text : ''));

describe('renderWithdrawCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)('when rendered in %s, then it matches the snapshot', (language) => {
    expect(render(language, 'window', 2, 3)).toMatchSnapshot();
  });

  it.each(languages)('when rendered in %s, then it is a valid card under 80 KB', (language) => {
    for (const [erase, keep] of [
      [0, 0],
      [1, 0],
      [2, 3],
    ] as const) {
      for (const erasure of ['window', 'full'] as const) {
        const card = render(language, erasure, erase, keep);
        expect(schemaErrors(card)).toEqual([]);
        expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
      }
    }
  });

  const nothing = 'Je hebt nog niets ingestuurd, dus er valt niets te verwijderen.';
  const afterwards = 'Daarna bewaar ik niets nieuws meer van je. Een reden geven hoeft niet.';
  it.each([
    ['window', 0, 0, [nothing]],
    ['full', 0, 0, [nothing]],
    ['window', 1, 0, ['1 bijdrage is nog binnen de bedenktijd: die verwijder ik helemaal.']],
    ['full', 1, 0, ['Je ene bijdrage verwijder ik helemaal.']],
    ['window', 0, 1, ['1 oudere bijdrage blijft in het onderzoek, alleen onder een pseudoniem.']],
    [
      'window',
      2,
      3,
      [
        '2 bijdragen zijn nog binnen de bedenktijd: die verwijder ik helemaal.',
        '3 oudere bijdragen blijven in het onderzoek, alleen onder een pseudoniem.',
      ],
    ],
    ['full', 2, 3, ['Alle 5 bijdragen verwijder ik helemaal.']],
  ] as const)(
    'when erasure is %s with %i to erase and %i to keep, then the card says so',
    (erasure, erase, keep, consequences) => {
      expect(texts(render('nl', erasure, erase, keep))).toEqual([
        'Stoppen met LOB van iedereen?',
        ...consequences,
        afterwards,
      ]);
    },
  );

  it.each([
    ['window', 0, 0, ['You have not sent anything yet, so there is nothing to delete.']],
    [
      'window',
      1,
      0,
      ['1 contribution is still inside its cooling-off period: I delete it completely.'],
    ],
    [
      'window',
      2,
      3,
      [
        '2 contributions are still inside their cooling-off period: I delete them completely.',
        '3 older contributions stay in the study, under a pseudonym only.',
      ],
    ],
    ['full', 1, 0, ['I delete your one contribution completely.']],
    ['full', 2, 3, ['I delete all 5 contributions completely.']],
  ] as const)(
    'when erasure is %s with %i to erase and %i to keep in English, then the card says so',
    (erasure, erase, keep, consequences) => {
      expect(texts(render('en', erasure, erase, keep)).slice(1, -1)).toEqual(consequences);
    },
  );

  it('when erasure is full, then the card never promises to keep anything under a pseudonym', () => {
    for (const language of languages) {
      expect(texts(render(language, 'full', 2, 3)).join(' ')).not.toMatch(/pseudon/);
    }
  });

  it('when the study name holds markdown, then the title shows it as plain text', () => {
    const card = renderWithdrawCard({
      language: 'nl',
      study: { ...study, name: '**vet** [link](http://x) <at>Jan</at>' },
      erase: 0,
      keep: 0,
    });
    expect(texts(card)[0]).toBe(
      'Stoppen met \\*\\*vet\\*\\* \\[link\\](http://x) \\<at>Jan\\</at>?',
    );
  });

  it.each(languages)(
    'when a button is pressed in %s, then its data names the study and parses with both schemas',
    (language) => {
      const card = render(language, 'window', 2, 3);
      const data = (card.actions ?? []).map((action) => action.data);
      expect(data).toEqual([
        { verb: 'withdraw', studyId: 'study-1' },
        { verb: 'withdraw-cancel', studyId: 'study-1' },
      ]);
      for (const value of data) {
        expect(withdrawSubmitSchema.parse(value)).toEqual(value);
        expect(cardSubmitSchema.parse(value)).toEqual(value);
      }
    },
  );
});
