import type { AdaptiveCard } from '../../cards/adaptive-card';

/**
 * The card as a client without Universal Actions renders it: each Action.Execute replaced by its
 * fallback. The AC 1.5 schema does not check what is inside `fallback` (its FallbackOption has a
 * `pattern` without `type: string`, so any object passes), so tests validate this card as well.
 */
export function withFallbacks(card: AdaptiveCard): AdaptiveCard {
  return {
    ...card,
    ...(card.actions
      ? {
          actions: card.actions.map((action) =>
            action.type === 'Action.Execute' ? action.fallback : action,
          ),
        }
      : {}),
  };
}
