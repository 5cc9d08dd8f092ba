import { escapeMarkdown } from './adaptive-card';

// What one TextBlock around a text costs in the card's JSON, roughly.
const ELEMENT_BYTES = 64;
const ELLIPSIS = '…';

export interface Fitted {
  /** Escaped, in the order given; undefined where a text no longer fitted at all. */
  texts: (string | undefined)[];
  shortened: boolean;
}

/**
 * Escapes user texts for a card and keeps them, together, within `budget` bytes of card JSON:
 * Teams refuses a card that is too big. Texts are taken in order; the first that does not fit
 * whole is cut short with '…', and the ones after it are left out.
 */
export function escapeWithin(texts: readonly string[], budget: number): Fitted {
  let left = budget;
  let shortened = false;
  const fitted = texts.map((text) => {
    if (shortened) return undefined;
    const whole = escapeMarkdown(text);
    if (bytes(whole) <= left) {
      left -= bytes(whole);
      return whole;
    }
    shortened = true;
    return longestStartWithin(text, left);
  });
  return { texts: fitted, shortened };
}

function longestStartWithin(text: string, budget: number): string | undefined {
  const characters = [...text];
  const start = (n: number) =>
    `${escapeMarkdown(characters.slice(0, n).join('').trimEnd())}${ELLIPSIS}`;
  let [low, high] = [0, characters.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (bytes(start(middle)) <= budget) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? undefined : start(low);
}

function bytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text), 'utf8') + ELEMENT_BYTES;
}
