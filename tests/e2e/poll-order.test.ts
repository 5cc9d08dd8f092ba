import { sql } from 'kysely';
import { pollInChannel, type PollInChannel } from '../support/poll-channel';
import { databaseKinds } from '../support/test-database';

const MONDAY = new Date('2026-11-23T10:00:00+01:00');

describe.each(databaseKinds)('no order in anonymous answers (%s)', (kind) => {
  let p: PollInChannel;
  afterEach(() => p.koers.stop());

  it('when the poll has closed, then the raw tables do not hold the answers in the order they were given', async () => {
    p = await pollInChannel(kind, { clock: () => MONDAY });
    const db = p.koers.database.db;
    // Read as someone holding the database would: no order asked, so storage order comes back.
    const raw = async (table: 'poll_answers' | 'poll_markers') => {
      const column = table === 'poll_answers' ? sql.ref('id') : sql.ref('answer_id');
      const { rows } = await sql<{
        id: string;
      }>`select ${column} as id from ${sql.table(table)}`.execute(db);
      return rows.map((r) => r.id);
    };
    const given: string[] = [];
    for (const docent of p.docenten) {
      await p.answer(docent, { a0: `van ${docent.name}` });
      const added = (await raw('poll_answers')).filter((id) => !given.includes(id));
      given.push(...added);
    }
    expect(given).toHaveLength(6);
    await p.close();

    const answers = await raw('poll_answers');
    const markers = await raw('poll_markers');
    expect([...answers].sort()).toEqual([...given].sort());
    // A random order matches the answering order by chance once in 720 closings.
    expect(answers).not.toEqual(given);
    expect(markers).not.toEqual(given);
    const columns = await db.selectFrom('poll_answers').selectAll().execute();
    expect(columns.every((row) => row.window_ends_at === null)).toBe(true);
  });
});
