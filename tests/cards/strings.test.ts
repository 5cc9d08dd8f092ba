import type { Language } from '../../domain/language';
import { strings } from '../../cards/strings';

/**
 * Words that are only ever shown inside a sentence or after a middle dot (progress facts, a
 * role, a weekday, a date), so they start in lower case; everything else is a sentence, title,
 * label or button and starts with a capital.
 */
const PARTS = new Set([
  'consent.fullErasureValue',
  'progress.lastEntry',
  'progress.nothingYet',
  'progress.openActions',
  'progress.nextCheckIn',
  'progress.noCheckIn',
  'progress.paused',
  'progress.holiday',
  'progress.stopped',
  'progress.called',
  'roles',
  'moment.weekdays',
  'logboek.dueBy',
  'logboek.goalTags',
  'myLogboek.skipped',
  'myLogboek.nothing',
  'myLogboek.quiet',
  'commitment.hours',
  'commitment.onDate',
  'commitment.dagdeel',
  'checkIn.at',
  'checkIn.minutes',
  'checkIn.modes',
  'checkIn.list',
  'poll.kinds',
  'poll.answers',
  'withdraw.items',
]);

/** Scale ends read "1 nog weinig" and "5 heel erg" on the card. */
const isScaleEnd = (path: string) => /^poll\.templates\.[^.]+\.questions\.\d+\.choices/.test(path);

/** Every text in the table, with where it sits; a function is shown with a name for each value. */
function texts(value: unknown, path: string): { path: string; text: string }[] {
  if (PARTS.has(path) || [...PARTS].some((part) => path.startsWith(`${part}.`))) return [];
  if (isScaleEnd(path) || path.endsWith('.kind')) return [];
  if (typeof value === 'string') return value === '' ? [] : [{ path, text: value }];
  if (typeof value === 'function') {
    const shown = (value as (...args: unknown[]) => unknown)('Sanne', 'Sanne', 'Sanne');
    return texts(shown, path);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      texts(inner, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

describe.each<Language>(['nl', 'en'])('strings in %s', (language) => {
  const all = texts(strings(language), '');

  it('when shown, then every sentence starts with a capital', () => {
    const lowerStart = all.filter(({ text }) => !/^[\p{Lu}\d"]/u.test(text));
    expect(lowerStart).toEqual([]);
    const lowerAfterFullStop = all.filter(({ text }) => /[.?!]\s+\p{Ll}/u.test(text));
    expect(lowerAfterFullStop).toEqual([]);
  });

  it('when Koers or Teams is named, then as a name, and nothing shouts', () => {
    // "teams" alone is also the plural of team ("de aanjagers en hun teams").
    expect(all.filter(({ text }) => /\bkoers\b|\b(in|via) teams\b/.test(text))).toEqual([]);
    expect(all.filter(({ text }) => /\b\p{Lu}{3,}\b/u.test(text))).toEqual([]);
  });

  it('when the bot names its help word, then the unknown-text answer points to it', () => {
    expect(strings(language).messages.unknownText('hulp')).toContain('hulp');
  });
});
