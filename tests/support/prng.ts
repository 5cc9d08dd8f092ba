/**
 * A small seeded generator (mulberry32): the same seed gives the same run, so a fuzz failure
 * can be replayed with `FUZZ_SEED=<seed>`.
 */
export class Prng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }
}

/** The seed from FUZZ_SEED, or a fresh one; the test prints it either way. */
export function fuzzSeed(fromEnv: string | undefined): number {
  const given = Number(fromEnv);
  return Number.isInteger(given) && fromEnv !== '' ? given >>> 0 : Date.now() >>> 0;
}
