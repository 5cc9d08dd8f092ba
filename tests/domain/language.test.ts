import { pickLanguage } from '../../domain/language';

describe('pickLanguage', () => {
  it.each([
    [['en-US'], 'en'],
    [['EN-gb'], 'en'],
    [['en'], 'en'],
    [['nl-NL'], 'nl'],
    [['nl-BE'], 'nl'],
    [['de-DE'], 'nl'],
    [['fr'], 'nl'],
  ])('when the locale is %j, then it picks %s', (locales, expected) => {
    expect(pickLanguage(...locales)).toBe(expected);
  });

  it('when no locale is given, then it picks Dutch', () => {
    expect(pickLanguage()).toBe('nl');
    expect(pickLanguage(undefined, null, '', '  ')).toBe('nl');
  });

  it('when several locales are given, then the first non-empty one wins', () => {
    expect(pickLanguage(undefined, '', 'en-US', 'nl-NL')).toBe('en');
    expect(pickLanguage(null, 'nl-NL', 'en-US')).toBe('nl');
    expect(pickLanguage(' ', 'de-DE', 'en-US')).toBe('nl');
  });
});
