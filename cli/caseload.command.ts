import { z } from 'zod';
import type { Organisation } from '../domain/organisations';
import type { Role } from '../domain/roles';
import type { Config } from '../infra/config';
import type { Member } from '../domain/organisations';
import type { Stores } from '../infra/storage/stores';
import { arg, dispatch, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand, CliIo } from './koers';

const caseloadUsage =
  'usage: koers caseload add --org <id> --coach <member id|e-mail|AAD object id> --member <member id|e-mail|AAD object id>';
const pairUsage =
  'usage: koers pair --org <id> --aanjager <member id|e-mail|AAD object id> --maatje <member id|e-mail|AAD object id>';

/** `koers caseload add`: a teamcoach coaches this aanjager or maatje. */
export const caseload: CliCommand = (config, io, args) =>
  dispatch(io, args, { add: { usage: caseloadUsage, run: (rest) => add(config, io, rest) } });

async function add(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: caseloadUsage,
      options: { org: { type: 'string' }, coach: { type: 'string' }, member: { type: 'string' } },
      schema: z.object({ org: arg.text(), coach: arg.text(), member: arg.text() }),
    },
    io,
  );
  if (!args) return 2;
  return link(config, io, args.org, async (find, members) => {
    const coach = await find(args.coach, '--coach', ['teamcoach']);
    const member = coach && (await find(args.member, '--member', ['aanjager', 'maatje']));
    if (!coach || !member) return 1;
    if (coach.id === member.id) {
      io.err(`${coach.name} cannot be on their own caseload`);
      return 1;
    }
    await members.assignCoach(coach.id, member.id);
    io.out(`${member.name} is on the caseload of ${coach.name} now`);
    return 0;
  });
}

/** `koers pair`: an aanjager and the maatje who works with them. */
export const pair: CliCommand = async (config, io, rest) => {
  const args = parseCommandArgs(
    rest,
    {
      usage: pairUsage,
      options: {
        org: { type: 'string' },
        aanjager: { type: 'string' },
        maatje: { type: 'string' },
      },
      schema: z.object({ org: arg.text(), aanjager: arg.text(), maatje: arg.text() }),
    },
    io,
  );
  if (!args) return 2;
  return link(config, io, args.org, async (find, members) => {
    const aanjager = await find(args.aanjager, '--aanjager', ['aanjager']);
    const maatje = aanjager && (await find(args.maatje, '--maatje', ['maatje']));
    if (!aanjager || !maatje) return 1;
    if (aanjager.id === maatje.id) {
      io.err(`${aanjager.name} cannot be their own maatje`);
      return 1;
    }
    await members.pair(aanjager.id, maatje.id);
    io.out(`${aanjager.name} (aanjager) and ${maatje.name} (maatje) are paired now`);
    return 0;
  });
};

type FindMember = (ref: string, flag: string, roles: Role[]) => Promise<Member | undefined>;

/** Finds the organisation, then hands over a lookup that explains an unknown ref or wrong role. */
function link(
  config: Config,
  io: CliIo,
  organisationId: string,
  work: (find: FindMember, members: Stores['members']) => Promise<number>,
): Promise<number> {
  return withStores(config, async ({ organisations, members }) => {
    const found = await organisations.findOrganisation(organisationId);
    if (!found) {
      io.err(`no organisation with id ${organisationId}; \`koers org list\` shows them`);
      return 1;
    }
    const find: FindMember = async (ref, flag, roles) => {
      const member = await members.find(found.id, ref);
      const problem = member ? roleProblem(member, roles, found) : unknown(ref, found);
      if (problem) io.err(`${flag}: ${problem}`);
      return problem ? undefined : member;
    };
    return work(find, members);
  });
}

function unknown(ref: string, organisation: Organisation): string {
  return `no one on the roster of ${organisation.name} is "${ref}" (id, e-mail or AAD object id); \`koers roster list --org ${organisation.id}\` shows them`;
}

function roleProblem(
  member: Member,
  roles: Role[],
  organisation: Organisation,
): string | undefined {
  if (member.roles.some((role) => roles.includes(role))) return undefined;
  const has = member.roles.length ? member.roles.join(', ') : 'no role';
  return `${member.name} is not ${roles.map(article).join(' or ')} at ${organisation.name} (has ${has})`;
}

function article(role: Role): string {
  return /^[aeiou]/.test(role) ? `an ${role}` : `a ${role}`;
}
