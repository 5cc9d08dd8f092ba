import type { Language } from '../../domain/language';
import { strings } from '../../cards/strings';

function allTexts(language: Language): string[] {
  const { welcome, help, messages } = strings(language);
  return [
    welcome.greeting('Sanne'),
    welcome.greeting(''),
    welcome.intro('LOB'),
    welcome.consent,
    welcome.helpButton,
    help.title,
    help.intro,
    help.typeAnytime,
    messages.unknownText('help'),
    messages.invalidSubmit,
    messages.crashed,
    messages.channelWelcome('LOB'),
  ];
}

describe.each<Language>(['nl', 'en'])('strings in %s', (language) => {
  it('when shown, then every text starts in lower case (the pronoun I aside)', () => {
    for (const text of allTexts(language)) {
      expect(text).toMatch(/^([a-z]|I\b)/);
    }
  });

  it('when the bot names its help word, then the unknown-text answer points to it', () => {
    expect(strings(language).messages.unknownText('hulp')).toContain('hulp');
  });
});
