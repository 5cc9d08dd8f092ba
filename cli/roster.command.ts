import { z } from 'zod';
import type { Config } from '../infra/config';
import { arg, dispatch, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand, CliIo } from './koers';
import { rosterImport, rosterImportUsage } from './roster-import.command';

const listUsage = 'usage: koers roster list --org <id>';

/** `koers roster import | list`: who belongs to an organisation, in which roles. */
export const roster: CliCommand = (config, io, args) =>
  dispatch(io, args, {
    import: { usage: rosterImportUsage, run: (rest) => rosterImport(config, io, rest) },
    list: { usage: listUsage, run: (rest) => list(config, io, rest) },
  });

async function list(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: listUsage,
      options: { org: { type: 'string' } },
      schema: z.object({ org: arg.text() }),
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async ({ organisations, members }) => {
    const found = await organisations.findOrganisation(args.org);
    if (!found) {
      io.err(`no organisation with id ${args.org}; \`koers org list\` shows them`);
      return 1;
    }
    const all = await members.list(found.id);
    if (all.length === 0) {
      io.out(`no one on the roster of ${found.name} yet; \`koers roster import\` adds people`);
      return 0;
    }
    const rolesOf = (roles: string[]) => roles.join(',') || '(no role)';
    const nameWidth = Math.max(...all.map((m) => m.name.length));
    const rolesWidth = Math.max(...all.map((m) => rolesOf(m.roles).length));
    for (const m of all) {
      const linked = m.personId ? 'yes' : 'no';
      io.out(
        `${m.id}  ${m.name.padEnd(nameWidth)}  ${rolesOf(m.roles).padEnd(rolesWidth)}  linked to Teams: ${linked}`,
      );
    }
    return 0;
  });
}
