/**
 * What someone means by `logboek <words>`: a few words that name an intent do it, in Dutch or
 * English; anything else is a note for this week's logboek. Decision: only short, exact forms
 * count as intents ("week 48", "van Anouk"), so a note that starts with one of these words
 * ("van de week sprak ik de decaan") stays a note.
 */
export type LogboekIntent =
  | { kind: 'fill-in' }
  | { kind: 'view' }
  | { kind: 'week'; week: number }
  | { kind: 'of-someone' }
  | { kind: 'note'; text: string };

const fillIn = new Set(['invullen', 'schrijven', 'openen', 'fill in', 'write', 'open', 'fill']);
const view = new Set([
  'bekijken',
  'bekijk',
  'lezen',
  'terugkijken',
  'overzicht',
  'geschiedenis',
  'view',
  'show',
  'read',
  'history',
  'overview',
]);
const week = /^(?:week|wk)\s*(\d{1,2})$/u;
// One or two words after "van"/"of" that can be a name: "van Anouk", "van anouk bakker".
const ofSomeone = /^(?:van|of|from) ([\p{L}'’-]+)(?: [\p{L}'’-]+)?$/u;
const notAName = new Set(
  [
    'de',
    'het',
    'een',
    'deze',
    'die',
    'dit',
    'vandaag',
    'gisteren',
    'morgen',
    'mij',
    'me',
    'ons',
  ].concat(['mijn', 'harte', 'the', 'this', 'today', 'yesterday', 'my', 'me', 'us', 'course']),
);

export function logboekIntent(args: string): LogboekIntent {
  const text = args.trim();
  const words = text
    .toLowerCase()
    .replace(/[.!?]+$/u, '')
    .replace(/\s+/gu, ' ');
  if (words === '' || fillIn.has(words)) return { kind: 'fill-in' };
  if (view.has(words)) return { kind: 'view' };
  const number = week.exec(words)?.[1];
  if (number !== undefined && Number(number) >= 1 && Number(number) <= 53) {
    return { kind: 'week', week: Number(number) };
  }
  const name = ofSomeone.exec(words)?.[1];
  if (name !== undefined && !notAName.has(name)) return { kind: 'of-someone' };
  return { kind: 'note', text: args };
}
