import type { SubmitVerb } from '../../cards/submits';
import { templates, type KnownIds } from './fuzz-templates';
import {
  hostileText,
  nearlyValid,
  nested,
  pollutingObject,
  POLLUTING_KEYS,
  setOwn,
  wrongType,
} from './hostile-values';
import type { Prng } from './prng';

type Data = Record<string, unknown>;

const STRANGE_VERBS = [
  '',
  'HELP',
  'help ',
  'toString',
  '__proto__',
  'constructor',
  'logboek-delete',
];

/**
 * Card data as Teams would send it, then bent: a real button's data or a verb's inputs filled
 * in, with up to four mutations (a field dropped, retyped, made hostile or nearly valid, a
 * polluting key, another verb, deep nesting, or the whole value replaced).
 */
export function fuzzData(prng: Prng, ids: KnownIds, buttons: Data[], world: Data): unknown {
  const all = templates(prng, ids);
  const fromButton = buttons.length > 0 && prng.chance(0.4);
  const base: Data = fromButton ? { ...prng.pick(buttons) } : { verb: prng.pick(Object.keys(all)) };
  const inputs = all[base.verb as SubmitVerb] ?? {};
  for (const [key, make] of Object.entries(inputs)) {
    if (!(key in base) && prng.chance(0.85)) base[key] = make();
  }
  for (const [key, value] of Object.entries(base)) {
    if (typeof value === 'string' && value.endsWith('-of-world')) base[key] = world[key];
  }
  let data: unknown = base;
  const mutations = prng.pick([0, 0, 0, 1, 1, 2, 3, 4]);
  for (let i = 0; i < mutations; i += 1) data = mutate(prng, data, Object.keys(all));
  return data;
}

function mutate(prng: Prng, data: unknown, verbs: string[]): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const body = data as Data;
  const keys = Object.keys(body);
  const key = keys.length > 0 ? prng.pick(keys) : 'verb';
  switch (prng.int(0, 9)) {
    case 0:
      delete body[key];
      return body;
    case 1:
      setOwn(body, key, hostileText(prng));
      return body;
    case 2:
      setOwn(body, key, wrongType(prng));
      return body;
    case 3:
    case 4:
      setOwn(body, key, nearlyValid(prng));
      return body;
    case 5:
      setOwn(body, prng.pick(POLLUTING_KEYS), prng.chance(0.5) ? pollutingObject() : 'fuzz');
      return body;
    case 6:
      body.verb = prng.chance(0.7) ? prng.pick(verbs) : prng.pick(STRANGE_VERBS);
      return body;
    case 7:
      setOwn(body, prng.pick(['done-x', 'a9', 'q0', 'extra', 'Verb']), wrongType(prng));
      return body;
    case 8:
      setOwn(body, key, nested(prng.pick([50, 500, 2000, 8000]), prng.chance(0.5)));
      return body;
    default:
      return prng.chance(0.5) ? wrongType(prng) : hostileText(prng);
  }
}
