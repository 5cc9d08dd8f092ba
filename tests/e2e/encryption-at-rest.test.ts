import { existsSync, readFileSync } from 'node:fs';
import { loadKeys } from '../../infra/crypto/keys';
import { createStores } from '../../infra/storage/stores';
import { button } from '../support/cards-sent';
import { pollInChannel, type PollInChannel } from '../support/poll-channel';
import { runKoersCli } from '../support/run-cli';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy } from '../support/study';
import { tablesContaining } from '../support/table-scan';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const NOTE = 'vertrouwelijk: de teamleider twijfelt aan het hele loopbaanplan';
const VOICE = Buffer.from('RIFF-voice-note-with-a-recognisable-payload');

describe.each(databaseKinds)('encryption at rest (%s)', (kind) => {
  let koers: KoersUnderTest;
  const user = teamsUser(1);
  const chat = `a:personal-${user.id}`;

  beforeEach(async () => {
    koers = await startKoers(kind);
  });
  afterEach(() => koers.stop());

  it('when an entry and a voice note are stored, then neither the rows nor the raw files hold their plaintext', async () => {
    const seeded = await seedStudy(koers.database);
    await seeded.onRoster(user, 'aanjager');
    const shape = { serviceUrl: koers.connector.url, user };
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
    await koers.post(activities.message(shape, `logboek ${NOTE}`));
    const row = await koers.database.db
      .selectFrom('contributions')
      .selectAll()
      .executeTakeFirstOrThrow();
    await seeded.stores.contributions.attach(
      row.id,
      { fileName: 'geheime-opname.m4a', contentType: 'audio/mp4', bytes: VOICE },
      new Date(),
    );
    const [back] = await seeded.stores.contributions.listByPerson(row.person_id);
    expect(back?.text).toBe(NOTE);

    const needles = [NOTE, 'twijfelt', 'geheime-opname', VOICE.toString()];
    expect(await tablesContaining(koers.database, needles)).toEqual([]);
    if (koers.database.location.kind === 'sqlite') {
      const file = koers.database.location.file;
      const raw = [file, `${file}-wal`]
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f))
        .reduce((all, bytes) => Buffer.concat([all, bytes]), Buffer.alloc(0));
      expect(raw.length).toBeGreaterThan(0);
      expect(raw.includes('Onderzoeker Een')).toBe(true); // the scan does see plain text
      for (const needle of needles) expect(raw.includes(needle)).toBe(false);
    }
  });
});

describe.each(databaseKinds)('encryption at rest of peilingen (%s)', (kind) => {
  const QUESTION = 'wat zei de teamleider over jouw rol in het loopbaanplan?';
  let p: PollInChannel;
  beforeEach(async () => {
    p = await pollInChannel(kind, {
      clock: () => new Date('2026-11-23T10:00:00+01:00'),
      questions: { q0: QUESTION },
    });
  });
  afterEach(() => p.koers.stop());

  it('when a poll is sent, then no row holds its title or question texts, and keys rotate reseals them', async () => {
    const title = 'Wat neem je mee uit het dagdeel?';
    const env = { ...p.koers.database.env, LOG_LEVEL: 'silent' };
    await runKoersCli(['jobs', 'run-due', '--at', '2026-11-23T10:05:00+01:00'], env);
    // The owner's confirmation names the poll; once delivered, the outbox keeps no text of it.
    expect(await tablesContaining(p.koers.database, [QUESTION, title])).toEqual([]);

    const rotated = await runKoersCli(['keys', 'rotate'], env);
    expect(rotated.out).toContain('polls                1 resealed');
    expect(rotated.out).toContain('poll_questions       3 resealed');
    const keys = { encryption: undefined, pseudonym: undefined };
    const dataDir = p.koers.database.env.DATA_DIR ?? '';
    const stores = createStores(p.koers.database, loadKeys({ dataDir, keys }));
    const poll = await stores.polls.get(p.pollId);
    expect(poll?.title).toBe(title);
    expect(poll?.questions[0]?.text).toBe(QUESTION);
  });
});
