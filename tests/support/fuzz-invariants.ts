import { sql } from 'kysely';
import { sealedTextColumns } from '../../infra/crypto/sealed-columns';
import { loadKeys } from '../../infra/crypto/keys';
import { outboxStatuses } from '../../infra/delivery/outbox';
import { pollMarker } from '../../infra/storage/poll-answers.store';
import type { TestDatabase } from './test-database';

type Rows = Record<string, unknown>[];

/**
 * What a half-written save or a leak past the consent gate would leave behind, as one line per
 * violation: rows that do not decrypt, rows whose parent is gone, data of people who never said
 * yes. Empty when the database is whole.
 */
export async function brokenInvariants(database: TestDatabase): Promise<string[]> {
  const { db } = database;
  const keys = loadKeys({
    dataDir: database.env.DATA_DIR ?? '',
    keys: { encryption: undefined, pseudonym: undefined },
  });
  const found: string[] = [];
  const rows = async (query: ReturnType<typeof sql>) => (await query.execute(db)).rows as Rows;
  const none = async (what: string, query: ReturnType<typeof sql>) => {
    for (const row of await rows(query)) found.push(`${what}: ${JSON.stringify(row)}`);
  };

  for (const { table, column } of sealedTextColumns) {
    const sealed = await rows(sql`select id, ${sql.ref(column)} as data, key_id from
      ${sql.table(table)} where ${sql.ref(column)} is not null`);
    for (const row of sealed) {
      try {
        const sealedValue = { keyId: String(row.key_id), data: String(row.data) };
        keys.cipher.decryptText(sealedValue, `${table}.${column}:${String(row.id)}`);
      } catch {
        found.push(`${table}.${column} ${String(row.id)} does not decrypt`);
      }
    }
  }

  await none(
    'contribution of an unknown person or organisation',
    sql`select c.id from
    contributions c left join people p on p.id = c.person_id
    left join organisations o on o.id = c.organisation_id where p.id is null or o.id is null`,
  );
  await none(
    'contribution of someone who is not taking part',
    sql`select * from (select c.id,
    c.kind, coalesce((select e.choice from consent_events e where e.person_id = c.person_id
      and e.study_id = o.study_id order by e.seq desc limit 1), 'none') as consent
    from contributions c join organisations o on o.id = c.organisation_id) as held
    where consent <> 'given'`,
  );
  await none(
    'poll without questions, or with a gap in them',
    sql`select p.id from polls p
    where (select count(*) from poll_questions q where q.poll_id = p.id) = 0
       or (select max(q.position) + 1 from poll_questions q where q.poll_id = p.id)
          <> (select count(*) from poll_questions q where q.poll_id = p.id)`,
  );
  await none(
    'poll answer without its poll',
    sql`select a.id from poll_answers a
    left join polls p on p.id = a.poll_id where p.id is null`,
  );
  await none(
    'answer to an open poll without its marker',
    sql`select a.id from poll_answers a
    join polls p on p.id = a.poll_id where p.closed_at is null and not exists
      (select 1 from poll_markers m where m.answer_id = a.id)`,
  );
  await none(
    'marker without its answer',
    sql`select m.answer_id from poll_markers m
    left join poll_answers a on a.id = m.answer_id and a.poll_id = m.poll_id where a.id is null`,
  );
  await none(
    'named answer of someone who never said yes',
    sql`select a.id from poll_answers a
    where a.person_id is not null and not exists (select 1 from consent_events e
      where e.person_id = a.person_id and e.choice = 'given')`,
  );
  await none(
    'action point without its owner or check-in',
    sql`select a.id from action_points a
    left join people p on p.id = a.owner_person_id
    left join check_ins c on c.id = a.check_in_id
    where p.id is null or (a.check_in_id is not null and c.id is null)`,
  );
  await none(
    'check-in without its coach or invitees',
    sql`select c.id from check_ins c
    left join people p on p.id = c.coach_person_id where p.id is null
       or not exists (select 1 from check_in_invitees i where i.check_in_id = c.id)`,
  );
  await none(
    'invitee without a check-in or person',
    sql`select i.check_in_id
    from check_in_invitees i left join check_ins c on c.id = i.check_in_id
    left join people p on p.id = i.person_id where c.id is null or p.id is null`,
  );
  await none(
    'consent event out of sequence',
    sql`select e.person_id, e.study_id
    from consent_events e group by e.person_id, e.study_id
    having count(*) <> max(e.seq) or min(e.seq) <> 1`,
  );

  const neverSaidYes = await rows(sql`select p.id from people p where not exists
    (select 1 from consent_events e where e.person_id = p.id and e.choice = 'given')`);
  const markers = new Set(
    (await rows(sql`select poll_id, marker from poll_markers`)).map((m) => String(m.marker)),
  );
  const polls = await rows(sql`select id from polls`);
  for (const person of neverSaidYes) {
    for (const poll of polls) {
      if (markers.has(pollMarker(keys.pseudonyms, String(poll.id), String(person.id)))) {
        found.push(`poll answer of ${String(person.id)}, who never said yes`);
      }
    }
  }

  for (const row of await rows(sql`select id, purpose, status, activity, person_id,
      conversation_id from outbox`)) {
    const target = row.person_id ?? row.conversation_id;
    const known = outboxStatuses.includes(row.status as (typeof outboxStatuses)[number]);
    if (!row.purpose || !known || !target || !parses(String(row.activity))) {
      found.push(`outbox row ${String(row.id)} is not well-formed`);
    }
  }
  for (const row of await rows(sql`select key, document from bot_state`)) {
    if (!parses(String(row.document))) found.push(`bot state ${String(row.key)} is not JSON`);
  }
  return found;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
