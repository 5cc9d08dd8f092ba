import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKoersCli } from '../support/run-cli';

describe('koers <command> --help', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'koers-help-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const run = (...argv: string[]) => runKoersCli(argv, { DATA_DIR: dataDir });

  it('when any command or subcommand is asked for --help, then it prints its usage on stdout and exits 0', async () => {
    const listed = await run('--help');
    const commands = [...listed.out.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1] ?? '');
    expect(commands).toEqual(expect.arrayContaining(['invite', 'export', 'pair', 'jobs', 'demo']));
    const asked: string[][] = [];
    for (const command of commands) {
      const help = await run(command, '--help');
      expect({ command, code: help.code, err: help.err }).toEqual({ command, code: 0, err: '' });
      expect(help.out).toMatch(new RegExp(`^usage: koers ${command}\\b`));
      // A command with subcommands lists their usage lines; each answers --help by itself too.
      for (const [, sub] of help.out.matchAll(
        new RegExp(`^usage: koers ${command} ([a-z-]+)`, 'gm'),
      )) {
        asked.push([command, sub ?? '']);
      }
    }
    expect(asked).toEqual(
      expect.arrayContaining([
        ['study', 'create'],
        ['jobs', 'run-due'],
      ]),
    );
    for (const argv of asked) {
      const help = await run(...argv, '-h');
      expect({ argv, code: help.code, err: help.err }).toEqual({ argv, code: 0, err: '' });
      expect(help.out).toMatch(new RegExp(`^usage: koers ${argv.join(' ')}`));
    }
  });

  it('when an argument is wrong rather than --help, then the usage still goes to stderr with exit 2', async () => {
    const wrong = await run('invite', '--colour', 'blue');
    expect(wrong.code).toBe(2);
    expect(wrong.out).toBe('');
    expect(wrong.err).toContain("Unknown option '--colour'");
  });
});
