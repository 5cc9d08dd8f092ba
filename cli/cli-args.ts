import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { loadKeys } from '../infra/crypto/keys';
import type { Config } from '../infra/config';
import { openConfiguredDatabase, type Database } from '../infra/storage/database';
import { migrateToLatest } from '../infra/storage/migrate';
import { createStores, type Stores } from '../infra/storage/stores';
import { isValidLocalDate } from '../domain/local-date';
import type { CliIo } from './koers';

export interface ArgsSpec<S extends z.ZodType> {
  /** One line, printed to stderr when the arguments are wrong. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Names of the positional arguments, in order; the schema sees them under these names. */
  positionals?: string[];
  /** Checks the flags (by their long name) and the named positionals together. */
  schema: S;
}

/**
 * `--help` asked for the usage, which is printed: not an error, so `runCli` exits 0. Thrown, so
 * every command that parses its arguments answers `--help` without a branch of its own.
 */
export class HelpShown extends Error {
  constructor() {
    super('help shown');
  }
}

/** `--help` or `-h` anywhere before a `--` that ends the options. */
export function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * The arguments after the subcommand, parsed and checked. On a wrong or missing argument it prints
 * the reason and the usage line and returns undefined; the caller then exits with 2. On `--help`
 * it prints the usage on stdout and throws HelpShown.
 */
export function parseCommandArgs<S extends z.ZodType>(
  args: string[],
  spec: ArgsSpec<S>,
  io: CliIo,
): z.output<S> | undefined {
  if (asksForHelp(args)) {
    io.out(spec.usage);
    throw new HelpShown();
  }
  const names = spec.positionals ?? [];
  let raw: Record<string, unknown>;
  try {
    const { values, positionals } = parseArgs({
      args,
      options: spec.options,
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== names.length) {
      const expected = names.length ? names.map((n) => `<${n}>`).join(' ') : 'none';
      return fail(io, spec.usage, `expected positional arguments: ${expected}`);
    }
    raw = { ...values, ...Object.fromEntries(names.map((name, i) => [name, positionals[i]])) };
  } catch (err) {
    // Node's messages go on to explain `--name=-x` and `--`; the first sentence is the point.
    const message = messageOf(err);
    return fail(io, spec.usage, message.split(/(?<=\.) /)[0] ?? message);
  }
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const label = names.includes(key) ? `<${key}>` : key ? `--${key}` : 'arguments';
    return `${label} ${issue.message}`;
  });
  return fail(io, spec.usage, problems.join('; '));
}

/** An error's message; `instanceof Error` misses errors from another realm (as under Jest). */
export function messageOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'message' in err
    ? String(err.message)
    : String(err);
}

function fail(io: CliIo, usage: string, reason: string): undefined {
  io.err(reason);
  io.err(usage);
  return undefined;
}

/** Zod pieces for flag values, which parseArgs hands over as strings (or true, or undefined). */
export const arg = {
  text: () => z.string({ error: 'is required' }).trim().min(1, 'is required'),
  email: () => z.string({ error: 'is required' }).trim().pipe(z.email('must be an e-mail address')),
  date: () =>
    z
      .string({ error: 'is required' })
      .refine(isValidLocalDate, 'must be a date written YYYY-MM-DD'),
  int: (min: number, max: number, fallback: number) =>
    z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  flag: () => z.boolean().default(false),
};

/**
 * Subcommands of one command, by name; a missing or unknown one prints all their usage lines,
 * on stdout with exit 0 when `--help` asked for them.
 */
export function dispatch(
  io: CliIo,
  args: string[],
  subcommands: Record<string, { usage: string; run: (rest: string[]) => Promise<number> }>,
): Promise<number> {
  const [name, ...rest] = args;
  const subcommand = name === undefined ? undefined : subcommands[name];
  if (!subcommand && asksForHelp(args)) {
    for (const { usage } of Object.values(subcommands)) io.out(usage);
    return Promise.resolve(0);
  }
  if (!subcommand) {
    for (const { usage } of Object.values(subcommands)) io.err(usage);
    return Promise.resolve(2);
  }
  return subcommand.run(rest);
}

/** Opens the configured database, brings it up to date, and closes it once `work` is done. */
export async function withStores<T>(
  config: Config,
  work: (stores: Stores, database: Database) => Promise<T>,
  options: { oneLongRead?: boolean } = {},
): Promise<T> {
  const database = openConfiguredDatabase(config, undefined, options);
  try {
    await migrateToLatest(database);
    return await work(createStores(database, loadKeys(config)), database);
  } finally {
    await database.close();
  }
}
