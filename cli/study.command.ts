import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { defaultConsentText } from '../cards/consent-text.default';
import { isValidLocalDate } from '../domain/local-date';
import type { Config } from '../infra/config';
import { arg, dispatch, messageOf, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand, CliIo } from './koers';

const createUsage =
  'usage: koers study create --name <name> --contact-name <name> --contact-email <e-mail> [--full-erasure] [--working-days 5] [--extra-days 2027-03-26,2027-05-07]';
const consentUsage =
  'usage: koers study consent-text --study <id> (--nl <file> [--en <file>] | --default)';

const createArgs = z.object({
  name: arg.text(),
  'contact-name': arg.text(),
  'contact-email': arg.email(),
  'full-erasure': arg.flag(),
  'working-days': arg.int(1, 30, 5),
  'extra-days': z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((day) => day.trim())
        .filter(Boolean),
    )
    .refine(
      (days) => days.every(isValidLocalDate),
      'must be dates written YYYY-MM-DD, comma-separated',
    ),
});

const consentArgs = z
  .object({
    study: arg.text(),
    nl: arg.text().optional(),
    en: arg.text().optional(),
    default: arg.flag(),
  })
  .refine((a) => (a.default ? a.nl === undefined && a.en === undefined : a.nl !== undefined), {
    path: ['nl'],
    message: 'is required, unless --default alone publishes the standard text',
  });

/** `koers study create | consent-text`: a research study, and new versions of its consent text. */
export const study: CliCommand = (config, io, args) =>
  dispatch(io, args, {
    create: { usage: createUsage, run: (rest) => create(config, io, rest) },
    'consent-text': { usage: consentUsage, run: (rest) => consentText(config, io, rest) },
  });

async function create(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: createUsage,
      options: {
        name: { type: 'string' },
        'contact-name': { type: 'string' },
        'contact-email': { type: 'string' },
        'full-erasure': { type: 'boolean' },
        'working-days': { type: 'string' },
        'extra-days': { type: 'string' },
      },
      schema: createArgs,
    },
    io,
  );
  if (!args) return 2;
  const draft = {
    name: args.name,
    contact: { name: args['contact-name'], email: args['contact-email'] },
    erasure: args['full-erasure'] ? ('full' as const) : ('window' as const),
    withdrawalWorkingDays: args['working-days'],
    extraNonWorkingDays: args['extra-days'],
  };
  const created = await withStores(config, (stores) =>
    stores.organisations.createStudy(draft, defaultConsentText(draft), new Date()),
  );
  io.out(created.id);
  return 0;
}

async function consentText(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: consentUsage,
      options: {
        study: { type: 'string' },
        nl: { type: 'string' },
        en: { type: 'string' },
        default: { type: 'boolean' },
      },
      schema: consentArgs,
    },
    io,
  );
  if (!args) return 2;
  const texts = args.nl === undefined ? undefined : await readTexts(args.nl, args.en, io);
  if (args.nl !== undefined && texts === undefined) return 1;
  return withStores(config, async (stores) => {
    const study = await stores.organisations.findStudy(args.study);
    if (!study) {
      io.err(`no study with id ${args.study}`);
      return 1;
    }
    // Only the given languages are stored; reading falls back to Dutch where English is missing.
    const published = texts ?? defaultConsentText(study);
    const version = await stores.organisations.publishConsentText(study.id, published, new Date());
    io.out(
      `consent text version ${version} published${published.en === undefined ? ' (English falls back to the Dutch text)' : ''}`,
    );
    return 0;
  });
}

async function readTexts(
  nlFile: string,
  enFile: string | undefined,
  io: CliIo,
): Promise<{ nl: string; en?: string } | undefined> {
  const nl = await readText(nlFile, 'Dutch', io);
  const en = enFile === undefined ? undefined : await readText(enFile, 'English', io);
  if (nl === undefined || (enFile !== undefined && en === undefined)) return undefined;
  return en === undefined ? { nl } : { nl, en };
}

/** The file's text, or undefined after saying why it cannot be used. */
async function readText(file: string, language: string, io: CliIo): Promise<string | undefined> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').trim();
  } catch (err) {
    io.err(`cannot read the ${language} text: ${messageOf(err)}`);
    return undefined;
  }
  if (text === '') io.err(`cannot use ${file} as the ${language} text: the file is empty`);
  return text || undefined;
}
