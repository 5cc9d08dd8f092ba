#!/usr/bin/env node
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../infra/config';
import { audit } from './audit.command';
import { caseload, pair } from './caseload.command';
import { HelpShown } from './cli-args';
import { demo } from './demo.command';
import { doctor } from './doctor.command';
import { exportCommand } from './export.command';
import { invite } from './invite.command';
import { jobs } from './jobs.command';
import { keys } from './keys.command';
import { migrate } from './migrate.command';
import { org } from './org.command';
import { roster } from './roster.command';
import { study } from './study.command';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Redraws one status line in place, such as a progress bar; only when stderr is a terminal. */
  status?: (line: string) => void;
}

export type CliCommand = (config: Config, io: CliIo, args: string[]) => Promise<number>;

const commands: Record<string, { run: CliCommand; summary: string }> = {
  migrate: { run: migrate, summary: 'bring the database schema up to date' },
  doctor: { run: doctor, summary: 'check the settings and the database' },
  jobs: { run: jobs, summary: 'run-due [--at <ISO time>]: one scheduler pass as of that moment' },
  study: { run: study, summary: 'create | consent-text: a research study and its consent text' },
  org: {
    run: org,
    summary: 'create | holiday | list | commitment | poll-k: the organisations taking part',
  },
  invite: { run: invite, summary: '--org <id> --role <role>: a code to join in Teams' },
  roster: { run: roster, summary: 'import <file.csv> | list: who is in an organisation' },
  caseload: { run: caseload, summary: "add: put an aanjager or maatje on a teamcoach's caseload" },
  pair: { run: pair, summary: 'pair an aanjager with a maatje' },
  keys: { run: keys, summary: 'rotate: a new encryption key, older rows resealed with it' },
  export: {
    run: exportCommand,
    summary: '--study <id> [--as <name>]: pseudonymised research export (xlsx|csv)',
  },
  audit: {
    run: audit,
    summary: '[--since <date>] [--action <name>] [--study <id>]: print the audit log',
  },
  demo: {
    run: demo,
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
    return await command.run(config, io, args);
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
