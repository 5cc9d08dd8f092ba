import type { Prng } from './prng';

/**
 * Markdown and mention markup a card must show as text. The markers are unique to the fuzz, so
 * finding one raw (unescaped) in a card that Koers sent means user input reached it unescaped.
 */
export const MARKUP = [
  '<at>Docent 1</at>',
  '**fuzzvet**',
  '[fuzzlink](javascript:alert(1))',
  '_fuzzschuin_',
  '# fuzzkop',
  '![fuzzplaatje](https://example.org/x.png)',
] as const;

/**
 * Each MARKUP text as it looks when it reached a card raw: without the escapes. A heading is no
 * markup in Teams' card markdown, so "# fuzzkop" is shown as typed and needs no escape.
 */
export const RAW_MARKUP = [
  /(^|[^\\])<at>/i,
  /\*\*fuzzvet/,
  /\[fuzzlink\]/,
  /(^|[^\\])_fuzzschuin/,
  /!\[fuzzplaatje\]/,
];

const UNICODE = [
  '\uD800', // lone high surrogate
  'a\uDFFFb', // lone low surrogate
  '\u202Eabc\u202C', // right-to-left override
  '\u200F\u061C', // RTL and Arabic letter marks
  '\u200B\u200C\u200D\uFEFF', // zero-width characters
  'nul\u0000byte',
  '👩‍👩‍👧‍👦🏳️‍🌈🧑🏽‍🏫', // emoji ZWJ sequences
  'e\u0301\u0301\u0301\u0301',
  '𝕂𝕠𝕖𝕣𝕤',
  'שלום مرحبا',
  '\r\n\t\v\f',
];

const INJECTION = [
  "' or 1=1 --",
  "'); drop table people; --",
  '${process.exit()}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00%0d%0a',
];

/** Strings a text input might carry: ordinary, marked up, unusual, injected, empty, far too long. */
export function hostileText(prng: Prng): string {
  switch (prng.int(0, 6)) {
    case 0:
      return prng.pick(['twee mentoren gesproken', 'met de decaan koffie gedronken', 'ok']);
    case 1:
    case 2:
      return `${prng.pick(MARKUP)} ${prng.pick(['en verder', prng.pick(UNICODE)])}`;
    case 3:
      return prng.pick(UNICODE);
    case 4:
      return prng.pick(INJECTION);
    case 5:
      return prng.pick(['', ' ', '\n\n', '\u00A0']);
    default:
      return longText(prng);
  }
}

/** Around every limit the schemas set, and far beyond, in characters that escape long. */
function longText(prng: Prng): string {
  const length = prng.pick([100, 101, 300, 301, 500, 501, 1000, 1001, 4000, 4001, 20_001, 60_000]);
  const unit = prng.pick(['x', '*', '<at>', '👩‍👩‍👧', '\uD800', 'é']);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A value of the wrong JSON type for any field. */
export function wrongType(prng: Prng): unknown {
  return prng.pick<() => unknown>([
    () => null,
    () => true,
    () => 0,
    () => -1,
    () => 1e308,
    () => 2 ** 53 + 1,
    () => 1.5,
    () => [],
    () => ['1', '2'],
    () => ({}),
    () => ({ verb: 'help' }),
    () => nested(prng.pick([10, 100, 1000, 3000]), prng.chance(0.5)),
    () => pollutingObject(),
  ])();
}

/** Strings that look like numbers, dates, times and weeks but are not quite. */
export function nearlyValid(prng: Prng): string {
  return prng.pick([
    ...['1e20', '99999999999999999999', '-1', '-0', 'NaN', 'Infinity', '0x10', '1.5', ' 1'],
    ...['2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '2026-1-1', '20261001'],
    ...['24:00', '23:60', '9:00', '10:00:00', '-1:00'],
    ...['2025-W53', '2026-W53', '0000-W01', '9999-W52', '2026-W00', '2026-W54', '2026-w40'],
    ...['x'.repeat(100), 'x'.repeat(101), '00000000-0000-0000-0000-000000000000', 'undefined'],
  ]);
}

export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Sets a key as an own property, even `__proto__` (plain assignment would set the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export function pollutingObject(): Record<string, unknown> {
  const inner: Record<string, unknown> = { polluted: 'fuzz' };
  setOwn(inner, 'prototype', { polluted: 'fuzz' });
  const outer: Record<string, unknown> = {};
  setOwn(outer, '__proto__', inner);
  setOwn(outer, 'constructor', { prototype: { polluted: 'fuzz' } });
  return outer;
}

const DEEP = /"\\u0001deep:(\d+):(array|object)\\u0001"/g;

/**
 * `{ "a": { "a": ... } }` or `[[[...]]]`, `depth` levels deep. Stands in as a marker string:
 * JSON.stringify recurses and runs out of stack long before a request body runs out of bytes,
 * so `toJsonText` splices the nesting into the JSON text itself.
 */
export function nested(depth: number, asArray: boolean): string {
  return `\u0001deep:${depth}:${asArray ? 'array' : 'object'}\u0001`;
}

/** JSON text of a body that may hold `nested` markers. */
export function toJsonText(body: unknown): string {
  return JSON.stringify(body).replace(DEEP, (_, depth: string, kind: string) => {
    const [open, close] = kind === 'array' ? ['[', ']'] : ['{"a":', '}'];
    const n = Number(depth);
    return `${open.repeat(n)}"bodem"${close.repeat(n)}`;
  });
}
