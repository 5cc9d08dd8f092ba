import { button, said } from '../support/cards-sent';
import { startFileServer, type FileServer } from '../support/file-server';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy, type SeededStudy } from '../support/study';
import { tablesContaining } from '../support/table-scan';
import { activities, teamsUser } from '../support/teams-activities';
import { withFile } from '../support/teams-files';
import { databaseKinds } from '../support/test-database';

const FRIDAY = new Date('2026-11-27T15:00:00+01:00');
const MB = 1024 * 1024;
const VOICE_TEXT = 'OggS-spraakbericht-over-twee-mentoren';
const VOICE = Buffer.concat([Buffer.from(VOICE_TEXT), Buffer.alloc(4_000, 7)]);
const HUGE = Buffer.alloc(30 * MB, 1);
const TOO_BIG = 'Dat bestand is groter dan 25 MB; een kortere opname past wel.';

let server: FileServer;
beforeAll(async () => {
  server = await startFileServer({
    '/voice.m4a': { body: VOICE, how: 'plain' },
    '/big.m4a': { body: HUGE, how: 'plain' },
    '/no-length.m4a': { body: HUGE, how: 'chunked' },
    '/packed.m4a': { body: HUGE, how: 'gzip' },
    '/tool.exe': { body: VOICE, how: 'plain' },
  });
});
afterAll(() => server.close());

describe.each(databaseKinds)('files sent in the personal chat (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  const user = teamsUser(1);
  const chat = `a:personal-${user.id}`;
  let shape: { serviceUrl: string; user: typeof user };
  const sendFile = (name: string, path: string, groupChat?: string) => {
    const where = groupChat
      ? { ...shape, conversation: { id: groupChat, conversationType: 'groupChat' as const } }
      : shape;
    return koers.post(withFile(activities.message(where, ''), name, server.url(path)));
  };
  const rows = async () => ({
    contributions: await koers.database.db.selectFrom('contributions').selectAll().execute(),
    attachments: await koers.database.db.selectFrom('attachments').selectAll().execute(),
  });
  const nothingStored = { contributions: [], attachments: [] };

  beforeEach(async () => {
    koers = await startKoers(kind, { clock: () => FRIDAY });
    shape = { serviceUrl: koers.connector.url, user };
    seeded = await seedStudy(koers.database);
    await seeded.onRoster(user, 'aanjager');
    await koers.post(activities.installed(shape));
    server.requests.length = 0;
  });
  afterEach(() => koers.stop());
  const join = () => koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));

  it("when a keeper sends an audio file, then it is stored encrypted with this week's entry and the week counts as written", async () => {
    await join();
    await sendFile('mentoren-week.m4a', '/voice.m4a');

    expect(said(koers, chat).at(-1)).toBe('Je spraakbericht staat bij week 48. Dank je wel.');
    const { contributions, attachments } = await rows();
    expect(contributions).toEqual([
      expect.objectContaining({ kind: 'logboek-entry', period: '2026-W48' }),
    ]);
    const entry = contributions[0]!;
    expect(attachments).toEqual([
      expect.objectContaining({ contribution_id: entry.id, content_type: 'audio/mp4' }),
    ]);
    expect(Number(attachments[0]!.size_bytes)).toBe(VOICE.length);
    const needles = [VOICE_TEXT, VOICE.toString('base64').slice(0, 40), 'mentoren-week'];
    expect(await tablesContaining(koers.database, needles)).toEqual([]);
    expect(await seeded.stores.attachments.attachmentsOf(entry.id)).toEqual([
      {
        id: attachments[0]!.id,
        fileName: 'mentoren-week.m4a',
        contentType: 'audio/mp4',
        bytes: VOICE,
      },
    ]);
    const weeks = await koers.database.db.selectFrom('logboek_weeks').selectAll().execute();
    expect(weeks.map((w) => [w.week, w.status])).toEqual([['2026-W48', 'written']]);
  });

  it('when the week already has a saved card, then the file joins that entry and the answers stay', async () => {
    await join();
    await koers.post(
      activities.submit(shape, { verb: 'logboek-save', week: '2026-W48', q1: 'fijn' }),
    );
    await sendFile('mentoren-week.m4a', '/voice.m4a');

    const { contributions, attachments } = await rows();
    expect(contributions).toHaveLength(1);
    expect(attachments.map((a) => a.contribution_id)).toEqual([contributions[0]!.id]);
    const [entry] = await seeded.stores.contributions.listByPerson(contributions[0]!.person_id);
    expect(JSON.parse(entry!.text)).toEqual({ q1: 'fijn' });
  });

  it('when the file is 30 MB, then it is refused kindly and nothing is stored', async () => {
    await join();
    await sendFile('lange-opname.m4a', '/big.m4a');

    expect(said(koers, chat).at(-1)).toBe(TOO_BIG);
    expect(await rows()).toEqual(nothingStored);
  });

  it.each(['/no-length.m4a', '/packed.m4a'])(
    'when %s hides its size in its Content-Length, then counting the bytes stops it and nothing is stored',
    async (path) => {
      await join();
      await sendFile('opname.m4a', path);

      expect(said(koers, chat).at(-1)).toBe(TOO_BIG);
      expect(await rows()).toEqual(nothingStored);
    },
  );

  it('when the type is not on the list, then it is refused before any download and nothing is stored', async () => {
    await join();
    await sendFile('tool.exe', '/tool.exe');

    expect(said(koers, chat).at(-1)).toMatch(
      /^Zo'n soort bestand bewaar ik niet\. Dit kan wel: m4a, mp3/,
    );
    expect(server.requests).toEqual([]);
    expect(await rows()).toEqual(nothingStored);
  });

  it('when the link no longer works, then they are asked to send it again', async () => {
    await join();
    await sendFile('weg.m4a', '/gone.m4a');

    expect(said(koers, chat).at(-1)).toContain('Wil je het nog een keer sturen?');
    expect(await rows()).toEqual(nothingStored);
  });

  it('when they have not given consent, then the consent card comes and nothing is fetched or stored', async () => {
    await sendFile('mentoren-week.m4a', '/voice.m4a');

    expect(said(koers, chat).at(-1)).toContain('Meedoen aan LOB van iedereen?');
    expect(server.requests).toEqual([]);
    expect(await rows()).toEqual(nothingStored);
  });

  it('when a file comes in a group chat, then Koers says it only keeps files in the personal chat', async () => {
    await join();
    await sendFile('mentoren-week.m4a', '/voice.m4a', '19:groep@thread.v2');

    expect(said(koers, '19:groep@thread.v2').at(-1)).toBe(
      'Bestanden bewaar ik alleen in je persoonlijke gesprek met mij.',
    );
    expect(await rows()).toEqual(nothingStored);
  });
});
