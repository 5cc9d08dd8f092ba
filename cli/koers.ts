#!/usr/bin/env node
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../infra/config';
import { HelpShown } from './cli-args';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Redraws one status line in place, such as a progress bar; only when stderr is a terminal. */
  status?: (line: string) => void;
  /** The time commands act at; tests set it, everyone else gets the real clock. */
  clock?: () => Date;
}

export type CliCommand = (config: Config, io: CliIo, args: string[]) => Promise<number>;

/** One command from its module, loaded on first use (CommonJS: Jest runs no native import()). */
function lazy<M>(path: string, name: keyof M): CliCommand {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path) as M)[name] as CliCommand;
}

/**
 * Each command's code is loaded only when it runs: `koers export` then loads no botbuilder, no
 * pg-boss and no card modules, which kept about a thousand modules (and their memory) out of it.
 */
const commands: Record<string, { load: () => CliCommand; summary: string }> = {
  migrate: {
    load: () => lazy<typeof import('./migrate.command')>('./migrate.command', 'migrate'),
    summary: 'bring the database schema up to date',
  },
  doctor: {
    load: () => lazy<typeof import('./doctor.command')>('./doctor.command', 'doctor'),
    summary: 'check the settings and the database',
  },
  jobs: {
    load: () => lazy<typeof import('./jobs.command')>('./jobs.command', 'jobs'),
    summary: 'run-due [--at <ISO time>]: one scheduler pass as of that moment',
  },
  study: {
    load: () => lazy<typeof import('./study.command')>('./study.command', 'study'),
    summary: 'create | consent-text: a research study and its consent text',
  },
  org: {
    load: () => lazy<typeof import('./org.command')>('./org.command', 'org'),
    summary: 'create | holiday | list | commitment | poll-k: the organisations taking part',
  },
  invite: {
    load: () => lazy<typeof import('./invite.command')>('./invite.command', 'invite'),
    summary: '--org <id> --role <role>: a code to join in Teams',
  },
  roster: {
    load: () => lazy<typeof import('./roster.command')>('./roster.command', 'roster'),
    summary: 'import <file.csv> | list: who is in an organisation',
  },
  caseload: {
    load: () => lazy<typeof import('./caseload.command')>('./caseload.command', 'caseload'),
    summary: "add: put an aanjager or maatje on a teamcoach's caseload",
  },
  pair: {
    load: () => lazy<typeof import('./caseload.command')>('./caseload.command', 'pair'),
    summary: 'pair an aanjager with a maatje',
  },
  keys: {
    load: () => lazy<typeof import('./keys.command')>('./keys.command', 'keys'),
    summary: 'rotate: a new encryption key, older rows resealed with it',
  },
  interview: {
    load: () => lazy<typeof import('./interview.command')>('./interview.command', 'interview'),
    summary: 'plan | list | cancel: slotinterviews with the aanjager, maatje and a manager',
  },
  export: {
    load: () => lazy<typeof import('./export.command')>('./export.command', 'exportCommand'),
    summary: '--study <id> --format <xlsx|csv|qdpx> --out <path>: pseudonymised research export',
  },
  report: {
    load: () => lazy<typeof import('./report.command')>('./report.command', 'report'),
    summary: 'send | status | version | close: the member check of an oogstverslag',
  },
  audit: {
    load: () => lazy<typeof import('./audit.command')>('./audit.command', 'audit'),
    summary: '[--since <date>] [--action <name>] [--study <id>]: print the audit log',
  },
  demo: {
    load: () => lazy<typeof import('./demo.command')>('./demo.command', 'demo'),
    summary: '[--reset]: a demo school to try in the Playground (local mode only)',
  },
};

function usage(io: CliIo): void {
  io.out('usage: koers <command>');
  for (const [name, { summary }] of Object.entries(commands))
    io.out(`  ${name.padEnd(10)} ${summary}`);
}

/** Runs one subcommand and returns the exit code; settings come from the environment. */
export async function runCli(
  argv: string[],
  io: CliIo,
  env?: Record<string, string | undefined>,
): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    usage(name && name !== 'help' && name !== '--help' ? { out: io.err, err: io.err } : io);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.err(err.message);
    return 1;
  }
  try {
    return await command.load()(config, io, args);
  } catch (err) {
    if (err instanceof HelpShown) return 0;
    throw err;
  }
}

if (require.main === module) {
  const io: CliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    ...(process.stderr.isTTY && { status: (line) => process.stderr.write(`\r${line}`) }),
  };
  loadDotEnv();
  runCli(process.argv.slice(2), io).then(
    (code) => process.exit(code),
    (err: unknown) => {
      io.err(`koers: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
