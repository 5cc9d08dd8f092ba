import { z } from 'zod';
import { howText } from '../cards/check-in-invitation.card';
import { whenText } from '../cards/check-in-when';
import { cancelNotices } from '../dialogs/check-in-cancel-notices';
import type { CheckIn, InviteeRole } from '../domain/check-ins';
import { parseLocalDate } from '../domain/local-date';
import type { Member, Organisation } from '../domain/organisations';
import { interviewMinutes, interviewRoles } from '../domain/slotinterviews';
import { instantAt } from '../domain/zoned-time';
import type { Config } from '../infra/config';
import { OutboxStore } from '../infra/delivery/outbox.store';
import type { Stores } from '../infra/storage/stores';
import { CheckInReaders } from '../jobs/check-in-readers';
import { arg, dispatch, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand, CliIo } from './koers';

const usage = {
  plan: 'usage: koers interview plan --org <id> --by <onderzoeker: member id|e-mail|AAD object id> --at <YYYY-MM-DDTHH:MM (school time) or ISO time> [--minutes 45] (--place <text> | --teams [--link <url>]) [--with <member> ...]',
  list: 'usage: koers interview list --org <id>',
  cancel: 'usage: koers interview cancel --interview <id>',
};
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** `koers interview`: slotinterviews an onderzoeker holds with the aanjager, maatje and a manager. */
export const interview: CliCommand = (config, io, args) => {
  const [name] = args;
  if (args.includes('--help') || args.includes('-h')) {
    const lines =
      name && name in usage ? [usage[name as keyof typeof usage]] : Object.values(usage);
    for (const line of lines) io.out(line);
    return Promise.resolve(0);
  }
  return dispatch(io, args, {
    plan: { usage: usage.plan, run: (rest) => plan(config, io, rest) },
    list: { usage: usage.list, run: (rest) => list(config, io, rest) },
    cancel: { usage: usage.cancel, run: (rest) => cancel(config, io, rest) },
  });
};

const now = (io: CliIo) => (io.clock ? io.clock() : new Date());

async function plan(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: usage.plan,
      options: {
        org: { type: 'string' },
        by: { type: 'string' },
        at: { type: 'string' },
        minutes: { type: 'string' },
        place: { type: 'string' },
        teams: { type: 'boolean' },
        link: { type: 'string' },
        with: { type: 'string', multiple: true },
      },
      schema: z
        .object({
          org: arg.text(),
          by: arg.text(),
          at: z.union([z.string().regex(LOCAL), z.iso.datetime({ offset: true })], {
            error: 'must be YYYY-MM-DDTHH:MM or an ISO time with offset',
          }),
          minutes: arg.int(interviewMinutes.min, interviewMinutes.max, 45),
          place: z.string().trim().min(1).max(300).optional(),
          teams: arg.flag(),
          link: z.url().max(300).optional(),
          with: z.array(z.string().trim().min(1)).optional(),
        })
        .refine((a) => (a.place === undefined) === a.teams, {
          message: 'give either --place <text> or --teams',
          path: ['place'],
        }),
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async (stores) => {
    const organisation = await stores.organisations.findOrganisation(args.org);
    if (!organisation) {
      io.err(`no organisation with id ${args.org}; \`koers org list\` shows them`);
      return 1;
    }
    const host = await researcherOf(stores, organisation, args.by);
    if (typeof host === 'string') return (io.err(`--by: ${host}`), 1);
    const invited = await inviteesOf(stores, organisation, args.with);
    if (typeof invited === 'string') return (io.err(`--with: ${invited}`), 1);
    const match = LOCAL.exec(args.at);
    const startsAt = match
      ? instantAt(
          parseLocalDate(match[1] ?? ''),
          { hour: Number(match[2]), minute: Number(match[3]) },
          organisation.timeZone,
        )
      : new Date(args.at);
    const at = now(io);
    if (startsAt <= at) return (io.err('--at: that moment has passed'), 1);
    const [made] = await stores.checkIns.plan(
      {
        kind: 'slotinterview',
        organisationId: organisation.id,
        coachPersonId: host.personId,
        starts: [startsAt],
        timeZone: organisation.timeZone,
        durationMinutes: args.minutes,
        mode: args.teams ? 'online' : 'on-site',
        location: args.teams ? (args.link ?? 'Microsoft Teams') : (args.place ?? null),
        invitees: invited.map((m) => ({ personId: m.personId ?? '', role: m.role })),
      },
      at,
    );
    io.out(made?.id ?? '');
    for (const m of invited) io.err(`invited: ${m.name} (${m.role})`);
    return 0;
  });
}

/** An onderzoeker of the organisation's study, on any of its rosters, who is in Teams. */
async function researcherOf(stores: Stores, organisation: Organisation, ref: string) {
  const all = await stores.organisations.listOrganisations();
  for (const other of all.filter((o) => o.studyId === organisation.studyId)) {
    const member = await stores.members.find(other.id, ref);
    if (!member?.roles.includes('onderzoeker')) continue;
    return member.personId
      ? { personId: member.personId }
      : `${member.name} has not opened Koers in Teams yet`;
  }
  return `no onderzoeker of this study is "${ref}"`;
}

type Invited = Member & { role: InviteeRole };

/** The named members, or the organisation's aanjagers and maatjes and its one manager. */
async function inviteesOf(stores: Stores, organisation: Organisation, refs: string[] | undefined) {
  const roleOf = (m: Member) => interviewRoles.find((r) => m.roles.includes(r));
  let chosen: Member[];
  if (refs) {
    chosen = [];
    for (const ref of refs) {
      const member = await stores.members.find(organisation.id, ref);
      if (!member || !roleOf(member)) return `"${ref}" is no aanjager, maatje or manager here`;
      chosen.push(member);
    }
  } else {
    chosen = (await stores.members.list(organisation.id)).filter((m) => roleOf(m));
    const managers = chosen.filter((m) => roleOf(m) === 'management');
    if (managers.length > 1) return 'there are several managers: name who comes with --with';
  }
  const absent = chosen.find((m) => !m.personId);
  if (absent) return `${absent.name} has not opened Koers in Teams yet`;
  if (chosen.length === 0) return 'no aanjager, maatje or manager on the roster';
  return chosen.map((m): Invited => ({ ...m, role: roleOf(m) ?? 'aanjager' }));
}

async function list(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: usage.list,
      options: { org: { type: 'string' } },
      schema: z.object({ org: arg.text() }),
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async (stores) => {
    const organisation = await stores.organisations.findOrganisation(args.org);
    if (!organisation) return (io.err(`no organisation with id ${args.org}`), 1);
    for (const item of await stores.checkInAgenda.interviewsOf(organisation.id)) {
      const when = whenText(item.startsAt, 'en', organisation.timeZone);
      const status = item.cancelledAt ? ' (cancelled)' : '';
      io.out(`${item.id}  ${when}, ${item.durationMinutes} min, ${howText('en', item)}${status}`);
      const recordings = await stores.recordingConsents.forInterview(item.id);
      for (const invitee of item.invitees) {
        const person = await stores.people.findById(invitee.personId);
        const recording = recordings.get(invitee.personId);
        const consent = recording
          ? `recording ${recording.choice} ${recording.at.toISOString()}${recording.textVersion ? ` (text v${recording.textVersion})` : ''}`
          : 'recording: no answer';
        io.out(`  ${person?.name ?? '?'} (${invitee.role}): ${invitee.response}; ${consent}`);
      }
    }
    return 0;
  });
}

async function cancel(config: Config, io: CliIo, rest: string[]): Promise<number> {
  const args = parseCommandArgs(
    rest,
    {
      usage: usage.cancel,
      options: { interview: { type: 'string' } },
      schema: z.object({ interview: arg.text() }),
    },
    io,
  );
  if (!args) return 2;
  return withStores(config, async (stores, database) => {
    const at = now(io);
    const found = await stores.checkIns.get(args.interview);
    const cancelled =
      found?.kind === 'slotinterview'
        ? await stores.checkInAgenda.cancel(found.id, found.coachPersonId, found.sequence, at)
        : undefined;
    if (!cancelled) {
      io.err(`no slotinterview ${args.interview} that can still be called off`);
      return 1;
    }
    const told = await tell(
      stores,
      config,
      cancelled,
      at,
      new OutboxStore(database.db, database.kind),
    );
    io.out(`cancelled; told: ${told.join(', ') || 'no one'}`);
    return 0;
  });
}

async function tell(
  stores: Stores,
  config: Config,
  checkIn: CheckIn,
  at: Date,
  outbox: OutboxStore,
) {
  const defaults = { locale: config.defaultLocale, timeZone: config.defaultTimeZone };
  const readers = new CheckInReaders(stores, defaults);
  const host = await readers.of(checkIn.coachPersonId, checkIn.organisationId);
  const readerOf = (personId: string) => readers.of(personId, checkIn.organisationId);
  const { drafts, told } = await cancelNotices(checkIn, host?.name ?? '', readerOf, at);
  await outbox.enqueue(drafts, at);
  return told;
}
