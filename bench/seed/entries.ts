import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../infra/crypto/field-cipher';
import { loadKeys } from '../../infra/crypto/keys';
import { contentContext } from '../../infra/storage/contribution-writes';
import type { KoersSchema } from '../../infra/storage/schema';
import { insertRows } from './bulk-insert';

/** A logboek entry of a realistic length: about 400 characters over four of the five questions. */
export const benchAnswers = {
  q1: 'gesprek met de mentoren over de rol van iedereen in loopbaanbegeleiding; twee collega’s sloten aan. '.repeat(
    2,
  ),
  q2: 'meer rust, en een vakdocent die zelf een student aansprak over stage.',
  q3: 'de koffie na het dagdeel, en de teamcoach die even belde.',
  q4: 'het rooster, en te weinig tijd voor overleg.',
  q5: '',
};

/** Where entry i goes: whose it is, which week, and when it was saved. */
export interface EntryPlace {
  personId: string;
  organisationId: string;
  period: string;
  submittedAt: Date;
  windowEndsAt: Date;
}

/** The cipher the bot under test uses: the key files in the database's DATA_DIR. */
export function benchCipher(dataDir: string): FieldCipher {
  return loadKeys({ dataDir, keys: { encryption: undefined, pseudonym: undefined } }).cipher;
}

const BATCH = 5_000;

/** `count` logboek entries, each encrypted as ContributionsStore seals it (own id as context). */
export async function seedEntries(
  db: Kysely<KoersSchema>,
  cipher: FieldCipher,
  count: number,
  placeOf: (i: number) => EntryPlace,
): Promise<void> {
  const text = JSON.stringify(benchAnswers);
  // PostgreSQL stores one batch while the next is encrypted (SQLite's driver is synchronous).
  let stored: Promise<void> = Promise.resolve();
  for (let from = 0; from < count; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - from) }, (_, k) => {
      const i = from + k;
      const place = placeOf(i);
      const id = randomUUID();
      const sealed = cipher.encrypt(text, contentContext(id));
      return {
        id,
        person_id: place.personId,
        organisation_id: place.organisationId,
        kind: 'logboek-entry',
        period: place.period,
        tags: JSON.stringify([1 + (i % 4)]),
        content: sealed.data,
        key_id: sealed.keyId,
        submitted_at: place.submittedAt.toISOString(),
        window_ends_at: place.windowEndsAt.toISOString(),
        updated_at: place.submittedAt.toISOString(),
      };
    });
    await stored;
    stored = insertRows(db, 'contributions', rows);
  }
  await stored;
}
