import { z } from 'zod';
import { LOWEST_MIN_ANSWERS } from '../domain/polls';
import type { Config } from '../infra/config';
import { arg, parseCommandArgs, withStores } from './cli-args';
import type { CliIo } from './koers';

export const pollKUsage = `usage: koers org poll-k --org <id> --k <answers needed, at least ${LOWEST_MIN_ANSWERS}>`;

const pollKArgs = z.object({
  org: arg.text(),
  k: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(
      LOWEST_MIN_ANSWERS,
      `must be at least ${LOWEST_MIN_ANSWERS}: with fewer answers a small team could tell who said what`,
    )
    .max(100, 'must be at most 100'),
});

/** `koers org poll-k`: how many answers a poll needs before its owner sees results (k). */
export async function pollK(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: pollKUsage,
      options: { org: { type: 'string' }, k: { type: 'string' } },
      schema: pollKArgs,
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async ({ organisations, polls }) => {
    const found = await organisations.findOrganisation(args.org);
    if (!found || !(await polls.setMinAnswers(found.id, args.k))) {
      io.err(`no organisation with id ${args.org}; \`koers org list\` shows them`);
      return 1;
    }
    // Polls already sent keep the k they were sent with.
    io.out(`${found.name}: new polls show results from ${args.k} answers`);
    return 0;
  });
}
