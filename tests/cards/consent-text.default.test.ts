import { defaultConsentText } from '../../cards/consent-text.default';
import type { Language } from '../../domain/language';
import type { Study } from '../../domain/organisations';

const languages: Language[] = ['nl', 'en'];

function study(erasure: Study['erasure'], withdrawalWorkingDays = 5): Omit<Study, 'id'> {
  return {
    name: 'LOB van iedereen',
    contact: { name: 'Onderzoeker Een', email: 'onderzoek@example.org' },
    erasure,
    withdrawalWorkingDays,
    extraNonWorkingDays: [],
  };
}

const paragraphs = (text: string) => text.split('\n\n');
const lastParagraph = (text: string) => paragraphs(text).at(-1);

describe('defaultConsentText', () => {
  it.each(languages)('when written in %s, then it has four paragraphs', (language) => {
    for (const erasure of ['window', 'full'] as const) {
      const text = defaultConsentText(study(erasure))[language];
      expect(paragraphs(text)).toHaveLength(4);
      expect(paragraphs(text).every((p) => p.trim() !== '')).toBe(true);
    }
  });

  it('when the study erases within a window, then it names the working days in both languages', () => {
    const text = defaultConsentText(study('window', 7));
    expect(lastParagraph(text.nl)).toBe(
      'Stop je binnen 7 werkdagen na het insturen van iets, dan verwijder ik dat helemaal. ' +
        'Wat ouder is, blijft in het onderzoek, alleen onder een pseudoniem.',
    );
    expect(lastParagraph(text.en)).toBe(
      'If you stop within 7 working days of sending something, I delete it completely. ' +
        'Older contributions stay in the study, under a pseudonym only.',
    );
  });

  it('when the study erases everything, then it promises full deletion and no working days', () => {
    const text = defaultConsentText(study('full', 7));
    expect(lastParagraph(text.nl)).toBe('Stop je, dan verwijder ik alles wat je hebt ingestuurd.');
    expect(lastParagraph(text.en)).toBe('If you stop, I delete everything you sent.');
    for (const language of languages) {
      expect(text[language]).not.toMatch(/7|werkdagen|working days/);
    }
  });

  it('when the working days change, then only the window wording changes', () => {
    const five = defaultConsentText(study('window', 5));
    const ten = defaultConsentText(study('window', 10));
    for (const language of languages) {
      expect(paragraphs(ten[language]).slice(0, 3)).toEqual(paragraphs(five[language]).slice(0, 3));
      expect(lastParagraph(ten[language])).toContain('10 ');
    }
  });

  it('when someone wants to stop, then the text tells them the word to type in their language', () => {
    const text = defaultConsentText(study('window'));
    expect(text.nl).toContain('typ toestemming');
    expect(text.en).toContain('type consent');
  });
});
