import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { userInfo } from 'node:os';
import { z } from 'zod';
import { exportFormats } from '../research/document-writer';
import { exportStudy, type ExportResult } from '../research/research-export';
import { exportLayouts } from '../research/research-layouts';
import { arg, messageOf, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand } from './koers';
import { progressReporter } from './progress-bar';

const usage = `usage: koers export --study <id> --format <${exportFormats.join('|')}> --out <path> [--for <${exportLayouts.join('|')}>] [--as <name>]`;

const exportArgs = z.object({
  study: arg.text(),
  format: z.enum(exportFormats, `must be one of ${exportFormats.join(', ')}`),
  out: arg.text(),
  for: z.enum(exportLayouts, `must be one of ${exportLayouts.join(', ')}`).default('maxqda'),
  as: arg.text().optional(),
});

/** Who ran the command when they did not say: the account it runs under. */
function operatingSystemUser(): string {
  try {
    return userInfo().username;
  } catch {
    // an account without a name in /etc/passwd (a container's bare uid) still tells them apart
    return `uid ${process.getuid?.() ?? '?'}`;
  }
}

/**
 * Why contributions are missing: still inside their bedenktijd, they may yet be withdrawn and
 * destroyed (C4), which a file handed to researchers would survive.
 */
function heldBackLine({ count, until }: ExportResult['heldBack']): string | undefined {
  if (count === 0 || !until) return undefined;
  const when = `${until.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return count === 1
    ? `1 contribution held back: it is still inside its bedenktijd (until ${when}) and may yet ` +
        'be withdrawn; export again after that to include it.'
    : `${count} contributions held back: they are still inside their bedenktijd (the last until ` +
        `${when}) and may yet be withdrawn; export again after that to include them.`;
}

/** `koers export`: the study's pseudonymised documents for MAXQDA, ATLAS.ti or NVivo, audited. */
export const exportCommand: CliCommand = async (config, io, rest) => {
  const args = parseCommandArgs(
    rest,
    {
      usage,
      options: {
        study: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        for: { type: 'string' },
        as: { type: 'string' },
      },
      schema: exportArgs,
    },
    io,
  );
  if (!args) return 2;
  return withStores(
    config,
    async (stores) => {
      if (!(await stores.organisations.findStudy(args.study))) {
        io.err(`no study with id ${args.study}`);
        return 1;
      }
      // Research data: readable by the operator's account only.
      const file = createWriteStream(args.out, { mode: 0o600 });
      try {
        await once(file, 'open');
      } catch (err) {
        io.err(`cannot write ${args.out}: ${messageOf(err)}`);
        return 1;
      }
      const progress = progressReporter(io);
      const request = {
        studyId: args.study,
        format: args.format,
        layout: args.for,
        actor: `cli:${args.as ?? operatingSystemUser()}`,
        at: io.clock ? io.clock() : new Date(),
      };
      try {
        const result = await exportStudy(stores, request, file, progress.update);
        progress.finish(`${result.rows} documents of study ${args.study} written to ${args.out}`);
        const heldBack = heldBackLine(result.heldBack);
        if (heldBack) io.err(heldBack);
        return 0;
      } catch (err) {
        // Half a file is worse than none: it looks complete to whoever opens it.
        file.destroy();
        rmSync(args.out, { force: true });
        throw err;
      }
    },
    { oneLongRead: true },
  );
};
