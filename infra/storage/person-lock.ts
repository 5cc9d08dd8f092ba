import type { Kysely } from 'kysely';
import type { ConsentEvent } from '../../domain/consent.rules';
import type { StorageKind } from './database';
import type { KoersSchema } from './schema';

/**
 * Serialises consent changes and contributions of one person. PostgreSQL locks the person's
 * row; SQLite already runs one write transaction at a time (and has no FOR UPDATE).
 */
export async function lockPerson(
  tx: Kysely<KoersSchema>,
  kind: StorageKind,
  personId: string,
): Promise<boolean> {
  let query = tx.selectFrom('people').select('id').where('id', '=', personId);
  if (kind === 'postgres') query = query.forUpdate();
  return (await query.executeTakeFirst()) !== undefined;
}

/** The latest consent choice of a person for a study, read inside the caller's transaction. */
export async function latestConsent(
  tx: Kysely<KoersSchema>,
  personId: string,
  studyId: string,
): Promise<(ConsentEvent & { seq: number }) | undefined> {
  const row = await tx
    .selectFrom('consent_events')
    .select(['seq', 'choice', 'at', 'text_version', 'text_hash'])
    .where('person_id', '=', personId)
    .where('study_id', '=', studyId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (
    row && {
      seq: row.seq,
      choice: row.choice as ConsentEvent['choice'],
      at: new Date(row.at),
      textVersion: row.text_version,
      textHash: row.text_hash,
    }
  );
}
