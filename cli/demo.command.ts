import { z } from 'zod';
import { defaultConsentText } from '../cards/consent-text.default';
import { addDays, dayOfWeek } from '../domain/local-date';
import { roles, type Role } from '../domain/roles';
import { localDateOf } from '../domain/zoned-time';
import type { Config } from '../infra/config';
import type { Stores } from '../infra/storage/stores';
import { arg, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand, CliIo } from './koers';
import { playgroundTabUrl, playgroundUser } from './playground-user';

const usage = 'usage: koers demo [--reset]';

const study = {
  name: 'Demo: LOB van iedereen',
  contact: { name: 'Anna de Vries', email: 'anna.devries@demo.example' },
  erasure: 'window' as const,
  withdrawalWorkingDays: 5,
  extraNonWorkingDays: [],
};

// `.example` addresses: no real school, and nobody the Playground's own users could be.
const roster = [
  { name: 'Jan Jansen', email: 'jan.jansen@demo.example', role: 'teamcoach' },
  { name: 'Piet Pieters', email: 'piet.pieters@demo.example', role: 'aanjager' },
  { name: 'Kim de Boer', email: 'kim.deboer@demo.example', role: 'maatje' },
] as const;

const INVITE = { validDays: 14, uses: 5 };

/**
 * `koers demo [--reset]`: a study and school to try Koers with in the Playground, in one go;
 * `--reset` removes what it made and nothing else. Local mode only.
 */
export const demo: CliCommand = async (config, io, rest) => {
  const args = parseCommandArgs(
    rest,
    { usage, options: { reset: { type: 'boolean' } }, schema: z.object({ reset: arg.flag() }) },
    io,
  );
  if (!args) return 2;
  if (config.mode === 'production') {
    io.err(
      'koers demo runs in local mode only (no MicrosoftAppId): it makes invite codes anyone could use',
    );
    return 1;
  }
  return withStores(config, (stores) =>
    args.reset ? reset(stores, io) : make(stores, config, io),
  );
};

async function make(stores: Stores, config: Config, io: CliIo): Promise<number> {
  const [existing] = await stores.demo.find();
  if (existing) {
    io.err(
      `there is a demo already (school ${existing.organisationId}); \`koers demo --reset\` removes it, or \`koers invite --org ${existing.organisationId} --role aanjager\` makes a new code`,
    );
    return 1;
  }
  const at = new Date();
  const created = await stores.organisations.createStudy(study, defaultConsentText(study), at);
  await stores.demo.record(created.id, at);
  try {
    const school = await stores.organisations.createOrganisation(
      {
        studyId: created.id,
        name: 'Demo-college',
        careerTerm: 'LOB',
        timeZone: config.defaultTimeZone,
      },
      at,
    );
    const holiday = holidayFrom(localDateOf(at, school.timeZone));
    await stores.organisations.addHoliday(school.id, holiday, at);
    const [coach = '', aanjager = '', maatje = ''] = await stores.roster.importRoster(
      school.id,
      roster,
      'cli:demo',
      at,
    );
    await stores.members.assignCoach(coach, aanjager);
    await stores.members.pair(aanjager, maatje);
    const codes = new Map<Role, string>();
    for (const role of roles)
      codes.set(role, (await stores.invites.create(school.id, role, INVITE, at)).code);
    printMade(io, {
      studyId: created.id,
      schoolId: school.id,
      holiday,
      codes,
      baseUrl: config.publicBaseUrl,
    });
    return 0;
  } catch (err) {
    // Half a demo would block the next `koers demo`; what was made goes again.
    await stores.demo.removeAll();
    throw err;
  }
}

/** A week off from the Monday four weeks ahead, so the demo shows how prompts pause. */
function holidayFrom(today: string) {
  const startsOn = addDays(today, 28 - (dayOfWeek(today) - 1));
  return { name: 'demovakantie', startsOn, endsOn: addDays(startsOn, 6) };
}

function printMade(
  io: CliIo,
  made: {
    studyId: string;
    schoolId: string;
    holiday: { name: string; startsOn: string; endsOn: string };
    codes: Map<Role, string>;
    baseUrl: string;
  },
): void {
  const [coach, aanjager, maatje] = roster;
  const codes = [...made.codes].map(([role, code]) => `${role} ${code}`).join(', ');
  io.out(
    `demo study ${made.studyId}: "${study.name}", contact person ${study.contact.name} <${study.contact.email}>`,
  );
  io.out(
    `demo school ${made.schoolId}: Demo-college, ${made.holiday.name} ${made.holiday.startsOn} to ${made.holiday.endsOn}`,
  );
  io.out(
    `roster: ${coach.name} (teamcoach) coaches ${aanjager.name} (aanjager), paired with ${maatje.name} (maatje)`,
  );
  io.out(`invite codes (${INVITE.validDays} days, ${INVITE.uses} uses each): ${codes}`);
  io.out('');
  io.out('With `npm start` running, open the Playground (`npm run playground`) and type:');
  io.out('');
  io.out(`  koppel ${made.codes.get('aanjager') ?? ''}`);
  io.out('');
  io.out(
    'You join Demo-college as aanjager and get the consent card. Then try `logboek`, `peiling`',
  );
  io.out(
    '(a poll from one of its templates), `voortgang` or `help`; another code gives another role.',
  );
  io.out('');
  io.out(`The dashboard tab as the Playground user (${playgroundUser.name}), once joined:`);
  io.out(`  ${playgroundTabUrl(made.baseUrl)}`);
  io.out('');
  io.out('`koers demo --reset` removes the demo again, and what was done in it.');
}

async function reset(stores: Stores, io: CliIo): Promise<number> {
  const removed = await stores.demo.removeAll();
  if (removed.studies === 0) {
    io.out('there is no demo to remove');
    return 0;
  }
  io.out(
    `removed the demo: ${removed.studies} study, ${removed.organisations} school, ${removed.members} people on its roster, and what they did in it`,
  );
  return 0;
}
