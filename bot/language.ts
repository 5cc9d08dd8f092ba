import type { Activity } from 'botbuilder';
import { pickLanguage, type Language } from '../domain/language';

export function languageOf(activity: Partial<Activity>, defaultLocale: string): Language {
  return pickLanguage(activity.locale, defaultLocale);
}
