export type Language = 'nl' | 'en';

export function pickLanguage(...locales: (string | null | undefined)[]): Language {
  const locale = locales.find((candidate) => candidate != null && candidate.trim() !== '');
  return locale?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}
