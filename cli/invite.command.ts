import { z } from 'zod';
import { roles } from '../domain/roles';
import { localPartsOf } from '../domain/zoned-time';
import { arg, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand } from './koers';

const usage = `usage: koers invite --org <id> --role <${roles.join('|')}> [--days 14] [--uses 1]`;

const inviteArgs = z.object({
  org: arg.text(),
  role: z.enum(roles, `must be one of ${roles.join(', ')}`),
  days: arg.int(1, 365, 14),
  uses: arg.int(1, 1000, 1),
});

/** `koers invite`: a code someone types in Teams (`koppel <code>`) to join in that role. */
export const invite: CliCommand = async (config, io, rest) => {
  const args = parseCommandArgs(
    rest,
    {
      usage,
      options: {
        org: { type: 'string' },
        role: { type: 'string' },
        days: { type: 'string' },
        uses: { type: 'string' },
      },
      schema: inviteArgs,
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async ({ organisations, invites }) => {
    const found = await organisations.findOrganisation(args.org);
    if (!found) {
      io.err(`no organisation with id ${args.org}; \`koers org list\` shows them`);
      return 1;
    }
    const { code, expiresAt } = await invites.create(
      found.id,
      args.role,
      { validDays: args.days, uses: args.uses },
      new Date(),
    );
    // The code stops working at this moment, so the operator can pass the exact time on.
    const until = localPartsOf(expiresAt, found.timeZone);
    const time = `${pad(until.hour)}:${pad(until.minute)}`;
    const uses = args.uses === 1 ? '1 use' : `${args.uses} uses`;
    io.out(
      `code ${code} for ${args.role} at ${found.name}, valid until ${until.date} ${time} ${found.timeZone} (${uses}); in Teams: koppel ${code}`,
    );
    return 0;
  });
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
