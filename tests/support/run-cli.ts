import { runCli } from '../../cli/koers';

/** Runs a `koers` subcommand in-process with these settings; collects what it printed. */
export async function runKoersCli(argv: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
