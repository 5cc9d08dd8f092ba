import type { Language } from '../domain/language';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

/**
 * What an earlier card of a week becomes once a newer one is shown below it: one live card per
 * person and week, so nothing is typed into a card that is no longer the one that counts.
 */
export function renderLogboekMovedCard(model: { language: Language; week: number }): AdaptiveCard {
  const t = strings(model.language).logboekFlow;
  return adaptiveCard([
    { type: 'TextBlock', text: t.movedTitle(model.week), wrap: true, weight: 'bolder' },
    { type: 'TextBlock', text: t.moved, wrap: true, isSubtle: true },
  ]);
}
