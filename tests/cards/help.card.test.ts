import type { Language } from '../../domain/language';
import { renderHelpCard, type HelpCommand } from '../../cards/help.card';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';

const commands: Record<Language, HelpCommand[]> = {
  nl: [
    { word: 'help', description: 'laat zien wat ik kan' },
    { word: 'logboek', description: 'schrijf iets in je logboek' },
  ],
  en: [
    { word: 'help', description: 'shows what I can do' },
    { word: 'logbook', description: 'write something in your logbook' },
  ],
};
const languages: Language[] = ['nl', 'en'];

describe('renderHelpCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)('when rendered in %s, then it matches the snapshot', (language) => {
    expect(
      renderHelpCard({
        language,
        commands: commands[language],
        roles: ['aanjager'],
        joinUsage: 'koppel <code>',
      }),
    ).toMatchSnapshot();
  });

  it.each(languages)('when rendered in %s, then it is a valid card under 80 KB', (language) => {
    const card = renderHelpCard({
      language,
      commands: commands[language],
      roles: ['aanjager'],
      joinUsage: 'koppel <code>',
    });
    expect(schemaErrors(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('when the bot passes its commands, then the card lists exactly those', () => {
    const card = renderHelpCard({
      language: 'nl',
      commands: [{ word: 'peiling', description: 'start een korte peiling' }],
      roles: ['aanjager'],
      joinUsage: 'koppel <code>',
    });
    expect(card.body).toContainEqual({
      type: 'FactSet',
      facts: [{ title: 'peiling', value: 'start een korte peiling' }],
    });
  });

  it('when a command text holds markdown, then it is shown as plain text', () => {
    const card = renderHelpCard({
      language: 'en',
      commands: [{ word: '*stop*', description: 'see [this](https://example.com)' }],
      roles: ['aanjager'],
      joinUsage: 'join <code>',
    });
    expect(card.body).toContainEqual({
      type: 'FactSet',
      facts: [{ title: '\\*stop\\*', value: 'see \\[this\\](https://example.com)' }],
    });
  });

  it('when there are many commands, then the card still stays under 80 KB', () => {
    const many = Array.from({ length: 100 }, (_, index) => ({
      word: `word${index}`,
      description: 'a description that is a good deal longer than any real one will be',
    }));
    const card = renderHelpCard({
      language: 'nl',
      commands: many,
      roles: ['aanjager'],
      joinUsage: 'koppel <code>',
    });
    expect(schemaErrors(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it.each(languages)(
    'when someone is not linked yet in %s, then the card says how to join',
    (language) => {
      const card = renderHelpCard({
        language,
        commands: commands[language],
        roles: [],
        joinUsage: 'koppel <code>',
      });
      expect(JSON.stringify(card)).toContain(
        language === 'nl' ? 'Typ koppel \\\\<code>.' : 'Type koppel \\\\<code>.',
      );
    },
  );

  it('when someone has roles, then the card names them', () => {
    const card = renderHelpCard({
      language: 'nl',
      commands: commands.nl,
      roles: ['aanjager', 'teamcoach'],
      joinUsage: 'koppel <code>',
    });
    expect(JSON.stringify(card)).toContain('Je bent hier aanjager en teamcoach.');
  });
});
