import { runCli } from '../../cli/koers';

/** Runs a `koers` subcommand in-process with these settings; collects what it printed. */
export async function runKoersCli(argv: string[], env: Record<string, string>, clock?: () => Date) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const code = await runCli(argv, clock ? { ...io, clock } : io, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
