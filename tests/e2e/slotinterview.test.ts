import { runCli } from '../../cli/koers';
import type { Role } from '../../domain/roles';
import type { StorageKind } from '../../infra/storage/database';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { button, type SentCard } from '../support/cards-sent';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

jest.setTimeout(60_000);

interface Someone {
  chat: string;
  say(text: string): Promise<unknown>;
  submit(value: unknown): Promise<unknown>;
  /** Texts and card texts Koers sent this person since they joined, one string per message. */
  sent(): string[];
  /** The data of a button, by title, on the cards of the last message with that button. */
  buttonOf(title: string): Record<string, unknown>;
}

async function join(koers: KoersUnderTest, seeded: SeededStudy, n: number, role: Role) {
  const user = teamsUser(n);
  const shape = { serviceUrl: koers.connector.url, user };
  const chat = `a:personal-${user.id}`;
  await seeded.onRoster(user, role);
  await koers.post(activities.installed(shape));
  if (role === 'aanjager' || role === 'maatje') {
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
  }
  const offset = koers.connector.activitiesIn(chat).length;
  const messages = () => koers.connector.activitiesIn(chat).slice(offset);
  const someone: Someone = {
    chat,
    say: (text) => koers.post(activities.message(shape, text)),
    submit: (value) => koers.post(activities.submit(shape, value)),
    sent: () =>
      messages().map(({ activity }) => {
        const cards = (activity.attachments ?? []).map((a) => a.content as SentCard);
        const texts = cards.flatMap((c) => (c.body ?? []).map((b) => b.text ?? ''));
        return [activity.text ?? '', ...texts].join(' ').trim();
      }),
    buttonOf: (title) => {
      for (const { activity } of messages().reverse()) {
        for (const attachment of activity.attachments ?? []) {
          const card = attachment.content as SentCard;
          const found = (card.actions ?? []).find((a) => a.title === title);
          if (found) return found.data;
        }
      }
      throw new Error(`No button "${title}".`);
    },
  };
  return someone;
}

describe.each(databaseKinds)('a slotinterview (%s)', (kind: StorageKind) => {
  let koers: KoersUnderTest;
  let now = new Date('2027-01-11T10:00:00+01:00');

  beforeEach(async () => {
    now = new Date('2027-01-11T10:00:00+01:00');
    koers = await startKoers(kind, { clock: () => now });
  });
  afterEach(() => koers.stop());

  const cli = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const env = { ...koers.database.env, LOG_LEVEL: 'silent' };
    const io = {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      clock: () => now,
    };
    const code = await runCli(argv, io, env);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const runAt = (iso: string) => cli(['jobs', 'run-due', '--at', iso]);

  it('when an onderzoeker invites the aanjager, maatje and manager, then each gets the invitation with the recording question; one says yes, one says no, the interview stands, reminders come and cancelling tells them', async () => {
    const seeded = await seedStudy(koers.database);
    const researcher = await join(koers, seeded, 1, 'onderzoeker');
    const aanjager = await join(koers, seeded, 2, 'aanjager');
    const maatje = await join(koers, seeded, 3, 'maatje');
    const manager = await join(koers, seeded, 4, 'management');
    const org = seeded.organisationId;

    const planned = await cli([
      'interview',
      'plan',
      '--org',
      org,
      '--by',
      'aad-1',
      '--at',
      '2027-01-20T14:00',
      '--minutes',
      '45',
      '--place',
      'Lokaal 2.14',
    ]);
    expect(planned.code).toBe(0);
    const interviewId = planned.out.trim();

    await runAt('2027-01-11T10:01:00+01:00');
    for (const invitee of [aanjager, maatje, manager]) {
      const invitation = invitee.sent().at(-1) ?? '';
      expect(invitation).toContain('Docent 1 nodigt je uit voor een slotinterview');
      expect(invitation).toContain('woensdag 20 januari om 14:00');
      expect(invitation).toContain('Mag het slotinterview worden opgenomen?');
      expect(invitation).toContain('Versie van deze tekst: 1');
    }
    expect(manager.sent().at(-1)).not.toContain('Open afspraken');

    await aanjager.submit(aanjager.buttonOf('Ja, opnemen mag'));
    expect(aanjager.sent().at(-1)).toContain('Je gaf toestemming om het slotinterview');
    await maatje.submit(maatje.buttonOf('Liever geen opname'));
    expect(maatje.sent().at(-1)).toBe('Helder: geen opname. Het interview gaat gewoon door.');
    await maatje.submit(maatje.buttonOf('Ik kom'));
    expect(maatje.sent().at(-1)).toContain('Fijn, tot woensdag 20 januari om 14:00');
    await manager.submit(manager.buttonOf('Ik kom'));

    const listed = await cli(['interview', 'list', '--org', org]);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(interviewId);
    expect(listed.out).toMatch(/Docent 2 \(aanjager\): pending; recording given .* \(text v1\)/);
    expect(listed.out).toMatch(/Docent 3 \(maatje\): accepted; recording refused/);
    expect(listed.out).toMatch(/Docent 4 \(management\): accepted; recording: no answer/);

    await runAt('2027-01-19T14:00:00+01:00');
    for (const invitee of [aanjager, maatje, manager]) {
      expect(invitee.sent().at(-1)).toContain('Morgen om 14:00 je slotinterview met Docent 1');
    }

    // The aanjager takes the yes back with the receipt's button; the researcher is told.
    await aanjager.submit(aanjager.buttonOf('Toestemming intrekken'));
    expect(aanjager.sent().at(-1)).toContain('Ingetrokken.');
    await runAt('2027-01-19T14:01:00+01:00');
    expect(researcher.sent().at(-1)).toContain('Docent 2 trekt de toestemming in');
    expect((await cli(['interview', 'list', '--org', org])).out).toMatch(
      /Docent 2 \(aanjager\): pending; recording withdrawn/,
    );

    const aanjagerPerson = await seeded.stores.people.findByAadObjectId('tenant-1', 'aad-2');
    const held = await seeded.stores.personalData.collect(aanjagerPerson?.id ?? '', now);
    expect(held.recordingConsents).toMatchObject([
      { choice: 'given', text_version: 1 },
      { choice: 'withdrawn' },
    ]);

    const link = /https?:\/\/[^"\\\s)]+\/ics\/[^"\\\s)]+/.exec(
      JSON.stringify(koers.connector.activitiesIn(manager.chat)),
    )?.[0];
    expect(link).toBeDefined();
    const path = new URL(link ?? '').pathname;
    const ics = await fetch(`${koers.url}${path}`);
    expect(await ics.text()).toContain('Slotinterview met');

    const cancelled = await cli(['interview', 'cancel', '--interview', interviewId]);
    expect(cancelled.code).toBe(0);
    await runAt('2027-01-19T14:02:00+01:00');
    for (const invitee of [aanjager, maatje, manager]) {
      expect(invitee.sent().at(-1)).toBe(
        'Docent 1 zegt het slotinterview van woensdag 20 januari om 14:00 af.',
      );
    }
    expect((await fetch(`${koers.url}${path}`)).status).toBe(404);
    const before = [aanjager, maatje, manager].map((p) => p.sent().length);
    await runAt('2027-01-20T13:00:00+01:00');
    expect([aanjager, maatje, manager].map((p) => p.sent().length)).toEqual(before);
    expect((await cli(['interview', 'list', '--org', org])).out).toContain('(cancelled)');
  });

  it('when asked for --help, then every interview command answers with exit 0', async () => {
    for (const argv of [
      ['interview', '--help'],
      ['interview', 'plan', '--help'],
      ['interview', 'list', '--help'],
      ['interview', 'cancel', '--help'],
    ]) {
      const { code, out } = await cli(argv);
      expect(code).toBe(0);
      expect(out).toContain('usage: koers interview');
    }
  });
});
