import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

/** To a teamcoach: someone stopped writing, so a personal call beats another bot message. */
export function renderSilentWeeksCard(model: { language: Language; name: string }): AdaptiveCard {
  const text = strings(model.language).logboek.silentWeeks(escapeMarkdown(model.name));
  return adaptiveCard([{ type: 'TextBlock', text, wrap: true }]);
}
