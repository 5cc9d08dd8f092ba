import type { Language } from '../../domain/language';
import type { AdaptiveCard } from '../../cards/adaptive-card';
import {
  consentStatusSubmitSchema,
  renderConsentStatusCard,
  type ConsentStatusModel,
} from '../../cards/consent-status.card';
import { cardSubmitSchema } from '../../cards/submits';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';

type StudyLine = ConsentStatusModel['studies'][number];
const languages: Language[] = ['nl', 'en'];
const given: StudyLine = {
  id: 's-1',
  name: 'LOB van iedereen',
  status: 'given',
  since: '3 maart 2025',
};
const declined: StudyLine = {
  id: 's-2',
  name: 'Loopbaan 2',
  status: 'declined',
  since: '4 maart 2025',
};
const withdrawn: StudyLine = {
  id: 's-3',
  name: 'Keuzes',
  status: 'withdrawn',
  since: '5 maart 2025',
};

const texts = (card: AdaptiveCard) => card.body.map((e) => (e.type === 'TextBlock' ? e.text : ''));
const buttons = (card: AdaptiveCard) =>
  (card.actions ?? []).map(({ title, data }) => ({ title, data }));

describe('renderConsentStatusCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)('when rendered in %s, then it matches the snapshot', (language) => {
    expect(
      renderConsentStatusCard({ language, studies: [given, declined, withdrawn] }),
    ).toMatchSnapshot();
  });

  it.each(languages)('when rendered in %s, then it is a valid card under 80 KB', (language) => {
    for (const studies of [[given], [declined], [given, declined, withdrawn]]) {
      const card = renderConsentStatusCard({ language, studies });
      expect(schemaErrors(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    }
  });

  it.each(languages)(
    'when a button is pressed in %s, then its data parses with its own schema and cardSubmitSchema',
    (language) => {
      const card = renderConsentStatusCard({ language, studies: [given, declined, withdrawn] });
      for (const { data } of buttons(card)) {
        expect(consentStatusSubmitSchema.parse(data)).toEqual(data);
        expect(cardSubmitSchema.parse(data)).toEqual(data);
      }
    },
  );

  it('when someone takes part in one study, then the card offers "ik wil stoppen"', () => {
    const card = renderConsentStatusCard({ language: 'nl', studies: [given] });
    expect(texts(card)).toEqual(['Je doet mee aan LOB van iedereen, sinds 3 maart 2025.']);
    expect(buttons(card)).toEqual([
      { title: 'Ik wil stoppen', data: { verb: 'withdraw-ask', studyId: 's-1' } },
    ]);
  });

  it.each([
    ['declined', declined, 'Je doet niet mee aan Loopbaan 2. Dat is helemaal goed.'],
    ['withdrawn', withdrawn, 'Je bent op 5 maart 2025 gestopt met Keuzes.'],
  ])('when someone has %s, then the card offers "toch meedoen"', (_, study, line) => {
    const card = renderConsentStatusCard({ language: 'nl', studies: [study] });
    expect(texts(card)).toEqual([line]);
    expect(buttons(card)).toEqual([
      { title: 'Toch meedoen', data: { verb: 'consent-show', studyId: study.id } },
    ]);
  });

  it('when there are several studies, then each button names its study', () => {
    const card = renderConsentStatusCard({ language: 'nl', studies: [given, declined, withdrawn] });
    expect(buttons(card)).toEqual([
      { title: 'Ik wil stoppen: LOB van iedereen', data: { verb: 'withdraw-ask', studyId: 's-1' } },
      { title: 'Toch meedoen: Loopbaan 2', data: { verb: 'consent-show', studyId: 's-2' } },
      { title: 'Toch meedoen: Keuzes', data: { verb: 'consent-show', studyId: 's-3' } },
    ]);
  });

  it('when rendered in English, then the buttons say "I want to stop" and "take part after all"', () => {
    const studies = [given, withdrawn].map((s) => ({ ...s, since: '3 March 2025' }));
    const card = renderConsentStatusCard({ language: 'en', studies });
    expect(texts(card)).toEqual([
      'You take part in LOB van iedereen, since 3 March 2025.',
      'You stopped taking part in Keuzes on 3 March 2025.',
    ]);
    expect(card.actions?.map((action) => action.title)).toEqual([
      'I want to stop: LOB van iedereen',
      'Take part after all: Keuzes',
    ]);
  });

  it('when a study name holds markdown, then the text escapes it and the plain button title does not', () => {
    const name = '**vet** _x_ <at>Jan</at>';
    const card = renderConsentStatusCard({
      language: 'nl',
      studies: [{ ...given, name }, declined],
    });
    expect(texts(card)[0]).toBe(
      'Je doet mee aan \\*\\*vet\\*\\* \\_x\\_ \\<at>Jan\\</at>, sinds 3 maart 2025.',
    );
    // Teams shows button titles as plain text: escaping there would show the backslashes.
    expect(card.actions?.[0]?.title).toBe(`Ik wil stoppen: ${name}`);
  });
});
