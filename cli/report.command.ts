import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { roles } from '../domain/roles';
import type { Config } from '../infra/config';
import { OutboxStore } from '../infra/delivery/outbox.store';
import { MemberCheck } from '../services/member-check';
import { arg, dispatch, messageOf, parseCommandArgs, withStores } from './cli-args';
import type { CliIo } from './koers';
import { printReportStatus } from './report-status';

const usages = {
  send: 'usage: koers report send --org <id> --title <title> [--session <name>] --file <verslag.md> --to <e-mails and/or roles, comma-separated> --until <YYYY-MM-DD>',
  status: 'usage: koers report status --report <id>',
  version: 'usage: koers report version --report <id> --file <v2.md> [--until <YYYY-MM-DD>]',
  close: 'usage: koers report close --report <id>',
};

/** Large enough for any oogstverslag; a bigger file is most likely the wrong file. */
const MAX_REPORT_BYTES = 200_000;

const toList = z
  .string({ error: 'is required' })
  .transform((list) =>
    list
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .refine((items) => items.length > 0, 'is required')
  .refine(
    (items) =>
      items.every((item) => item.includes('@') || (roles as readonly string[]).includes(item)),
    `must be e-mail addresses or roles (${roles.join(', ')})`,
  );

const sendArgs = z.object({
  org: arg.text(),
  title: arg.text().pipe(z.string().max(200, 'must be at most 200 characters')),
  session: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  file: arg.text(),
  to: toList,
  until: arg.date(),
});
const reportArg = z.object({ report: arg.text() });
const versionArgs = reportArg.extend({ file: arg.text(), until: arg.date().optional() });

/** `koers report send | status | version | close`: the member check of an oogstverslag. */
export async function report(config: Config, io: CliIo, args: string[]): Promise<number> {
  if (args[0] === '--help' || args[0] === 'help' || args.includes('--help')) {
    for (const usage of Object.values(usages)) io.out(usage);
    return 0;
  }
  const now = io.clock ?? (() => new Date());
  return dispatch(io, args, {
    send: { usage: usages.send, run: (rest) => send(config, io, rest, now) },
    status: { usage: usages.status, run: (rest) => status(config, io, rest) },
    version: { usage: usages.version, run: (rest) => version(config, io, rest, now) },
    close: { usage: usages.close, run: (rest) => close(config, io, rest, now) },
  });
}

const text = { type: 'string' } as const;

async function send(config: Config, io: CliIo, rest: string[], now: () => Date) {
  const options = { org: text, title: text, session: text, file: text, to: text, until: text };
  const args = parseCommandArgs(rest, { usage: usages.send, options, schema: sendArgs }, io);
  if (!args) return 2;
  const body = await readReport(args.file, io);
  if (body === undefined) return 1;
  return withMemberCheck(config, async (check) => {
    const request = { ...args, organisationId: args.org, text: body };
    const outcome = await check.send(request, now());
    for (const { name, reason } of outcome.skipped) {
      io.err(
        `not sent to ${name}: ${reason === 'not-joined' ? 'has not joined Koers in Teams yet' : 'does not take part (no consent)'}`,
      );
    }
    if (!outcome.sent) {
      io.err(
        outcome.reason === 'unknown-organisation'
          ? `no organisation with id ${args.org}; \`koers org list\` shows them`
          : outcome.reason === 'until-passed'
            ? '--until has passed: give a day still to come'
            : 'nobody on the roster matches --to and takes part; nothing was sent',
      );
      return 1;
    }
    io.out(`report ${outcome.report.id} version 1 goes to ${outcome.to.join(', ')}`);
    io.out(`sha256 ${outcome.report.versions[0]!.sha256}`);
    io.out(`see who answered: koers report status --report ${outcome.report.id}`);
    return 0;
  });
}

async function version(config: Config, io: CliIo, rest: string[], now: () => Date) {
  const options = { report: text, file: text, until: text };
  const args = parseCommandArgs(rest, { usage: usages.version, options, schema: versionArgs }, io);
  if (!args) return 2;
  const body = await readReport(args.file, io);
  if (body === undefined) return 1;
  return withMemberCheck(config, async (check) => {
    const outcome = await check.publish(args.report, body, args.until, now());
    if (!outcome.sent) {
      io.err(
        outcome.reason === 'unknown'
          ? `no report with id ${args.report}`
          : outcome.reason === 'frozen'
            ? 'this report is final already: its approved version is frozen'
            : '--until has passed: give a day still to come',
      );
      return 1;
    }
    const current = outcome.report.versions.at(-1)!;
    io.out(`report ${args.report} version ${current.number} goes to ${outcome.to} people`);
    io.out(`sha256 ${current.sha256}`);
    return 0;
  });
}

async function close(config: Config, io: CliIo, rest: string[], now: () => Date) {
  const options = { report: text };
  const args = parseCommandArgs(rest, { usage: usages.close, options, schema: reportArg }, io);
  if (!args) return 2;
  return withMemberCheck(config, async (check) => {
    const outcome = await check.close(args.report, now());
    if (outcome === 'unknown') {
      io.err(`no report with id ${args.report}`);
      return 1;
    }
    if (outcome === 'frozen') io.out('this report was final already');
    const status = await check.status(args.report);
    if (status) printReportStatus(status, io);
    return 0;
  });
}

async function status(config: Config, io: CliIo, rest: string[]) {
  const options = { report: text };
  const args = parseCommandArgs(rest, { usage: usages.status, options, schema: reportArg }, io);
  if (!args) return 2;
  return withMemberCheck(config, async (check) => {
    const found = await check.status(args.report);
    if (!found) {
      io.err(`no report with id ${args.report}`);
      return 1;
    }
    printReportStatus(found, io);
    return 0;
  });
}

async function readReport(file: string, io: CliIo): Promise<string | undefined> {
  try {
    const body = await readFile(file, 'utf8');
    if (body.trim() === '') io.err(`${file} is empty`);
    else if (Buffer.byteLength(body) > MAX_REPORT_BYTES) io.err(`${file} is larger than 200 kB`);
    else return body;
  } catch (err) {
    io.err(`could not read ${file}: ${messageOf(err)}`);
  }
  return undefined;
}

function withMemberCheck(config: Config, work: (check: MemberCheck) => Promise<number>) {
  return withStores(config, (stores, database) =>
    work(
      new MemberCheck({
        stores,
        outbox: new OutboxStore(database.db, database.kind),
        appId: config.bot.appId,
        defaultLocale: config.defaultLocale,
        defaultTimeZone: config.defaultTimeZone,
      }),
    ),
  );
}
