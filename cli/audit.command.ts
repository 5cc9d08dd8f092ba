import { z } from 'zod';
import { parseLocalDate } from '../domain/local-date';
import { startOfLocalDay } from '../domain/zoned-time';
import type { AuditRow } from '../infra/storage/audit.store';
import { arg, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand } from './koers';

const usage = 'usage: koers audit [--since <YYYY-MM-DD>] [--action <name>] [--study <id>]';

const auditArgs = z.object({
  since: arg.date().optional(),
  action: arg.text().optional(),
  study: arg.text().optional(),
});

/**
 * `koers audit`: the audit log, oldest first, one line per record: when (UTC), what, who, about
 * what, and its counts and ids. `--since` is a day in the default time zone.
 */
export const audit: CliCommand = async (config, io, rest) => {
  const args = parseCommandArgs(
    rest,
    {
      usage,
      options: { since: { type: 'string' }, action: { type: 'string' }, study: { type: 'string' } },
      schema: auditArgs,
    },
    io,
  );
  if (!args) return 2;
  const filter = {
    ...(args.since && {
      since: startOfLocalDay(parseLocalDate(args.since), config.defaultTimeZone),
    }),
    ...(args.action && { action: args.action }),
    ...(args.study && { subject: `study:${args.study}` }),
  };
  const rows = await withStores(config, (stores) => stores.audit.list(filter));
  if (rows.length === 0) io.err('no audit records match');
  for (const row of rows) io.out(auditLine(row));
  return 0;
};

function auditLine(row: AuditRow): string {
  const details = Object.entries(row.details).map(([key, value]) => `${key}=${String(value)}`);
  const at = row.at.toISOString().replace('T', ' ').slice(0, 19);
  return [at, row.action, `by ${row.actor}`, `about ${row.subject ?? '-'}`, ...details].join('  ');
}
