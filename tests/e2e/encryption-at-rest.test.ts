import { existsSync, readFileSync } from 'node:fs';
import { button } from '../support/cards-sent';
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
    await koers.post(activities.submit(shape, button(koers, chat, 'ik doe mee')));
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
