import { readFileSync, existsSync } from 'node:fs';
import { pollInChannel, type PollInChannel } from '../support/poll-channel';
import { activities, type TeamsUser } from '../support/teams-activities';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const TUESDAY = new Date('2026-11-24T10:00:00+01:00');

// SQLite only: PostgreSQL's own files and backups are the deploy notes' matter.
describe('withdrawal leaves no ciphertext in the SQLite files', () => {
  let p: PollInChannel;
  afterEach(() => p.koers.stop());

  it('when a docent stops inside the bedenktijd, then neither the database nor its WAL holds their answer', async () => {
    let now = MONDAY;
    p = await pollInChannel('sqlite', { clock: () => now });
    const [anna, bram] = p.docenten as [TeamsUser, TeamsUser];
    await p.answer(anna, { a0: 'van anna, een lang en eigen antwoord' });
    await p.answer(bram, { a0: 'van bram' });
    const before = await p.koers.database.db.selectFrom('poll_answers').selectAll().execute();
    now = TUESDAY;
    const shape = { serviceUrl: p.koers.connector.url, user: anna };
    await p.koers.post(activities.installed(shape));
    await p.koers.post(activities.submit(shape, { verb: 'withdraw', studyId: p.seeded.studyId }));
    const after = await p.koers.database.db.selectFrom('poll_answers').selectAll().execute();
    const gone = before.filter((row) => !after.some((a) => a.id === row.id));
    expect(gone).toHaveLength(1);

    const location = p.koers.database.location;
    if (location.kind !== 'sqlite') throw new Error('sqlite expected');
    const files = [location.file, `${location.file}-wal`].filter((f) => existsSync(f));
    const needle = Buffer.from(gone[0]?.content ?? '');
    for (const file of files) expect(readFileSync(file).includes(needle)).toBe(false);
  });
});
