import { z } from 'zod';
import type { Config } from '../infra/config';
import { arg, parseCommandArgs, withStores } from './cli-args';
import type { CliIo } from './koers';

export const commitmentUsage =
  'usage: koers org commitment --org <id> [--hours <agreed coach hours>] [--dagdelen <agreed dagdelen>]';

// Left out, a flag keeps that part of the agreement as it is.
const amount = (max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .max(max, `must be at most ${max}`)
    .optional();

const commitmentArgs = z.object({ org: arg.text(), hours: amount(1000), dagdelen: amount(100) });

/** `koers org commitment`: what the teamcoach agreed with an organisation, and what is used. */
export async function commitment(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: commitmentUsage,
      options: { org: { type: 'string' }, hours: { type: 'string' }, dagdelen: { type: 'string' } },
      schema: commitmentArgs,
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async ({ organisations, commitments }) => {
    const found = await organisations.findOrganisation(args.org);
    if (!found) {
      io.err(`no organisation with id ${args.org}; \`koers org list\` shows them`);
      return 1;
    }
    const agreed = await commitments.agreement(found.id);
    await commitments.agree(found.id, {
      hours: args.hours ?? agreed.hours,
      dagdelen: args.dagdelen ?? agreed.dagdelen,
    });
    const now = await commitments.summary(found.id);
    io.out(
      `${found.name}: ${now.hoursUsed} of ${now.hoursAgreed} coach hours, ${now.dagdelenHeld} of ${now.dagdelenAgreed} dagdelen`,
    );
    return 0;
  });
}
