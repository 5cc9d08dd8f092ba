import { sql, type Kysely } from 'kysely';
import type { KoersSchema } from '../storage/schema';
import type { FieldCipher } from './field-cipher';

/**
 * Every free-text column sealed on its own with the row's `key_id`, under the context
 * `<table>.<column>:<id>`. `koers keys rotate` reseals these; attachments (two columns, large)
 * have their own pass. A new encrypted column belongs here.
 */
export const sealedTextColumns = [
  { table: 'contributions', column: 'content' },
  { table: 'action_points', column: 'what' },
  { table: 'coaching_commitments', column: 'note' },
  { table: 'check_ins', column: 'location' },
  { table: 'poll_answers', column: 'content' },
  { table: 'polls', column: 'title' },
  { table: 'poll_questions', column: 'text' },
  { table: 'reports', column: 'title' },
  { table: 'report_versions', column: 'text' },
  { table: 'report_answers', column: 'comment' },
] as const;

export type SealedColumn = (typeof sealedTextColumns)[number];

const BATCH = 200;

/** Rows of a column still sealed with an older key (nulls hold nothing to seal). */
export async function countOlder(
  db: Kysely<KoersSchema>,
  cipher: FieldCipher,
  { table, column }: SealedColumn,
): Promise<number> {
  const { rows } = await sql<{ n: string | number }>`
    select count(*) as n from ${sql.table(table)}
     where ${sql.ref(column)} is not null and key_id <> ${cipher.currentKeyId}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Reseals one column in batches, each one transaction. A row changed since it was read (the bot
 * edited it in between) is left for the next run: its ciphertext and key id change together.
 */
export async function resealColumn(
  db: Kysely<KoersSchema>,
  cipher: FieldCipher,
  { table, column }: SealedColumn,
): Promise<number> {
  let total = 0;
  for (;;) {
    const { seen, resealed } = await db.transaction().execute(async (tx) => {
      const { rows } = await sql<{ id: string; data: string; key_id: string }>`
        select id, ${sql.ref(column)} as data, key_id from ${sql.table(table)}
         where ${sql.ref(column)} is not null and key_id <> ${cipher.currentKeyId}
         order by id limit ${BATCH}`.execute(tx);
      let changed = 0;
      for (const row of rows) {
        const sealed = cipher.reseal(
          { keyId: row.key_id, data: row.data },
          `${table}.${column}:${row.id}`,
        );
        const result = await sql`
          update ${sql.table(table)} set ${sql.ref(column)} = ${sealed.data}, key_id = ${sealed.keyId}
           where id = ${row.id} and key_id = ${row.key_id} and ${sql.ref(column)} = ${row.data}`.execute(
          tx,
        );
        changed += Number(result.numAffectedRows ?? 0);
      }
      return { seen: rows.length, resealed: changed };
    });
    total += resealed;
    if (seen < BATCH || resealed === 0) return total;
  }
}
