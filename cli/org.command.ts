import { z } from 'zod';
import { careerTerms } from '../domain/organisations';
import type { Config } from '../infra/config';
import { arg, dispatch, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand, CliIo } from './koers';
import { commitment, commitmentUsage } from './org-commitment.command';
import { pollK, pollKUsage } from './org-poll-k.command';

const createUsage =
  'usage: koers org create --name <name> --study <id> [--term LOB|LB|SLB|SB] [--time-zone <IANA zone>]';
const holidayUsage =
  'usage: koers org holiday --org <id> --name <name> --from <YYYY-MM-DD> --to <YYYY-MM-DD>';
const listUsage = 'usage: koers org list';

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone, for example Europe/Amsterdam');

const createArgs = z.object({
  name: arg.text(),
  study: arg.text(),
  term: z.enum(careerTerms, `must be one of ${careerTerms.join(', ')}`).default('LOB'),
  'time-zone': timeZone.optional(),
});

const holidayArgs = z
  .object({ org: arg.text(), name: arg.text(), from: arg.date(), to: arg.date() })
  .refine((a) => a.from <= a.to, {
    message: 'must not be before --from',
    path: ['to'],
    // Only once both are real dates; otherwise their own messages say enough.
    when: (payload) => payload.issues.length === 0,
  });

/** `koers org create | holiday | list | commitment | poll-k`: the organisations in a study. */
export const org: CliCommand = (config, io, args) =>
  dispatch(io, args, {
    create: { usage: createUsage, run: (rest) => create(config, io, rest) },
    holiday: { usage: holidayUsage, run: (rest) => holiday(config, io, rest) },
    list: { usage: listUsage, run: (rest) => list(config, io, rest) },
    commitment: { usage: commitmentUsage, run: (rest) => commitment(config, io, rest) },
    'poll-k': { usage: pollKUsage, run: (rest) => pollK(config, io, rest) },
  });

async function create(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: createUsage,
      options: {
        name: { type: 'string' },
        study: { type: 'string' },
        term: { type: 'string' },
        'time-zone': { type: 'string' },
      },
      schema: createArgs,
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async ({ organisations }) => {
    if (!(await organisations.findStudy(args.study))) {
      io.err(`no study with id ${args.study}; \`koers study create\` makes one`);
      return 1;
    }
    const created = await organisations.createOrganisation(
      {
        studyId: args.study,
        name: args.name,
        careerTerm: args.term,
        timeZone: args['time-zone'] ?? config.defaultTimeZone,
      },
      new Date(),
    );
    io.out(created.id);
    return 0;
  });
}

async function holiday(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: holidayUsage,
      options: {
        org: { type: 'string' },
        name: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
      schema: holidayArgs,
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async ({ organisations }) => {
    const found = await organisations.findOrganisation(args.org);
    if (!found) {
      io.err(`no organisation with id ${args.org}; \`koers org list\` shows them`);
      return 1;
    }
    await organisations.addHoliday(
      found.id,
      {
        name: args.name,
        startsOn: args.from,
        endsOn: args.to,
      },
      new Date(),
    );
    io.out(`${args.name} (${args.from} to ${args.to}) added to ${found.name}`);
    return 0;
  });
}

async function list(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(rest, { usage: listUsage, options: {}, schema: z.object({}) }, io);
  if (!args) return 2;
  const [all, agreed, pollKs] = await withStores(config, ({ organisations, commitments, polls }) =>
    Promise.all([
      organisations.listOrganisations(),
      commitments.agreements(),
      polls.minAnswersByOrganisation(),
    ]),
  );
  if (all.length === 0) io.out('no organisations yet; `koers org create` adds one');
  const width = Math.max(0, ...all.map((o) => o.name.length));
  for (const o of all) {
    const { hours, dagdelen } = agreed.get(o.id) ?? { hours: 0, dagdelen: 0 };
    const agreement = `${hours} h, ${dagdelen} dagdelen`;
    const k = `poll k ${pollKs.get(o.id) ?? '?'}`;
    io.out(
      `${o.id}  ${o.name.padEnd(width)}  ${o.careerTerm.padEnd(3)}  ${o.timeZone}  ${agreement}  ${k}`,
    );
  }
  return 0;
}
