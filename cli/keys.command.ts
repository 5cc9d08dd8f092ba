import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Config } from '../infra/config';
import type { FieldCipher } from '../infra/crypto/field-cipher';
import { addKeyToFile } from '../infra/crypto/keyring';
import { countOlder, resealColumn, sealedTextColumns } from '../infra/crypto/sealed-columns';
import { keyFiles, loadKeys } from '../infra/crypto/keys';
import { openConfiguredDatabase } from '../infra/storage/database';
import { migrateToLatest } from '../infra/storage/migrate';
import type { KoersSchema } from '../infra/storage/schema';
import { createStores } from '../infra/storage/stores';
import { dispatch, messageOf, parseCommandArgs } from './cli-args';
import type { CliCommand, CliIo } from './koers';

const usage = 'usage: koers keys rotate';

// Attachments hold voice messages of up to a few megabytes each, so they go in small batches.
const ATTACHMENT_BATCH = 20;

type Counts = Record<string, number>;

/** `koers keys rotate`: makes a fresh key current and reseals every row sealed with an older one. */
export const keys: CliCommand = (config, io, args) =>
  dispatch(io, args, { rotate: { usage, run: (rest) => rotate(config, io, rest) } });

async function rotate(config: Config, io: CliIo, rest: string[]): Promise<number> {
  if (!parseCommandArgs(rest, { usage, options: {}, schema: z.object({}) }, io)) return 2;
  const database = openConfiguredDatabase(config);
  const counts: Counts = {};
  try {
    await migrateToLatest(database);
    let keys = loadKeys(config);
    const waiting = await sealedWithOlderKeys(database.db, keys.cipher);
    if (config.keys.encryption) {
      io.out(`current key ${keys.cipher.currentKeyId}, the first in KOERS_ENCRYPTION_KEY`);
    } else if (waiting > 0) {
      // An earlier run stopped halfway: finish that rotation rather than pile up keys.
      io.out(`current key ${keys.cipher.currentKeyId}; ${waiting} rows sealed with older keys`);
    } else {
      const file = keyFiles(config).encryption;
      const keyring = addKeyToFile(file);
      keys = loadKeys(config);
      io.out(`new key ${keyring[0].id} is current in ${file} (${keyring.length} keys kept)`);
    }
    for (const sealed of sealedTextColumns) {
      counts[sealed.table] = await resealColumn(database.db, keys.cipher, sealed);
    }
    await resealAttachments(database.db, keys.cipher, counts);
    for (const [table, n] of Object.entries(counts)) io.out(`${table.padEnd(20)} ${n} resealed`);
    await createStores(database, keys).audit.record(
      {
        actor: 'cli',
        action: 'keys.rotated',
        subject: null,
        details: { keyId: keys.cipher.currentKeyId, ...counts },
      },
      new Date(),
    );
    return 0;
  } catch (err) {
    io.err(`rotation stopped: ${messageOf(err)}`);
    const done = Object.entries(counts).map(([table, n]) => `${n} ${table}`);
    io.err(
      `resealed before that: ${done.join(', ') || 'nothing'}; \`koers keys rotate\` again continues`,
    );
    return 1;
  } finally {
    await database.close();
  }
}

async function sealedWithOlderKeys(db: Kysely<KoersSchema>, cipher: FieldCipher): Promise<number> {
  let total = 0;
  for (const sealed of sealedTextColumns) total += await countOlder(db, cipher, sealed);
  const { n } = await db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('key_id', '!=', cipher.currentKeyId)
    .executeTakeFirstOrThrow();
  return total + Number(n);
}

async function resealAttachments(db: Kysely<KoersSchema>, cipher: FieldCipher, counts: Counts) {
  for (;;) {
    const { seen, resealed } = await db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('attachments')
        .select(['id', 'content', 'file_name', 'key_id'])
        .where('key_id', '!=', cipher.currentKeyId)
        .orderBy('id')
        .limit(ATTACHMENT_BATCH)
        .execute();
      let changed = 0;
      for (const row of rows) {
        const old = (data: string) => ({ keyId: row.key_id, data });
        const content = cipher.reseal(old(row.content), `attachments.content:${row.id}`);
        const name = cipher.reseal(old(row.file_name), `attachments.file_name:${row.id}`);
        // Attachments are written once and never edited, so the key id alone guards the update.
        const result = await tx
          .updateTable('attachments')
          .set({ content: content.data, file_name: name.data, key_id: content.keyId })
          .where('id', '=', row.id)
          .where('key_id', '=', row.key_id)
          .executeTakeFirst();
        changed += Number(result.numUpdatedRows);
      }
      return { seen: rows.length, resealed: changed };
    });
    counts.attachments = (counts.attachments ?? 0) + resealed;
    if (seen < ATTACHMENT_BATCH || resealed === 0) return;
  }
}
