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
  it.each(languages)('when written in %s, then it has five paragraphs', (language) => {
    for (const erasure of ['window', 'full'] as const) {
      const text = defaultConsentText(study(erasure))[language];
      expect(paragraphs(text)).toHaveLength(5);
      expect(paragraphs(text).every((p) => p.trim() !== '')).toBe(true);
    }
  });

  it('when the study erases within a window, then it names the working days in both languages', () => {
    const text = defaultConsentText(study('window', 7));
    expect(lastParagraph(text.nl)).toBe(
      'Stop je binnen 7 werkdagen na het insturen van iets, dan verwijder ik dat helemaal, ook ' +
        'een antwoord op een anonieme peiling die al gesloten is; uit de back-ups verdwijnt het ' +
        'uiterlijk 7 dagen later. Wat ouder is, blijft in het onderzoek, alleen onder een ' +
        'pseudoniem. Je naam en wanneer je ja zei en stopte bewaar ik altijd, zodat te zien is ' +
        'waarmee je instemde.',
    );
    expect(lastParagraph(text.en)).toBe(
      'If you stop within 7 working days of sending something, I delete it completely, also an ' +
        'answer to an anonymous poll that has closed; it is gone from the backups 7 days later ' +
        'at the latest. Older contributions stay in the study, under a pseudonym only. Your name ' +
        'and when you said yes and stopped I always keep, so it is clear what you agreed to.',
    );
  });

  it('when the study erases everything, then it promises full deletion except anonymous answers no longer tied to anyone', () => {
    const text = defaultConsentText(study('full', 6));
    expect(lastParagraph(text.nl)).toMatch(
      /^Stop je, dan verwijder ik alles wat je hebt ingestuurd; .* Alleen een antwoord op een anonieme peiling van meer dan 6 werkdagen geleden kan ik niet meer vinden/,
    );
    expect(lastParagraph(text.en)).toMatch(
      /^If you stop, I delete everything you sent; .* Only an answer to an anonymous poll from more than 6 working days ago I can no longer find/,
    );
  });

  it('when it speaks of anonymous polls, then it promises only the count while open and results after closing', () => {
    const text = defaultConsentText(study('window'));
    expect(paragraphs(text.nl)[2]).toContain(
      'ziet de maker zolang die openstaat alleen hoeveel mensen antwoordden, en de uitkomsten pas na het sluiten',
    );
    expect(paragraphs(text.en)[2]).toContain('and the results only after it closes');
  });

  it('when the working days change, then only the window wording changes', () => {
    const five = defaultConsentText(study('window', 5));
    const ten = defaultConsentText(study('window', 10));
    for (const language of languages) {
      expect(paragraphs(ten[language]).slice(0, 2)).toEqual(paragraphs(five[language]).slice(0, 2));
      expect(lastParagraph(ten[language])).toContain('10 ');
    }
  });

  it('when someone wants to stop, then the text tells them the word to type in their language', () => {
    const text = defaultConsentText(study('window'));
    expect(text.nl).toContain('typ toestemming');
    expect(text.en).toContain('type consent');
  });
});
